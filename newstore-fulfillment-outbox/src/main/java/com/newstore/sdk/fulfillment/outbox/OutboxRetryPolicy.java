package com.newstore.sdk.fulfillment.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the worker retries a delivery that failed for a reason that may pass (a 5xx, 408, 429, a
 * network failure or timeout): exponential backoff from {@code initialBackoff}, doubling up to
 * {@code maxBackoff} (at most 20% less, at random, so instances spread out), until {@code
 * maxAttempts} deliveries were started or the entry is older than {@code maxAge}; then the entry is
 * {@link OutboxState#FAILED}. A {@code Retry-After} from NewStore is honoured when it is longer.
 *
 * <pre>{@code
 * OutboxRetryPolicy policy = OutboxRetryPolicy.defaults().withMaxAttempts(20);
 * }</pre>
 *
 * @param initialBackoff the wait after the first failed attempt; positive
 * @param maxBackoff the longest wait between attempts; at least {@code initialBackoff}
 * @param maxAttempts how many deliveries may be started; at least 1
 * @param maxAge how long after it was recorded an entry may still be retried; positive
 */
public record OutboxRetryPolicy(
    Duration initialBackoff, Duration maxBackoff, int maxAttempts, Duration maxAge) {

  /**
   * Validates the policy.
   *
   * @param initialBackoff see the record description
   * @param maxBackoff see the record description
   * @param maxAttempts see the record description
   * @param maxAge see the record description
   * @throws IllegalArgumentException when a value is out of range
   */
  public OutboxRetryPolicy {
    positive(initialBackoff, "initialBackoff");
    positive(maxBackoff, "maxBackoff");
    positive(maxAge, "maxAge");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must be at least initialBackoff");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
    }
  }

  /**
   * Returns the defaults: 1 second doubling to 5 minutes, 12 attempts, 24 hours.
   *
   * @return the default policy
   */
  public static OutboxRetryPolicy defaults() {
    return new OutboxRetryPolicy(
        Duration.ofSeconds(1), Duration.ofMinutes(5), 12, Duration.ofHours(24));
  }

  /**
   * Returns a copy with another backoff.
   *
   * @param initial the wait after the first failed attempt
   * @param max the longest wait
   * @return the policy
   */
  public OutboxRetryPolicy withBackoff(Duration initial, Duration max) {
    return new OutboxRetryPolicy(initial, max, maxAttempts, maxAge);
  }

  /**
   * Returns a copy with another attempt limit.
   *
   * @param attempts at least 1
   * @return the policy
   */
  public OutboxRetryPolicy withMaxAttempts(int attempts) {
    return new OutboxRetryPolicy(initialBackoff, maxBackoff, attempts, maxAge);
  }

  /**
   * Returns a copy with another age limit.
   *
   * @param age positive
   * @return the policy
   */
  public OutboxRetryPolicy withMaxAge(Duration age) {
    return new OutboxRetryPolicy(initialBackoff, maxBackoff, maxAttempts, age);
  }

  /**
   * Returns the backoff after a number of failed attempts, before jitter.
   *
   * @param failedAttempts 1 or more
   * @return the wait
   */
  public Duration backoff(int failedAttempts) {
    Duration d = initialBackoff;
    for (int i = 1; i < failedAttempts && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive but was " + d);
    }
  }
}
