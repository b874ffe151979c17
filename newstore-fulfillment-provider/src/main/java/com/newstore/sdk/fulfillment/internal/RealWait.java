package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.NewStoreInterruptedException;
import com.newstore.sdk.fulfillment.Wait;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterResult;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The one {@link Wait} implementation: a {@link PollSpec} plus options, run by a {@link
 * WaiterRuntime}.
 *
 * @param <T> the status type
 */
public final class RealWait<T> implements Wait<T> {
  private final WaiterRuntime runtime;
  private final PollSpec<T> spec;
  private final WaiterOptions options;

  /**
   * Creates a wait.
   *
   * @param runtime runs the polls
   * @param spec what to poll
   * @param options attempts, time and intervals
   */
  public RealWait(WaiterRuntime runtime, PollSpec<T> spec, WaiterOptions options) {
    this.runtime = runtime;
    this.spec = spec;
    this.options = options;
  }

  @Override
  public Wait<T> options(WaiterOptions options) {
    Checks.of("wait").notNull("options", options).throwIfInvalid();
    return new RealWait<>(runtime, spec, options);
  }

  @Override
  public WaiterResult<T> await() {
    CompletableFuture<WaiterResult<T>> future = start();
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new NewStoreInterruptedException("Interrupted while waiting; polling stopped", e);
    } catch (CancellationException e) {
      throw new NewStoreException("The waiter was cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = Objects.requireNonNull(e.getCause());
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new NewStoreException("The waiter failed: " + cause, cause);
    }
  }

  @Override
  public CompletableFuture<WaiterResult<T>> start() {
    return runtime.start(spec, options);
  }

  @Override
  public String toString() {
    return "Wait[" + spec.what() + ", " + options + "]";
  }
}
