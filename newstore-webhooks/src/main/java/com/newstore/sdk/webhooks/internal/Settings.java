package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.AvailabilityHandler;
import com.newstore.sdk.webhooks.DeduplicationStore;
import com.newstore.sdk.webhooks.EventHandler;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.OrderDetailsHandler;
import com.newstore.sdk.webhooks.PurchaseHistoryHandler;
import com.newstore.sdk.webhooks.WebhookKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dispatcher's validated configuration, built by {@code NewStoreWebhooks.Builder}.
 *
 * @param routes the route of every registered kind
 * @param keys the api key check of every registered kind
 * @param timeouts NewStore's timeout per kind, where known
 * @param maxBodyBytes the largest body accepted
 * @param maxJsonDepth the deepest JSON nesting accepted
 * @param availability the ATP handler, or null
 * @param purchaseHistory the purchase history handler, or null
 * @param orderDetails the order details handler, or null
 * @param fulfillment the fulfillment request handler, or null
 * @param events the event handler, or null
 * @param deduplication the deduplication store
 * @param ignoredEvents event names acknowledged without calling the handler
 * @param eventKey the event deduplication key, or null for the default (name + JSON hash)
 * @param clock the clock for deadlines
 */
public record Settings(
    Map<WebhookKind, RouteTemplate> routes,
    Map<WebhookKind, ApiKeyCheck> keys,
    Map<WebhookKind, Duration> timeouts,
    int maxBodyBytes,
    int maxJsonDepth,
    @Nullable AvailabilityHandler availability,
    @Nullable PurchaseHistoryHandler purchaseHistory,
    @Nullable OrderDetailsHandler orderDetails,
    @Nullable FulfillmentRequestHandler fulfillment,
    @Nullable EventHandler events,
    DeduplicationStore deduplication,
    Set<String> ignoredEvents,
    java.util.function.@Nullable Function<com.newstore.sdk.webhooks.StreamEvent, String> eventKey,
    Clock clock) {

  /**
   * Copies the maps and sets.
   *
   * @param routes see the record description
   * @param keys see the record description
   * @param timeouts see the record description
   * @param maxBodyBytes see the record description
   * @param maxJsonDepth see the record description
   * @param availability see the record description
   * @param purchaseHistory see the record description
   * @param orderDetails see the record description
   * @param fulfillment see the record description
   * @param events see the record description
   * @param deduplication see the record description
   * @param ignoredEvents see the record description
   * @param eventKey see the record description
   * @param clock see the record description
   */
  public Settings {
    routes = Map.copyOf(routes);
    keys = Map.copyOf(keys);
    timeouts = Map.copyOf(timeouts);
    ignoredEvents = Set.copyOf(ignoredEvents);
  }

  @Override
  public String toString() {
    return "Settings{routes=" + routes + ", keys=<redacted>}";
  }
}
