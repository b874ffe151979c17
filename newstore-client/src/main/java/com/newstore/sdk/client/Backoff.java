package com.newstore.sdk.client;

import com.newstore.sdk.client.internal.Durations;
import java.time.Duration;

/**
 * Exponential backoff with jitter, shared by {@link RetryPolicy} (waits between retries) and the
 * fulfillment provider's waiters (waits between polls): one formula, one jitter algorithm.
 * Immutable and thread-safe.
 *
 * <p>The wait after attempt {@code n} (from 1) is {@code base = min(max, initial *
 * multiplier^(n-1))} shortened by a random part of up to {@code jitter * base}: {@code base * (1 -
 * jitter * r)} for a random {@code r} in {@code [0, 1)}. A jitter of {@code 1} is "full jitter"
 * (anywhere up to the base), {@code 0} makes the waits exact.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.of(Duration.ofMillis(250), Duration.ofSeconds(5)).withJitter(0.5);
 * }</pre>
 *
 * @param initial the base wait after the first attempt; non-negative
 * @param max the largest wait; non-negative
 * @param multiplier how much the base grows per attempt; at least 1
 * @param jitter the largest fraction of a wait removed at random; between 0 and 1
 */
public record Backoff(Duration initial, Duration max, double multiplier, double jitter) {
  /**
   * Checks the components.
   *
   * @param initial see the record description
   * @param max see the record description
   * @param multiplier see the record description
   * @param jitter see the record description
   * @throws IllegalArgumentException when a component is out of range
   */
  public Backoff {
    Durations.nonNegative(initial, "initial");
    Durations.nonNegative(max, "max");
    if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be >= 1 but was " + multiplier);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1 but was " + jitter);
    }
  }

  /**
   * Returns a backoff that doubles from {@code initial} up to {@code max}, with full jitter.
   *
   * @param initial the base wait after the first attempt
   * @param max the largest wait
   * @return the backoff
   */
  public static Backoff of(Duration initial, Duration max) {
    return new Backoff(initial, max, 2, 1);
  }

  /**
   * Returns a copy with another initial wait.
   *
   * @param initial the base wait after the first attempt; non-negative
   * @return the copy
   */
  public Backoff withInitial(Duration initial) {
    return new Backoff(initial, max, multiplier, jitter);
  }

  /**
   * Returns a copy with another largest wait.
   *
   * @param max the largest wait; non-negative
   * @return the copy
   */
  public Backoff withMax(Duration max) {
    return new Backoff(initial, max, multiplier, jitter);
  }

  /**
   * Returns a copy with another multiplier.
   *
   * @param multiplier how much the base grows per attempt; at least 1
   * @return the copy
   */
  public Backoff withMultiplier(double multiplier) {
    return new Backoff(initial, max, multiplier, jitter);
  }

  /**
   * Returns a copy with another jitter.
   *
   * @param jitter the largest fraction of a wait removed at random; between 0 and 1
   * @return the copy
   */
  public Backoff withJitter(double jitter) {
    return new Backoff(initial, max, multiplier, jitter);
  }

  /**
   * Returns the wait after attempt {@code attempt}, given a random number.
   *
   * @param attempt the attempt just made, from 1
   * @param random a number in {@code [0, 1)}
   * @return the wait before the next attempt, between {@code 0} and {@link #max()}
   */
  public Duration delayAfter(int attempt, double random) {
    double cap = max.toNanos();
    double grown = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 1));
    // NaN (0 * infinity) and overflow both end at the cap or zero, never at a negative wait.
    double base = Double.isNaN(grown) ? 0 : Math.min(cap, grown);
    return Duration.ofNanos((long) (base - base * jitter * random));
  }
}
