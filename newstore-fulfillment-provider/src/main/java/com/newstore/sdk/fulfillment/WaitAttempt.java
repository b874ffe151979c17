package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.NewStoreException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Describes one poll of a waiter, as passed to {@link WaiterOptions.Builder#listener}.
 *
 * <pre>{@code
 * WaiterOptions options = WaiterOptions.builder()
 *     .listener(a -> log.debug("poll {} after {}: {}", a.attempt(), a.elapsed(), a.outcome()))
 *     .build();
 * }</pre>
 *
 * @param attempt the attempt number, from 1
 * @param elapsed the time since the waiter started, by the waiter's clock
 * @param outcome what the poll decided
 * @param error the failure of the status read, when it failed (a {@code 404} while NewStore has
 *     nothing yet, a {@code 429}, a network error), else null
 */
public record WaitAttempt(
    int attempt, Duration elapsed, Outcome outcome, @Nullable NewStoreException error) {

  /** What one poll decided, as in the acceptors of AWS SDK waiters. */
  public enum Outcome {
    /** The awaited state is reached: the waiter completes. */
    SUCCESS,
    /** Not yet: the waiter polls again, if attempts and time remain. */
    RETRY,
    /** The awaited state can no longer be reached: the waiter fails. */
    FAILURE
  }

  /**
   * Checks the components.
   *
   * @param attempt see the record description
   * @param elapsed see the record description
   * @param outcome see the record description
   * @param error see the record description
   */
  public WaitAttempt {
    Objects.requireNonNull(elapsed, "elapsed == null");
    Objects.requireNonNull(outcome, "outcome == null");
  }
}
