package com.newstore.sdk.client.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Checks duration (and attempt count) arguments of builders, with messages that name the argument;
 * shared by {@code RetryPolicy} and the fulfillment {@code WaiterOptions}.
 */
public final class Durations {
  private Durations() {}

  /**
   * Returns {@code d} when it is positive.
   *
   * @param d the duration
   * @param name the argument's name, for the message
   * @return {@code d}
   * @throws NullPointerException if {@code d} is null
   * @throws IllegalArgumentException if {@code d} is zero or negative
   */
  public static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but was " + d);
    }
    return d;
  }

  /**
   * Returns {@code d} when it is zero or positive.
   *
   * @param d the duration
   * @param name the argument's name, for the message
   * @return {@code d}
   * @throws NullPointerException if {@code d} is null
   * @throws IllegalArgumentException if {@code d} is negative
   */
  public static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative but was " + d);
    }
    return d;
  }

  /**
   * Returns {@code n} when it is at least 1.
   *
   * @param n the count
   * @param name the argument's name, for the message
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public static int atLeastOne(int n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be >= 1 but was " + n);
    }
    return n;
  }
}
