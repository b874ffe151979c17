package com.newstore.sdk.webhooks;

/**
 * Receives NewStore's event stream. Override the typed methods for the events you use; every other
 * event (and every typed one you do not override) goes to the required {@link #onOtherEvent}
 * fallback, so an event name NewStore adds later never breaks the integration.
 *
 * <p><b>Delivery is at least once and unordered.</b> The SDK drops repeated deliveries it has seen
 * (through the {@link DeduplicationStore}), but a delivery may still repeat after a restart or
 * across instances, and events arrive in any order: {@code order.cancelled} may come before {@code
 * order.created}. Handlers must be idempotent and tolerate any order (for example, record a
 * cancellation for an order not seen yet and apply it when the order arrives).
 *
 * <p>A handler that throws makes the SDK answer 500; the response code decides whether NewStore's
 * stream continues, so catch what you can retry yourself.
 *
 * <pre>{@code
 * EventHandler events = new EventHandler() {
 *   public void onOrderCreated(StreamEvent event, OrderEventPayload order) {
 *     oms.createOrder(order.id());
 *   }
 *   public void onOtherEvent(StreamEvent event) {
 *     log.debug("ignoring " + event.name());
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface EventHandler {
  /**
   * Handles {@code order.created}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onOrderCreated(StreamEvent event, OrderEventPayload payload) throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code order.opened}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onOrderOpened(StreamEvent event, OrderOpenedPayload payload) throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code order.completed}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onOrderCompleted(StreamEvent event, OrderEventPayload payload) throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code order.cancelled}; it may arrive before {@code order.created}. In store
   * fulfillment the platform cancels an order a store cannot fulfil and emits this event so the
   * external OMS can re-route the order: {@link NewStoreWebhooksBuilder#ignoreRecommendedEvents()}
   * never drops it.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onOrderCancelled(StreamEvent event, OrderEventPayload payload) throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code order.items_cancelled}: some items of an order were cancelled. It may arrive
   * before {@code order.created}, and several may arrive for one order.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onOrderItemsCancelled(StreamEvent event, OrderItemsCancelledPayload payload)
      throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code payment_account.amount_authorized}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onAmountAuthorized(StreamEvent event, PaymentAccountEventPayload payload)
      throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code payment_account.amount_captured}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onAmountCaptured(StreamEvent event, PaymentAccountEventPayload payload)
      throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code fulfillment_request.assigned}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onFulfillmentRequestAssigned(
      StreamEvent event, FulfillmentRequestEventPayload payload) throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code fulfillment_request.items_completed}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onFulfillmentRequestItemsCompleted(
      StreamEvent event, FulfillmentRequestEventPayload payload) throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code fulfillment_request.items_failed}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onFulfillmentRequestItemsFailed(
      StreamEvent event, FulfillmentRequestEventPayload payload) throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles {@code fulfillment_request.items_ready_for_handover}.
   *
   * @param event the envelope
   * @param payload the typed payload
   * @throws Exception any failure; the SDK answers 500
   */
  default void onFulfillmentRequestItemsReadyForHandover(
      StreamEvent event, FulfillmentRequestEventPayload payload) throws Exception {
    onOtherEvent(event);
  }

  /**
   * Handles every event without a typed method, or whose typed method is not overridden.
   *
   * @param event the envelope with the raw payload
   * @throws Exception any failure; the SDK answers 500
   */
  void onOtherEvent(StreamEvent event) throws Exception;
}
