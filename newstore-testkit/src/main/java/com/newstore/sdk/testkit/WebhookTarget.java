package com.newstore.sdk.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Says where and how the {@link WebhookSender} calls an integrator's webhook: URL, api key (sent as
 * {@code Authorization: Bearer <key>}) and timeout. Use it to override what the simulator's
 * configuration state says. {@link #toString()} hides the api key.
 *
 * <pre>{@code
 * WebhookTarget target = WebhookTarget.of(URI.create("http://127.0.0.1:8080/atp"), "key-...");
 * }</pre>
 *
 * @param url the absolute URL (a base URL for the external order webhook routes)
 * @param apiKey the api key, or null to send no {@code Authorization} header
 * @param timeout the time allowed for one attempt
 */
public record WebhookTarget(URI url, @Nullable String apiKey, Duration timeout) {
  /** The timeout used when none is configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  /**
   * Checks the components.
   *
   * @param url see the record description
   * @param apiKey see the record description
   * @param timeout see the record description
   */
  public WebhookTarget {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(timeout, "timeout == null");
    if (!url.isAbsolute()) {
      throw new IllegalArgumentException("url must be absolute: " + url);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /**
   * Returns a target with the default timeout.
   *
   * @param url the absolute URL
   * @param apiKey the api key, or null
   * @return the target
   */
  public static WebhookTarget of(URI url, @Nullable String apiKey) {
    return new WebhookTarget(url, apiKey, DEFAULT_TIMEOUT);
  }

  @Override
  public String toString() {
    return "WebhookTarget[url="
        + url
        + ", apiKey="
        + (apiKey == null ? "none" : "<redacted>")
        + ", timeout="
        + timeout
        + "]";
  }
}
