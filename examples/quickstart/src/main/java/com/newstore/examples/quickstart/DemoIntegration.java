package com.newstore.examples.quickstart;

import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.OrderDetails;
import com.newstore.sdk.webhooks.OrderOrigin;
import com.newstore.sdk.webhooks.SalesOrder;
import com.newstore.sdk.webhooks.StreamEvent;
import com.newstore.sdk.webhooks.WebhookKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Stands for the integrator's own code behind the webhooks: a tiny external OMS with a stock table
 * and one order, and a warehouse that queues the fulfillment requests NewStore sends. In a real
 * integration these handlers call your OMS and WMS.
 */
final class DemoIntegration {
  /** Every webhook route starts with this prefix. */
  static final String ROUTE_PREFIX = "/newstore";

  /** The product in stock: it ships. */
  static final String IN_STOCK = "sku-tee";

  /** The product out of stock: it is rejected as {@code no_inventory}. */
  static final String OUT_OF_STOCK = "sku-cap";

  /** The customer whose purchase history NewStore asks for. */
  static final String CUSTOMER_EMAIL = "ada@example.com";

  /** The one order the demo OMS knows. */
  static final String ORDER_ID = "QS-1000";

  private static final Map<String, Integer> STOCK = Map.of(IN_STOCK, 12, OUT_OF_STOCK, 0);

  private final BlockingQueue<FulfillmentRequest> fulfillmentRequests = new LinkedBlockingQueue<>();
  private final BlockingQueue<StreamEvent> events = new LinkedBlockingQueue<>();

  /**
   * Builds the webhook dispatcher: every handler, one api key, routes under {@link #ROUTE_PREFIX}.
   */
  NewStoreWebhooks webhooks(String apiKey) {
    return NewStoreWebhooks.builder()
        .apiKey(apiKey)
        .routePrefix(ROUTE_PREFIX)
        // The ATP timeout the playbook registered in NewStore is the ATP handler's deadline.
        .timeout(WebhookKind.AVAILABILITY, Playbook.ATP_TIMEOUT)
        .availabilityHandler(
            (request, context) -> {
              List<AvailabilityResponse.Availability> answer = new ArrayList<>();
              for (var product : request.products()) {
                for (String location : request.fulfillmentLocations()) {
                  answer.add(
                      new AvailabilityResponse.Availability(
                          product.productId(),
                          product.externalIdentifier(),
                          location,
                          STOCK.getOrDefault(product.productId(), 0)));
                }
              }
              return AvailabilityResponse.of(answer);
            })
        .purchaseHistoryHandler(
            (request, context) ->
                CUSTOMER_EMAIL.equals(request.consumerEmail()) ? List.of(order()) : List.of())
        .orderDetailsHandler(
            (request, context) ->
                ORDER_ID.equals(request.orderId()) ? Optional.of(details()) : Optional.empty())
        // Store the request and answer at once; act on it through the Fulfillment Provider API.
        .fulfillmentRequestHandler((request, context) -> fulfillmentRequests.add(request))
        .eventHandler(events::add)
        .build();
  }

  /** Returns the queue of fulfillment requests received, oldest first. */
  BlockingQueue<FulfillmentRequest> fulfillmentRequests() {
    return fulfillmentRequests;
  }

  /** Returns the queue of events received, oldest first. */
  BlockingQueue<StreamEvent> events() {
    return events;
  }

  private static SalesOrder order() {
    BigDecimal price = new BigDecimal("29.50");
    SalesOrder.Price itemPrice =
        new SalesOrder.Price(price, BigDecimal.ZERO, price, price, BigDecimal.ZERO);
    List<SalesOrder.Item> items =
        List.of(
            new SalesOrder.Item(
                "item-1",
                "oms-item-1",
                "complete",
                itemPrice,
                SalesOrder.ExternalIdentifier.NONE,
                Map.of("name", "T-shirt"),
                Map.of()),
            new SalesOrder.Item(
                "item-2",
                "oms-item-2",
                "complete",
                itemPrice,
                SalesOrder.ExternalIdentifier.NONE,
                Map.of("name", "Cap"),
                Map.of()));
    return new SalesOrder(
        ORDER_ID,
        OrderOrigin.EXTERNAL,
        "oms-" + ORDER_ID,
        Instant.parse("2026-11-20T10:15:30Z"),
        "complete",
        "USD",
        "web",
        "traditional",
        items,
        Map.of());
  }

  private static OrderDetails details() {
    BigDecimal total = new BigDecimal("59.00");
    OrderDetails.Totals totals =
        new OrderDetails.Totals(
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            total,
            total,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            total);
    OrderDetails.Payment payment =
        new OrderDetails.Payment(total, "payment", "USD", "credit_card", "VISA 4242");
    return new OrderDetails(
        order(),
        totals,
        new OrderDetails.Customer("c-1", CUSTOMER_EMAIL, "Ada Lovelace", "en"),
        null,
        null,
        List.of(payment),
        Map.of());
  }
}
