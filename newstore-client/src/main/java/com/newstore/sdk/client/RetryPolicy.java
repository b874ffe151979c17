package com.newstore.sdk.client;

import com.newstore.sdk.client.internal.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * Decides how the SDK retries failed calls. Immutable and thread-safe.
 *
 * <p>Retried: connection failures (refused, reset, a timeout before the response), {@code 429},
 * {@code 502}, {@code 503} and {@code 504}, and {@code 500} for idempotent requests. A {@code POST}
 * is retried only when its endpoint is documented as safe to repeat (its javadoc says so); an
 * unsafe {@code POST} is sent at most once unless the connection failed before the request was
 * written. Never retried: any other 4xx.
 *
 * <p>Waits use exponential backoff with full jitter (a {@link Backoff}): before retry {@code n} the
 * SDK waits a random time up to {@code min(maxBackoff, initialBackoff * 2^(n-1))}. When NewStore
 * sends {@code Retry-After} (seconds or an HTTP date) the SDK waits exactly that long instead,
 * unless it exceeds {@link #maxRetryAfter()}, in which case it gives up at once and throws {@link
 * RateLimitException} carrying the delay. Retries stop after {@link #maxAttempts()} attempts or
 * when the next wait would end after {@link #maxTotalTime()} from the first attempt, whichever
 * comes first.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxAttempts(5)
 *     .maxTotalTime(Duration.ofSeconds(20))
 *     .build();
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration maxTotalTime;
  private final Backoff backoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.maxTotalTime = b.maxTotalTime;
    this.backoff = b.backoff;
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /**
   * Returns the default policy: 4 attempts, 30 s in total, backoff from 250 ms up to 5 s, {@code
   * Retry-After} honoured up to 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return a single-attempt policy
   */
  public static RetryPolicy none() {
    return NONE;
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
   * Returns a builder initialised with this policy's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.maxTotalTime = maxTotalTime;
    b.backoff = backoff;
    b.maxRetryAfter = maxRetryAfter;
    return b;
  }

  /**
   * Returns the most attempts made for one call, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the longest time from the first attempt after which no retry starts.
   *
   * @return a positive duration
   */
  public Duration maxTotalTime() {
    return maxTotalTime;
  }

  /**
   * Returns the backoff cap before the first retry.
   *
   * @return a non-negative duration
   */
  public Duration initialBackoff() {
    return backoff.initial();
  }

  /**
   * Returns the largest backoff between two attempts.
   *
   * @return a non-negative duration
   */
  public Duration maxBackoff() {
    return backoff.max();
  }

  /**
   * Returns the backoff between attempts; {@link #initialBackoff()} and {@link #maxBackoff()} are
   * part of it.
   *
   * @return the backoff
   */
  public Backoff backoff() {
    return backoff;
  }

  /**
   * Returns the longest {@code Retry-After} the SDK waits; a longer one ends the retries.
   *
   * @return a non-negative duration
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", maxTotalTime="
        + maxTotalTime
        + ", initialBackoff="
        + backoff.initial()
        + ", maxBackoff="
        + backoff.max()
        + ", jitter="
        + backoff.jitter()
        + ", maxRetryAfter="
        + maxRetryAfter
        + "]";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration maxTotalTime = Duration.ofSeconds(30);
    private Backoff backoff = Backoff.of(Duration.ofMillis(250), Duration.ofSeconds(5));
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Sets the most attempts for one call, the first included.
     *
     * @param maxAttempts at least 1; 1 disables retries
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = Durations.atLeastOne(maxAttempts, "maxAttempts");
      return this;
    }

    /**
     * Sets the time after the first attempt beyond which no retry starts.
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
     * Sets the backoff cap before the first retry; it doubles for each further retry.
     *
     * @param initialBackoff a non-negative duration
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.backoff = backoff.withInitial(Durations.nonNegative(initialBackoff, "initialBackoff"));
      return this;
    }

    /**
     * Sets the largest backoff between two attempts.
     *
     * @param maxBackoff a non-negative duration
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.backoff = backoff.withMax(Durations.nonNegative(maxBackoff, "maxBackoff"));
      return this;
    }

    /**
     * Sets the whole backoff (initial and largest wait, multiplier, jitter) at once; by default
     * {@code Backoff.of(250 ms, 5 s)}, doubling with full jitter.
     *
     * @param backoff the backoff between attempts
     * @return this builder
     */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff == null");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the SDK honours; a longer one ends the retries.
     *
     * @param maxRetryAfter a non-negative duration
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Durations.nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return an immutable policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
