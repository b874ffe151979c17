package com.newstore.sdk.webhooks.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Ends blocked socket reads and writes of the JDK server's worker threads past a deadline.
 *
 * <p>The JDK {@code HttpServer} reads and writes through blocking {@code SocketChannel}s, which are
 * interruptible: interrupting a thread blocked in (or about to enter) a channel operation closes
 * the channel. So one watchdog thread that interrupts the worker whose deadline has passed drops a
 * slow peer's connection without any per-connection timeout API. Interrupts are only sent while a
 * worker is in a {@link Phase#IO} phase, under the entry's lock, and the flag is cleared before the
 * worker takes its next task, so they never leak into the next request.
 */
public final class AdapterDeadlines implements AutoCloseable {
  /** How often the watchdog looks: the deadlines are honoured to within this much. */
  static final long TICK_MILLIS = 100;

  private final Set<Entry> entries = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService watchdog;

  /**
   * Starts the watchdog thread.
   *
   * @param threadName the watchdog thread's name
   */
  public AdapterDeadlines(String threadName) {
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    watchdog.scheduleWithFixedDelay(this::sweep, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** What the registered thread does now. */
  public enum Phase {
    /** Reading or writing the socket: interrupted once the deadline passes. */
    IO,
    /** Waiting for the handler, which has its own deadline: never interrupted. */
    WAIT,
    /** Finished: never interrupted again. */
    DONE
  }

  /**
   * Registers the current thread with an I/O deadline.
   *
   * @param deadlineNanos the {@link System#nanoTime()} past which its socket is closed
   * @return the entry to move through its phases; {@link Entry#end()} it in a finally block
   */
  public Entry begin(long deadlineNanos) {
    Entry entry = new Entry(Thread.currentThread(), deadlineNanos);
    entries.add(entry);
    return entry;
  }

  private void sweep() {
    try {
      long now = System.nanoTime();
      for (Entry entry : entries) {
        entry.interruptIfLate(now);
      }
    } catch (Throwable e) { // an OutOfMemoryError elsewhere must not end the periodic sweep
      // the next tick tries again
    }
  }

  /** Stops the watchdog thread. */
  @Override
  public void close() {
    watchdog.shutdownNow();
  }

  /** One worker thread's current phase and deadline. */
  public final class Entry {
    private final Thread thread;
    private Phase phase = Phase.IO;
    private long deadlineNanos;
    private boolean expired;

    private Entry(Thread thread, long deadlineNanos) {
      this.thread = thread;
      this.deadlineNanos = deadlineNanos;
    }

    /**
     * Enters a socket phase with a new deadline.
     *
     * @param deadlineNanos the {@link System#nanoTime()} past which the socket is closed
     */
    public synchronized void io(long deadlineNanos) {
      if (phase != Phase.DONE) {
        this.phase = Phase.IO;
        this.deadlineNanos = deadlineNanos;
      }
    }

    /** Enters a phase that is never interrupted, such as waiting for the handler. */
    public synchronized void waiting() {
      if (phase != Phase.DONE) {
        this.phase = Phase.WAIT;
      }
    }

    /**
     * Tells whether the watchdog closed this thread's socket.
     *
     * @return true once a deadline passed during an I/O phase
     */
    public synchronized boolean expired() {
      return expired;
    }

    synchronized void interruptIfLate(long now) {
      if (phase == Phase.IO && now - deadlineNanos > 0) {
        expired = true;
        phase = Phase.DONE;
        thread.interrupt();
      }
    }

    /** Unregisters the thread and clears an interrupt the watchdog may have sent it. */
    public void end() {
      synchronized (this) {
        phase = Phase.DONE;
      }
      entries.remove(this);
      if (Thread.currentThread() == thread) {
        Thread.interrupted();
      }
    }
  }

  /**
   * Returns the entry of the current thread, if a deadline-aware executor runs it.
   *
   * @return the entry, or null
   */
  public static @Nullable Entry current() {
    return CURRENT.get();
  }

  static final ThreadLocal<Entry> CURRENT = new ThreadLocal<>();
}
