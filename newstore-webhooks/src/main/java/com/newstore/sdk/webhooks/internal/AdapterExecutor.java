package com.newstore.sdk.webhooks.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The executor handed to the JDK {@code HttpServer}: a bounded pool of I/O threads with a bounded
 * queue, each task (one request on one connection: read the head, call the handler) under the head
 * deadline of {@link AdapterDeadlines}.
 *
 * <p>The head deadline runs from the moment the JDK hands the connection over (it became readable),
 * not from when a thread picks it up, so queued slow peers expire too. A task whose deadline
 * already passed in the queue, and a task the full queue cannot take, is run at once on the calling
 * thread with its interrupt flag set: the JDK's first channel read then closes the connection (the
 * peer sees a reset) without reading anything or holding any thread. Throwing {@link
 * RejectedExecutionException} instead would leave the connection open and unanswered.
 */
public final class AdapterExecutor implements Executor, AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final AdapterDeadlines deadlines;
  private final long headTimeoutNanos;
  private final AtomicLong dropped = new AtomicLong();

  /**
   * Creates the pool; threads start on demand.
   *
   * @param threads the I/O threads
   * @param queue the tasks that may wait for a thread
   * @param headTimeoutNanos the head deadline
   * @param deadlines the watchdog
   * @param threadPrefix the threads' name prefix
   */
  public AdapterExecutor(
      int threads,
      int queue,
      long headTimeoutNanos,
      AdapterDeadlines deadlines,
      String threadPrefix) {
    AtomicInteger count = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, threadPrefix + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    this.deadlines = deadlines;
    this.headTimeoutNanos = headTimeoutNanos;
  }

  @Override
  public void execute(Runnable exchange) {
    long deadline = System.nanoTime() + headTimeoutNanos;
    try {
      pool.execute(() -> run(exchange, deadline));
    } catch (RejectedExecutionException e) {
      drop(exchange);
    }
  }

  private void run(Runnable exchange, long deadline) {
    if (System.nanoTime() - deadline > 0) {
      drop(exchange);
      return;
    }
    AdapterDeadlines.Entry entry = deadlines.begin(deadline);
    AdapterDeadlines.CURRENT.set(entry);
    try {
      exchange.run();
    } catch (Throwable e) { // an Error in one exchange must not end the worker thread's loop
      // nothing to answer here: the JDK has the connection; the adapter answered what it could
    } finally {
      AdapterDeadlines.CURRENT.remove();
      entry.end();
    }
  }

  /** Runs the JDK's exchange interrupted, so it closes the connection at its first read. */
  private void drop(Runnable exchange) {
    dropped.incrementAndGet();
    boolean wasInterrupted = Thread.interrupted();
    Thread.currentThread().interrupt();
    try {
      exchange.run();
    } catch (Throwable e) {
      // the connection is closed either way
    } finally {
      Thread.interrupted();
      if (wasInterrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Returns how many connections were closed unread: the queue was full or the head deadline passed
   * while waiting.
   *
   * @return the count since start
   */
  public long dropped() {
    return dropped.get();
  }

  /** Stops the threads at once; blocked reads end with the interrupt. */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  /**
   * Waits for the threads to end.
   *
   * @param millis the longest wait
   * @return true when every thread ended
   * @throws InterruptedException when interrupted while waiting
   */
  public boolean awaitTermination(long millis) throws InterruptedException {
    return pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
  }
}
