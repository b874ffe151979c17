package com.newstore.examples.oms;

import com.newstore.sdk.webhooks.AvailabilityHandler;
import com.newstore.sdk.webhooks.AvailabilityRequest;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.EventHandler;
import com.newstore.sdk.webhooks.OrderDetails;
import com.newstore.sdk.webhooks.OrderDetailsHandler;
import com.newstore.sdk.webhooks.OrderDetailsRequest;
import com.newstore.sdk.webhooks.OrderEventPayload;
import com.newstore.sdk.webhooks.PurchaseHistoryHandler;
import com.newstore.sdk.webhooks.PurchaseHistoryRequest;
import com.newstore.sdk.webhooks.SalesOrder;
import com.newstore.sdk.webhooks.StreamEvent;
import com.newstore.sdk.webhooks.WebhookContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers NewStore's webhooks from the OMS: availability (ATP), purchase history, order details and
 * the event stream. The SDK does the HTTP part (auth, parsing, limits, sorting, errors); the
 * starter finds this bean by its handler interfaces and serves it under {@code /newstore}.
 */
@Component
class OmsWebhookHandlers
    implements AvailabilityHandler, PurchaseHistoryHandler, OrderDetailsHandler, EventHandler {
  private final OrderBook oms;

  OmsWebhookHandlers(OrderBook oms) {
    this.oms = oms;
  }

  @Override
  public AvailabilityResponse availability(AvailabilityRequest request, WebhookContext context) {
    List<AvailabilityResponse.Availability> answer = new ArrayList<>();
    for (AvailabilityRequest.Product product : request.products()) {
      for (String location : request.fulfillmentLocations()) {
        int atp = oms.atp(product.productId(), location);
        answer.add(
            new AvailabilityResponse.Availability(
                product.productId(), product.externalIdentifier(), location, atp));
      }
    }
    return AvailabilityResponse.of(answer);
  }

  @Override
  public List<SalesOrder> purchaseHistory(PurchaseHistoryRequest request, WebhookContext context) {
    // Tenants with PII tokenization send consumerToken instead; this OMS keys by e-mail.
    return request.consumerEmail() == null ? List.of() : oms.ordersOf(request.consumerEmail());
  }

  @Override
  public Optional<OrderDetails> orderDetails(OrderDetailsRequest request, WebhookContext context) {
    return oms.find(request.orderId());
  }

  @Override
  public void onOrderCreated(StreamEvent event, OrderEventPayload order) {
    oms.record("order.created " + order.id()); // at least once, any order: keep it idempotent
  }

  @Override
  public void onOrderCompleted(StreamEvent event, OrderEventPayload order) {
    oms.record("order.completed " + order.id());
  }

  @Override
  public void onOtherEvent(StreamEvent event) {
    // New event names must never break the stream: acknowledge what we do not use.
  }
}
