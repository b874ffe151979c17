package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.AvailabilityHandler;
import com.newstore.sdk.webhooks.DeduplicationStore;
import com.newstore.sdk.webhooks.EventHandler;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.OrderDetailsHandler;
import com.newstore.sdk.webhooks.PurchaseHistoryHandler;
import com.newstore.sdk.webhooks.StreamEvent;
import com.newstore.sdk.webhooks.WebhookKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Builds the route object of every registered handler, one per {@link WebhookKind}. */
public final class Routes {
  private Routes() {}

  /**
   * The settings routes share.
   *
   * @param deduplication where fulfillment request ids and event keys are remembered
   * @param maxAvailabilityPairs the most product × location pairs of one ATP request
   * @param ignoredEvents event names acknowledged without calling the handler
   * @param eventKey the integrator's event deduplication key, or null for the default
   */
  public record Options(
      DeduplicationStore deduplication,
      int maxAvailabilityPairs,
      Set<String> ignoredEvents,
      @Nullable Function<StreamEvent, String> eventKey) {}

  /**
   * Returns a route for every handler that is set.
   *
   * @param availability the ATP handler, or null
   * @param purchaseHistory the purchase history handler, or null
   * @param orderDetails the order details handler, or null
   * @param fulfillment the fulfillment request handler, or null
   * @param events the event handler, or null
   * @param options the shared settings
   * @return kind to route, only for the handlers set
   */
  public static Map<WebhookKind, Route<?, ?>> of(
      @Nullable AvailabilityHandler availability,
      @Nullable PurchaseHistoryHandler purchaseHistory,
      @Nullable OrderDetailsHandler orderDetails,
      @Nullable FulfillmentRequestHandler fulfillment,
      @Nullable EventHandler events,
      Options options) {
    Map<WebhookKind, Route<?, ?>> routes = new EnumMap<>(WebhookKind.class);
    if (availability != null) {
      routes.put(
          WebhookKind.AVAILABILITY,
          new AvailabilityRoute(availability, options.maxAvailabilityPairs()));
    }
    if (purchaseHistory != null) {
      routes.put(WebhookKind.PURCHASE_HISTORY, new PurchaseHistoryRoute(purchaseHistory));
    }
    if (orderDetails != null) {
      routes.put(WebhookKind.ORDER_DETAILS, new OrderDetailsRoute(orderDetails));
    }
    if (fulfillment != null) {
      routes.put(
          WebhookKind.FULFILLMENT_REQUEST,
          new FulfillmentRoute(fulfillment, options.deduplication()));
    }
    if (events != null) {
      routes.put(
          WebhookKind.EVENT,
          new EventRoute(
              events, options.deduplication(), options.ignoredEvents(), options.eventKey()));
    }
    return routes;
  }
}
