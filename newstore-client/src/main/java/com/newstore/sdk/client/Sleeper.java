package com.newstore.sdk.client;

import java.time.Duration;

/**
 * Waits between retries. The default blocks the calling thread with {@link Thread#sleep(long)};
 * tests inject a recording sleeper so that no test waits for real.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long to wait; never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that blocks with {@link Thread#sleep(long)}.
   *
   * @return the real sleeper
   */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
