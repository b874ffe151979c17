package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.internal.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decides how long and how often a waiter polls. Immutable and thread-safe.
 *
 * <p>The first poll is sent at once. Before poll {@code n + 1} the waiter waits {@code
 * min(maxInterval, initialInterval * 2^(n-1))}, shortened by a random part of up to {@code jitter}
 * of it, and never past the total time. When NewStore answers {@code 429} (or {@code 503}) with
 * {@code Retry-After}, the waiter waits exactly that long, or gives up at once with {@link
 * WaiterTimeoutException} when that would end after the total time. The waiter stops after {@link
 * #maxAttempts()} polls or {@link #maxTotalTime()}, whichever comes first.
 *
 * <pre>{@code
 * WaiterOptions options = WaiterOptions.builder()
 *     .maxTotalTime(Duration.ofMinutes(2))
 *     .initialInterval(Duration.ofSeconds(1))
 *     .listener(attempt -> log.debug("{}", attempt))
 *     .build();
 * }</pre>
 */
public final class WaiterOptions {
  private static final WaiterOptions DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration maxTotalTime;
  private final Duration initialInterval;
  private final Duration maxInterval;
  private final double jitter;
  private final Consumer<WaitAttempt> listener;

  private WaiterOptions(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.maxTotalTime = b.maxTotalTime;
    this.initialInterval = b.initialInterval;
    this.maxInterval = b.maxInterval;
    this.jitter = b.jitter;
    this.listener = b.listener;
  }

  /**
   * Returns the defaults: 40 attempts, 5 minutes in total, intervals from 2 s up to 30 s, jitter
   * 0.2, no listener.
   *
   * @return the default options
   */
  public static WaiterOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder initialised with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the most status reads, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the longest time the waiter runs.
   *
   * @return a positive duration
   */
  public Duration maxTotalTime() {
    return maxTotalTime;
  }

  /**
   * Returns the interval before the second poll, before jitter.
   *
   * @return a non-negative duration
   */
  public Duration initialInterval() {
    return initialInterval;
  }

  /**
   * Returns the largest interval between two polls.
   *
   * @return a non-negative duration
   */
  public Duration maxInterval() {
    return maxInterval;
  }

  /**
   * Returns the largest fraction of an interval removed at random.
   *
   * @return between 0 (none) and 1
   */
  public double jitter() {
    return jitter;
  }

  /**
   * Returns the listener told of every poll.
   *
   * @return the listener
   */
  public Consumer<WaitAttempt> listener() {
    return listener;
  }

  /**
   * Returns the wait after poll {@code attempt}, given a random number.
   *
   * @param attempt the poll just made, from 1
   * @param random a number in {@code [0, 1)}
   * @return the interval before the next poll
   */
  public Duration intervalAfter(int attempt, double random) {
    long initial = initialInterval.toNanos();
    long cap = maxInterval.toNanos();
    long base = initial;
    for (int i = 1; i < attempt && base < cap; i++) {
      base = base > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : base * 2;
    }
    base = Math.min(base, cap);
    return Duration.ofNanos(base - (long) (base * jitter * random));
  }

  @Override
  public String toString() {
    return "WaiterOptions[maxAttempts="
        + maxAttempts
        + ", maxTotalTime="
        + maxTotalTime
        + ", initialInterval="
        + initialInterval
        + ", maxInterval="
        + maxInterval
        + ", jitter="
        + jitter
        + "]";
  }

  /** Builds {@link WaiterOptions}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 40;
    private Duration maxTotalTime = Duration.ofMinutes(5);
    private Duration initialInterval = Duration.ofSeconds(2);
    private Duration maxInterval = Duration.ofSeconds(30);
    private double jitter = 0.2;
    private Consumer<WaitAttempt> listener = attempt -> {};

    private Builder() {}

    /**
     * Sets the most status reads, the first included.
     *
     * @param maxAttempts at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1 but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the longest time the waiter runs.
     *
     * @param maxTotalTime a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxTotalTime(Duration maxTotalTime) {
      this.maxTotalTime = Durations.positive(maxTotalTime, "maxTotalTime");
      return this;
    }

    /**
     * Sets the interval before the second poll; it doubles for each further poll.
     *
     * @param initialInterval a non-negative duration
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder initialInterval(Duration initialInterval) {
      this.initialInterval = Durations.nonNegative(initialInterval, "initialInterval");
      return this;
    }

    /**
     * Sets the largest interval between two polls.
     *
     * @param maxInterval a non-negative duration
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = Durations.nonNegative(maxInterval, "maxInterval");
      return this;
    }

    /**
     * Sets the largest fraction of an interval removed at random, so that many waiters do not poll
     * in step.
     *
     * @param jitter between 0 (none) and 1
     * @return this builder
     * @throws IllegalArgumentException if outside {@code [0, 1]}
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1 but was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets a listener told of every poll, on the thread that processed it; keep it quick. An
     * exception it throws is logged and ignored.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(Consumer<WaitAttempt> listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public WaiterOptions build() {
      return new WaiterOptions(this);
    }
  }
}
