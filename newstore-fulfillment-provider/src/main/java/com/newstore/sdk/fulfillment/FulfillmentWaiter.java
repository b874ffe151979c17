package com.newstore.sdk.fulfillment;

import java.util.List;

/**
 * Waits until NewStore confirms a change to a fulfillment request, the way AWS SDK waiters do: each
 * method returns a {@link Wait} that polls a status read on a scheduler, so no thread sleeps
 * between polls. A poll is sent once (without the client's automatic retries); the waiter itself
 * treats {@code 404} (nothing recorded yet), {@code 429} and {@code 503} (honouring {@code
 * Retry-After}), other {@code 5xx} and network failures as "not yet", within {@link WaiterOptions}.
 * When no access token can be had, the wait ends at once with the {@link
 * com.newstore.sdk.client.AuthenticationException}. Thread-safe; get it from {@link
 * FulfillmentProviderClient#waiter()}.
 *
 * <p>Product ids count units: {@code [a, a]} needs two units of {@code a}.
 *
 * <pre>{@code
 * FulfillmentWaiter waiter = fulfillment.waiter();
 * WaiterResult<ShipmentStatus> shipped = waiter.untilShipped(requestId, productIds).await();
 * CompletableFuture<WaiterResult<CancellationStatus>> canceled =
 *     waiter.untilCanceled(requestId, List.of("sku-3")).start();
 * }</pre>
 */
public interface FulfillmentWaiter {
  /**
   * Waits until every unit is in {@code successful_shipments} ({@code GET shipment}). Fails with
   * {@link ShipmentFailedException} when a unit not yet shipped is in {@code failed_shipments}.
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids shipped, one per unit; not empty
   * @return the wait, not started
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   */
  Wait<ShipmentStatus> untilShipped(String requestId, List<String> productIds);

  /**
   * Waits until every unit is in the rejection status ({@code GET rejection}, whose body shape is
   * unconfirmed).
   *
   * @param requestId the fulfillment request id
   * @param productIds the rejected product ids, one per unit; not empty
   * @return the wait, not started
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   */
  Wait<RejectionStatus> untilRejected(String requestId, List<String> productIds);

  /**
   * Waits until every unit is in {@code canceled_items} ({@code GET canceled_items}, path
   * unconfirmed).
   *
   * @param requestId the fulfillment request id
   * @param productIds the canceled product ids, one per unit; not empty
   * @return the wait, not started
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   */
  Wait<CancellationStatus> untilCanceled(String requestId, List<String> productIds);
}
