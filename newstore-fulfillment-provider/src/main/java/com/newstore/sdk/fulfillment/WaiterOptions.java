package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.Backoff;
import com.newstore.sdk.client.internal.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decides how long and how often a waiter polls. Immutable and thread-safe.
 *
 * <p>The first poll is sent at once. Before poll {@code n + 1} the waiter waits {@code
 * min(maxInterval, initialInterval * 2^(n-1))}, shortened by a random part of up to {@code jitter}
 * of it, and never past the total time: a {@link Backoff}, the same formula the client's retries
 * use. When NewStore answers {@code 429} (or {@code 503}) with {@code Retry-After}, the waiter
 * waits exactly that long, or gives up at once with {@link WaiterTimeoutException} when that would
 * end after the total time. The waiter stops after {@link #maxAttempts()} polls or {@link
 * #maxTotalTime()}, whichever comes first.
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
  private final Backoff backoff;
  private final Consumer<WaitAttempt> listener;

  private WaiterOptions(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.maxTotalTime = b.maxTotalTime;
    this.backoff = b.backoff;
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
    return backoff.initial();
  }

  /**
   * Returns the largest interval between two polls.
   *
   * @return a non-negative duration
   */
  public Duration maxInterval() {
    return backoff.max();
  }

  /**
   * Returns the largest fraction of an interval removed at random.
   *
   * @return between 0 (none) and 1
   */
  public double jitter() {
    return backoff.jitter();
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
    return backoff.delayAfter(attempt, random);
  }

  /**
   * Returns the backoff between polls; {@link #initialInterval()}, {@link #maxInterval()} and
   * {@link #jitter()} are part of it.
   *
   * @return the backoff, the same type {@link com.newstore.sdk.client.RetryPolicy} uses
   */
  public Backoff backoff() {
    return backoff;
  }

  @Override
  public String toString() {
    return "WaiterOptions[maxAttempts="
        + maxAttempts
        + ", maxTotalTime="
        + maxTotalTime
        + ", backoff="
        + backoff
        + "]";
  }

  /** Builds {@link WaiterOptions}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 40;
    private Duration maxTotalTime = Duration.ofMinutes(5);
    private Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), 2, 0.2);
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
      this.maxAttempts = Durations.atLeastOne(maxAttempts, "maxAttempts");
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
      this.backoff = backoff.withInitial(Durations.nonNegative(initialInterval, "initialInterval"));
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
      this.backoff = backoff.withMax(Durations.nonNegative(maxInterval, "maxInterval"));
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
      this.backoff = backoff.withJitter(jitter);
      return this;
    }

    /**
     * Sets the whole backoff between polls at once (initial and largest interval, multiplier,
     * jitter); by default 2 s doubling up to 30 s, jitter 0.2.
     *
     * @param backoff the backoff
     * @return this builder
     */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff == null");
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
