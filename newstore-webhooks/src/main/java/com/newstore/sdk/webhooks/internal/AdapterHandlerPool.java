package com.newstore.sdk.webhooks.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates the bounded pool the JDK adapter runs webhook handlers on. */
public final class AdapterHandlerPool {
  private AdapterHandlerPool() {}

  /**
   * Returns a pool of daemon threads named {@code newstore-webhooks-N} with a bounded queue; a task
   * beyond the queue is rejected, and idle threads end after 30 s.
   *
   * @param threads the handler threads, at least 1
   * @param queue the requests that may wait for a thread, at least 1
   * @return the pool
   */
  public static ThreadPoolExecutor create(int threads, int queue) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor handlers =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "newstore-webhooks-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    handlers.allowCoreThreadTimeOut(true);
    return handlers;
  }
}
