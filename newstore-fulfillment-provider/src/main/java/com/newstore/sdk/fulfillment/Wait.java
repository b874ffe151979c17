package com.newstore.sdk.fulfillment;

import java.util.concurrent.CompletableFuture;

/**
 * One wait for a state NewStore confirms, as returned by {@link FulfillmentWaiter}: choose its
 * {@link WaiterOptions}, then either block with {@link #await()} or start it with {@link #start()}.
 * Immutable and thread-safe; each {@code await()} or {@code start()} runs a new wait.
 *
 * <pre>{@code
 * WaiterResult<ShipmentStatus> shipped = fulfillment.waiter()
 *     .untilShipped(requestId, List.of("sku-1"))
 *     .options(WaiterOptions.builder().maxTotalTime(Duration.ofMinutes(1)).build())
 *     .await();
 * }</pre>
 *
 * @param <T> the status type
 */
public interface Wait<T> {
  /**
   * Returns this wait with other options; {@link WaiterOptions#defaults()} until set.
   *
   * @param options attempts, time and intervals
   * @return a wait with these options
   */
  Wait<T> options(WaiterOptions options);

  /**
   * Waits, blocking the calling thread, until the state is confirmed. Interrupting the thread stops
   * polling.
   *
   * @return the confirming status, with the attempts and time it took
   * @throws ShipmentFailedException when waiting for a shipment and a unit is in {@code
   *     failed_shipments}
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws com.newstore.sdk.client.AuthenticationException when no access token could be had: the
   *     wait ends at once
   * @throws com.newstore.sdk.client.NewStoreException when a status read failed for good, or the
   *     thread was interrupted
   */
  WaiterResult<T> await();

  /**
   * Starts waiting and returns at once. The future completes as {@link #await()} returns or throws.
   * Cancelling it cancels the scheduled poll and the call in flight: no further request is sent.
   * Dependent stages may run on the waiter's scheduler thread: use the {@code ...Async} stage
   * methods with your executor for slow work.
   *
   * @return the future confirming status
   * @throws IllegalStateException when the client was closed
   */
  CompletableFuture<WaiterResult<T>> start();
}
