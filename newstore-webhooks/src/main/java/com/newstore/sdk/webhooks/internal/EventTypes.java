package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.EventHandler;
import com.newstore.sdk.webhooks.StreamEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The typed events, by name. Typing a new event is one entry here (name, payload mapper, handler
 * method); a name without an entry reaches {@link EventHandler#onOtherEvent}.
 */
final class EventTypes {
  private EventTypes() {}

  private static final Map<String, TypedEvent<?>> BY_NAME =
      index(
          new TypedEvent<>(
              "order.created", payload(RequestMapper::orderPayload), EventHandler::onOrderCreated),
          new TypedEvent<>(
              "order.opened",
              payload(RequestMapper::orderOpenedPayload),
              EventHandler::onOrderOpened),
          new TypedEvent<>(
              "order.completed",
              payload(RequestMapper::orderPayload),
              EventHandler::onOrderCompleted),
          new TypedEvent<>(
              "order.cancelled",
              payload(RequestMapper::orderPayload),
              EventHandler::onOrderCancelled),
          new TypedEvent<>(
              "order.items_cancelled",
              payload(RequestMapper::itemsCancelledPayload),
              EventHandler::onOrderItemsCancelled),
          new TypedEvent<>(
              "payment_account.amount_authorized",
              payload(RequestMapper::paymentPayload),
              EventHandler::onAmountAuthorized),
          new TypedEvent<>(
              "payment_account.amount_captured",
              payload(RequestMapper::paymentPayload),
              EventHandler::onAmountCaptured),
          new TypedEvent<>(
              "fulfillment_request.assigned",
              payload(RequestMapper::fulfillmentRequestPayload),
              EventHandler::onFulfillmentRequestAssigned),
          new TypedEvent<>(
              "fulfillment_request.items_completed",
              payload(RequestMapper::fulfillmentRequestPayload),
              EventHandler::onFulfillmentRequestItemsCompleted),
          new TypedEvent<>(
              "fulfillment_request.items_failed",
              payload(RequestMapper::fulfillmentRequestPayload),
              EventHandler::onFulfillmentRequestItemsFailed),
          new TypedEvent<>(
              "fulfillment_request.items_ready_for_handover",
              payload(RequestMapper::fulfillmentRequestPayload),
              EventHandler::onFulfillmentRequestItemsReadyForHandover));

  /** Returns the entry for an event name, or null when the name is not typed. */
  static @Nullable TypedEvent<?> of(String name) {
    return BY_NAME.get(name);
  }

  private static <P> Function<StreamEvent, P> payload(Function<Fields, P> mapper) {
    return RequestMapper.payload(mapper);
  }

  private static Map<String, TypedEvent<?>> index(TypedEvent<?>... events) {
    Map<String, TypedEvent<?>> map = new HashMap<>();
    for (TypedEvent<?> e : events) {
      if (map.put(e.name(), e) != null) {
        throw new IllegalStateException("two entries for " + e.name());
      }
    }
    return Map.copyOf(map);
  }
}
