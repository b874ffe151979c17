package com.newstore.sdk.client.config;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Objects;
import org.hibernate.validator.constraints.URL;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

/**
 * Tells NewStore where to fetch order details and purchase history from the external OMS. {@code
 * url} is a <em>base</em> URL: NewStore appends its own routes to it. NewStore authenticates its
 * calls with {@code apiKey} and waits at most {@code timeout} (at most 25 s, default 15 s). The key
 * never appears in {@link #toString()}. Immutable.
 *
 * <p>NewStore documents {@code url} only as a URI, not as https (unlike the ATP and DC webhook
 * URLs), so an {@code http://} URL is accepted and stored; the api key then travels unencrypted,
 * and {@code NewStorePreflight} warns about it. Use https outside tests.
 *
 * <pre>{@code
 * client.salesOrderConfig().externalOrderWebhook().set(
 *     ExternalOrderWebhookConfig.of("https://oms.example.com/newstore", apiKey));
 * }</pre>
 *
 * @param url the absolute http(s) base URL
 * @param apiKey the key NewStore sends; not empty; {@code null} only when NewStore withholds it
 *     from a read
 * @param timeout how long NewStore waits, whole seconds, 1 to 25 seconds
 */
public record ExternalOrderWebhookConfig(
    @NotNull @URL(regexp = "(?i)^https?://.+", message = "must be an absolute http(s) URL")
        String url,
    @NotEmpty @Nullable String apiKey,
    @DurationMin(seconds = 1, message = "must be at least 1 second")
        @DurationMax(seconds = 25, message = "must be at most 25 seconds")
        Duration timeout) {
  /** The timeout NewStore uses when none is set. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  /** The longest timeout NewStore accepts. */
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(25);

  /**
   * Checks the components.
   *
   * @param url see the record description
   * @param apiKey see the record description
   * @param timeout see the record description
   */
  public ExternalOrderWebhookConfig {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(timeout, "timeout == null");
  }

  /**
   * Returns a configuration with the default timeout of 15 seconds.
   *
   * @param url the absolute http(s) base URL
   * @param apiKey the key NewStore sends
   * @return the configuration
   */
  public static ExternalOrderWebhookConfig of(String url, String apiKey) {
    return new ExternalOrderWebhookConfig(url, apiKey, DEFAULT_TIMEOUT);
  }

  /**
   * Returns a copy with another timeout.
   *
   * @param newTimeout how long NewStore waits, 1 to 25 seconds
   * @return the changed copy
   */
  public ExternalOrderWebhookConfig withTimeout(Duration newTimeout) {
    return new ExternalOrderWebhookConfig(url, apiKey, newTimeout);
  }

  @Override
  public String toString() {
    return "ExternalOrderWebhookConfig[url="
        + url
        + ", apiKey="
        + (apiKey == null ? "null" : "<redacted>")
        + ", timeout="
        + timeout
        + "]";
  }
}
