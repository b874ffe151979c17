package com.newstore.sdk.fulfillment.outbox;

/** What an outbox entry asks NewStore to do, and how the worker confirms it. */
public enum OutboxOperation {
  /** {@code POST acknowledgement}; the 2xx answer is the confirmation. */
  ACCEPT,
  /** {@code POST shipment}; confirmed when the units are in {@code successful_shipments}. */
  SHIP,
  /** {@code POST reject_items}; confirmed when the units are in the rejection status. */
  REJECT,
  /** {@code POST canceled_items}; confirmed when the units are in the cancellation status. */
  CANCEL
}
