package com.newstore.sdk.fulfillment;

import java.util.Set;

/**
 * The endpoint ids of the Fulfillment Provider API, for {@link
 * com.newstore.sdk.client.NewStoreClient.Builder#pathOverride}. Every path is under {@code
 * v0/d/fulfillment_requests/{id}/}.
 *
 * <pre>{@code
 * NewStoreClient client = NewStoreClient.builder()
 *     .pathOverride(FulfillmentEndpoints.ACCEPT, "v0/d/fulfillment_requests/{id}/acknowledgement")
 *     .build();
 * }</pre>
 */
public final class FulfillmentEndpoints {
  /** {@code POST acknowledgement}: accept a fulfillment request. */
  public static final String ACCEPT = "fulfillment-request.accept";

  /** {@code POST reject_items}: reject items. */
  public static final String REJECT_ITEMS = "fulfillment-request.reject-items";

  /** {@code GET rejection}: read the rejection status. */
  public static final String REJECTION_STATUS = "fulfillment-request.rejection.get";

  /** {@code POST canceled_items}: cancel items. */
  public static final String CANCEL_ITEMS = "fulfillment-request.cancel-items";

  /** {@code GET canceled_items}: read the cancellation status; the path is unconfirmed. */
  public static final String CANCELLATION_STATUS = "fulfillment-request.cancellation.get";

  /** {@code POST shipment}: report shipped items. */
  public static final String UPDATE_SHIPMENT = "fulfillment-request.shipment.update";

  /** {@code GET shipment}: read the shipment status. */
  public static final String SHIPMENT_STATUS = "fulfillment-request.shipment.get";

  /** Every id above. */
  public static final Set<String> ALL =
      Set.of(
          ACCEPT,
          REJECT_ITEMS,
          REJECTION_STATUS,
          CANCEL_ITEMS,
          CANCELLATION_STATUS,
          UPDATE_SHIPMENT,
          SHIPMENT_STATUS);

  private FulfillmentEndpoints() {}
}
