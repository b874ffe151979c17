package com.newstore.sdk.fulfillment;

import java.time.Duration;
import java.util.Objects;

/**
 * Holds the outcome of a waiter that succeeded: the last status read and what it took.
 *
 * <pre>{@code
 * WaiterResult<ShipmentStatus> r = fulfillment.waiter().untilShipped(requestId, productIds).await();
 * log.info("shipped after {} polls in {}", r.attempts(), r.elapsed());
 * }</pre>
 *
 * @param value the status read that satisfied the waiter
 * @param attempts how many status reads the waiter sent, from 1
 * @param elapsed how long the waiter took, by its clock
 * @param <T> the status type
 */
public record WaiterResult<T>(T value, int attempts, Duration elapsed) {
  /**
   * Checks the components.
   *
   * @param value see the record description
   * @param attempts see the record description
   * @param elapsed see the record description
   */
  public WaiterResult {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(elapsed, "elapsed == null");
  }
}
