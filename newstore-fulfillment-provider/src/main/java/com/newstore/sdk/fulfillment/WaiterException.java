package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.NewStoreException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a waiter ends without reaching the awaited state; says how many polls it sent and how
 * long it took. See {@link WaiterTimeoutException} and {@link ShipmentFailedException}.
 */
public class WaiterException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  /** How many status reads were sent. */
  private final int attempts;

  /** How long the waiter ran. */
  private final Duration elapsed;

  /**
   * Creates the exception.
   *
   * @param message what happened
   * @param attempts how many status reads were sent
   * @param elapsed how long the waiter ran
   * @param cause the last failure of a status read, if any
   */
  public WaiterException(
      String message, int attempts, Duration elapsed, @Nullable Throwable cause) {
    super(message, cause);
    this.attempts = attempts;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed == null");
  }

  /**
   * Returns how many status reads the waiter sent.
   *
   * @return the attempt count
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns how long the waiter ran, by its clock.
   *
   * @return the elapsed time
   */
  public Duration elapsed() {
    return elapsed;
  }
}
