package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterResult;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.jspecify.annotations.Nullable;

/**
 * Owns what the waiters of one client share: the scheduler (given, or created on first use), the
 * clock, and the set of running waits that {@link #close()} stops. Thread-safe.
 */
public final class WaiterRuntime {
  /** Threads of the scheduler the client creates: a poll holds one for its HTTP exchange. */
  private static final int OWN_THREADS = 2;

  private final @Nullable ScheduledExecutorService givenScheduler;
  private final Clock clock;
  private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();
  private @Nullable ScheduledExecutorService ownScheduler;
  private boolean closed;
  private Runnable checkClientOpen = () -> {};

  /**
   * Creates the runtime.
   *
   * @param givenScheduler the caller's scheduler, never shut down here; null to create one
   * @param clock the clock waiters measure time with
   */
  public WaiterRuntime(@Nullable ScheduledExecutorService givenScheduler, Clock clock) {
    this.givenScheduler = givenScheduler;
    this.clock = clock;
  }

  /**
   * Starts one wait.
   *
   * @param spec what to poll
   * @param options attempts, time and intervals
   * @param <T> the status type
   * @return the future result
   * @throws IllegalStateException when the client was closed
   */
  public <T> CompletableFuture<WaiterResult<T>> start(PollSpec<T> spec, WaiterOptions options) {
    checkClientOpen.run();
    CompletableFuture<WaiterResult<T>> future = Poller.start(spec, options, scheduler(), clock);
    running.add(future);
    future.whenComplete((r, t) -> running.remove(future));
    return future;
  }

  /**
   * Makes every later wait check first that the NewStore client is open.
   *
   * @param check throws {@code IllegalStateException} when the client is closed
   */
  public void checkClientOpenWith(Runnable check) {
    this.checkClientOpen = check;
  }

  /** Fails every running wait and shuts down the scheduler this runtime created. */
  public void close() {
    ScheduledExecutorService own;
    synchronized (this) {
      closed = true;
      own = ownScheduler;
    }
    for (CompletableFuture<?> future : List.copyOf(running)) {
      future.completeExceptionally(
          new NewStoreException("FulfillmentProviderClient was closed; waiting stopped"));
    }
    if (own != null) {
      own.shutdownNow();
    }
  }

  private synchronized ScheduledExecutorService scheduler() {
    if (closed) {
      throw new IllegalStateException("FulfillmentProviderClient is closed");
    }
    if (givenScheduler != null) {
      return givenScheduler;
    }
    if (ownScheduler == null) {
      ScheduledThreadPoolExecutor s =
          new ScheduledThreadPoolExecutor(
              OWN_THREADS,
              r -> {
                Thread t = new Thread(r, "newstore-fulfillment-waiter");
                t.setDaemon(true);
                return t;
              });
      s.setRemoveOnCancelPolicy(true);
      ownScheduler = s;
    }
    return ownScheduler;
  }
}
