package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.WebhookKind;
import com.newstore.sdk.webhooks.WebhookListener;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dispatcher's validated configuration, built by {@code NewStoreWebhooksBuilder}.
 *
 * @param routes the route template of every registered kind
 * @param keys the api key check of every registered kind
 * @param handlers the route object (parse, invoke, render) of every registered kind
 * @param timeouts NewStore's timeout per kind, where known
 * @param maxBodyBytes the largest body accepted
 * @param limits the JSON parsing limits
 * @param clock the clock for deadlines
 */
public record Settings(
    Map<WebhookKind, RouteTemplate> routes,
    Map<WebhookKind, ApiKeyCheck> keys,
    Map<WebhookKind, Route<?, ?>> handlers,
    Map<WebhookKind, Duration> timeouts,
    int maxBodyBytes,
    JsonLimits limits,
    Clock clock,
    @Nullable WebhookListener listener) {

  /**
   * Copies the maps into enum maps (the per-request lookups are array reads).
   *
   * @param routes see the record description
   * @param keys see the record description
   * @param handlers see the record description
   * @param timeouts see the record description
   * @param maxBodyBytes see the record description
   * @param limits see the record description
   * @param clock see the record description
   */
  public Settings {
    routes = copy(routes);
    keys = copy(keys);
    handlers = copy(handlers);
    timeouts = copy(timeouts);
  }

  private static <V> Map<WebhookKind, V> copy(Map<WebhookKind, V> map) {
    Map<WebhookKind, V> copy = new EnumMap<>(WebhookKind.class);
    copy.putAll(map);
    return java.util.Collections.unmodifiableMap(copy);
  }

  @Override
  public String toString() {
    return "Settings{routes=" + routes + ", keys=<redacted>}";
  }
}
