package com.newstore.sdk.spring;

import java.time.Duration;

/** The {@code newstore.health.*} settings of the Actuator health indicator. */
public class NewStoreHealthProperties {
  /** Whether to contribute a "newstore" health indicator when Actuator is present. */
  private boolean enabled = true;

  /** How long one check's result is reused, so health probes do not call NewStore each time. */
  private Duration cacheTtl = Duration.ofSeconds(60);

  /**
   * Returns whether the indicator is contributed.
   *
   * @return true by default
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the indicator is contributed.
   *
   * @param enabled false to leave it out
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns how long a result is reused.
   *
   * @return the cache lifetime
   */
  public Duration getCacheTtl() {
    return cacheTtl;
  }

  /**
   * Sets how long a result is reused.
   *
   * @param cacheTtl zero or positive
   */
  public void setCacheTtl(Duration cacheTtl) {
    this.cacheTtl = cacheTtl;
  }
}
