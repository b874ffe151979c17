package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.testkit.WebhookTarget;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Where a webhook goes, read from the simulator's state: a configuration's {@code url}, {@code
 * api_key} and {@code timeout}, or an event stream integration's {@code callback_parameters}.
 */
public final class WebhookTargets {
  private WebhookTargets() {}

  /**
   * Reads a target from a stored configuration.
   *
   * @param config looks up the value stored at a configuration path
   * @param path the configuration path
   * @param defaultTimeout the timeout when the configuration has none, or null for {@link
   *     WebhookTarget#DEFAULT_TIMEOUT}
   * @param notConfigured the message when nothing is stored, saying what to configure
   * @return the target
   * @throws IllegalStateException when nothing is stored or the value has no url
   */
  public static WebhookTarget fromConfig(
      Function<String, Optional<Object>> config,
      String path,
      @Nullable Duration defaultTimeout,
      String notConfigured) {
    Object value = config.apply(path).orElseThrow(() -> new IllegalStateException(notConfigured));
    if (!(value instanceof Map<?, ?> raw) || !(raw.get("url") instanceof String url)) {
      throw new IllegalStateException("The configuration at /" + path + " has no url");
    }
    Map<String, Object> m = JsonSupport.asMap(raw);
    Duration timeout =
        m.get("timeout") instanceof Number n
            ? Duration.ofSeconds(n.longValue())
            : (defaultTimeout != null ? defaultTimeout : WebhookTarget.DEFAULT_TIMEOUT);
    return new WebhookTarget(
        URI.create(url), m.get("api_key") instanceof String k ? k : null, timeout);
  }

  /**
   * Reads the target of an event stream integration: its callback URL and api key.
   *
   * @param integration the integration as registered
   * @return the target, with a 30 second timeout
   */
  public static WebhookTarget ofEventStream(Map<String, Object> integration) {
    Object params = integration.get("callback_parameters");
    Map<String, Object> cb = params instanceof Map<?, ?> m ? JsonSupport.asMap(m) : Map.of();
    return new WebhookTarget(
        URI.create(String.valueOf(cb.get("callback_url"))),
        cb.get("api_key") instanceof String k ? k : null,
        Duration.ofSeconds(30));
  }

  /**
   * Resolves a route below a target's base URL: NewStore appends its routes below the configured
   * URL.
   *
   * @param target the target
   * @param suffix the route, relative
   * @return the URL
   */
  public static HttpUrl route(WebhookTarget target, String suffix) {
    HttpUrl base = HttpUrl.get(target.url());
    if (!base.encodedPath().endsWith("/")) {
      base = base.newBuilder().addPathSegment("").build();
    }
    return Objects.requireNonNull(base.resolve(suffix), "route");
  }
}
