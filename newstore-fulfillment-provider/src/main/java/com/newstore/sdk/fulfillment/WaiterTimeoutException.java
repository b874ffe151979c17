package com.newstore.sdk.fulfillment;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a waiter used up its attempts or its total time (or NewStore's {@code Retry-After}
 * reached beyond it) before NewStore confirmed the awaited state. The change may still be confirmed
 * later: wait again or read the status.
 *
 * <pre>{@code
 * try {
 *   fulfillment.waiter().untilShipped(requestId, productIds).await();
 * } catch (WaiterTimeoutException e) {
 *   log.warn("not confirmed after {} polls in {}", e.attempts(), e.elapsed());
 * }
 * }</pre>
 */
public class WaiterTimeoutException extends WaiterException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Object lastStatus;

  /**
   * Creates the exception.
   *
   * @param message why the waiter stopped
   * @param attempts how many status reads were sent
   * @param elapsed how long the waiter ran
   * @param lastStatus the last status read, if any poll returned one
   * @param cause the last failure of a status read, if the last poll failed
   */
  public WaiterTimeoutException(
      String message,
      int attempts,
      Duration elapsed,
      @Nullable Object lastStatus,
      @Nullable Throwable cause) {
    super(message, attempts, elapsed, cause);
    this.lastStatus = lastStatus;
  }

  /**
   * Returns the last status read ({@link ShipmentStatus}, {@link RejectionStatus} or {@link
   * CancellationStatus}, by waiter).
   *
   * @return the last status, or null when no poll returned one
   */
  public @Nullable Object lastStatus() {
    return lastStatus;
  }
}
