package com.newstore.sdk.spring;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The {@code newstore.retry.*} settings; unset values keep the SDK's defaults. */
public class NewStoreRetryProperties {
  /** How many attempts a call may make in all, the first one included. */
  private @Nullable Integer maxAttempts;

  /** The longest a call may spend retrying. */
  private @Nullable Duration maxTotalTime;

  /**
   * Returns the attempt limit.
   *
   * @return the limit, or null for the SDK's default
   */
  public @Nullable Integer getMaxAttempts() {
    return maxAttempts;
  }

  /**
   * Sets the attempt limit.
   *
   * @param maxAttempts at least 1
   */
  public void setMaxAttempts(@Nullable Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /**
   * Returns the total retry budget.
   *
   * @return the budget, or null for the SDK's default
   */
  public @Nullable Duration getMaxTotalTime() {
    return maxTotalTime;
  }

  /**
   * Sets the total retry budget.
   *
   * @param maxTotalTime a positive duration
   */
  public void setMaxTotalTime(@Nullable Duration maxTotalTime) {
    this.maxTotalTime = maxTotalTime;
  }
}
