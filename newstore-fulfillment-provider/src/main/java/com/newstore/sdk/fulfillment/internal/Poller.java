package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.internal.ErrorMapper;
import com.newstore.sdk.client.internal.TokenUnavailableException;
import com.newstore.sdk.fulfillment.WaitAttempt;
import com.newstore.sdk.fulfillment.WaitAttempt.Outcome;
import com.newstore.sdk.fulfillment.WaiterException;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterResult;
import com.newstore.sdk.fulfillment.WaiterTimeoutException;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one waiter: polls a status read until its acceptor says success or failure, modelled on AWS
 * SDK waiters. Each poll is a task on the scheduler that executes one call synchronously, as every
 * SDK call does: token refresh and interceptors run on the scheduler thread, never on an OkHttp
 * dispatcher thread, and nothing holds a thread between polls. The read is tagged {@code NoRetry},
 * so the waiter handles {@code 429} and {@code 5xx} itself ({@code Retry-After} bounded by the
 * remaining time). A token provider failure ends the wait at once. Completing the future in any way
 * (cancel, close) cancels the scheduled poll and the call in flight: no further request is sent.
 *
 * @param <T> the status type
 */
public final class Poller<T> {
  private static final System.Logger LOG = System.getLogger(Poller.class.getName());

  /** Judges one status read. */
  public interface Acceptor<T> {
    /**
     * Decides what a status read means.
     *
     * @param status the status read
     * @return success, retry or failure
     */
    Outcome evaluate(T status);

    /**
     * Creates the exception for a failure outcome.
     *
     * @param status the status read that failed
     * @param attempts how many reads were sent
     * @param elapsed how long the waiter ran
     * @return the exception
     */
    default WaiterException failure(T status, int attempts, Duration elapsed) {
      return new WaiterException("The awaited state cannot be reached", attempts, elapsed, null);
    }

    /**
     * Says which units are not confirmed yet, for the message of a waiter that gives up.
     *
     * @param status the last status read, or null when none was read
     * @return a clause such as {@code "not confirmed yet: sku-1"}, or empty
     */
    default String unconfirmed(@Nullable T status) {
      return "";
    }
  }

  private final PollSpec<T> spec;
  private final WaiterOptions options;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final CompletableFuture<WaiterResult<T>> future = new CompletableFuture<>();
  private final Object lock = new Object();
  private final Instant start;

  private @Nullable Future<?> scheduled;
  private @Nullable Call<?> inFlight;
  private int attempts;
  private @Nullable T lastStatus;

  private Poller(
      PollSpec<T> spec, WaiterOptions options, ScheduledExecutorService scheduler, Clock clock) {
    this.spec = spec;
    this.options = options;
    this.scheduler = scheduler;
    this.clock = clock;
    this.start = clock.instant();
  }

  /**
   * Starts a waiter; the first poll is scheduled at once.
   *
   * @param spec what to poll and how to judge it
   * @param options attempts, time and intervals
   * @param scheduler runs the polls
   * @param clock measures elapsed time and resolves {@code Retry-After} dates
   * @param <T> the status type
   * @return the future result; cancel it to stop polling
   */
  public static <T> CompletableFuture<WaiterResult<T>> start(
      PollSpec<T> spec, WaiterOptions options, ScheduledExecutorService scheduler, Clock clock) {
    Poller<T> poller = new Poller<>(spec, options, scheduler, clock);
    // However the future ends (cancelled, or completed by the client's close()), stop polling.
    poller.future.whenComplete((r, t) -> poller.stop());
    poller.schedule(Duration.ZERO);
    return poller.future;
  }

  private void stop() {
    synchronized (lock) {
      if (scheduled != null) {
        scheduled.cancel(false);
      }
      if (inFlight != null) {
        inFlight.cancel();
      }
    }
  }

  private void schedule(Duration delay) {
    synchronized (lock) {
      if (future.isDone()) {
        return;
      }
      try {
        scheduled = scheduler.schedule(this::poll, delay.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        future.completeExceptionally(
            new NewStoreException(
                "The waiter's scheduler refused the next poll (was the client closed?)", e));
      }
    }
  }

  private void poll() {
    Call<Map<String, Object>> call;
    synchronized (lock) {
      if (future.isDone()) {
        return;
      }
      call = spec.read().get();
      inFlight = call;
      attempts++;
    }
    Response<Map<String, Object>> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      handle(call.request().url().encodedPath(), e);
      return;
    } finally {
      synchronized (lock) {
        inFlight = null;
      }
    }
    handle(response);
  }

  private void handle(Response<Map<String, Object>> response) {
    if (future.isDone()) {
      return;
    }
    if (response.isSuccessful()) {
      Map<String, Object> body = response.body();
      T status;
      Outcome outcome;
      try {
        status = spec.parse().apply(body == null ? Map.of() : body);
        outcome = spec.acceptor().evaluate(status);
      } catch (RuntimeException e) {
        fail(new NewStoreDecodingException("Could not read the " + spec.what() + ": " + e, e));
        return;
      }
      lastStatus = status;
      Duration elapsed = elapsed();
      notifyListener(new WaitAttempt(attempts, elapsed, outcome, null));
      switch (outcome) {
        case SUCCESS -> future.complete(new WaiterResult<>(status, attempts, elapsed));
        case FAILURE ->
            future.completeExceptionally(spec.acceptor().failure(status, attempts, elapsed));
        case RETRY -> next(null, null);
      }
      return;
    }
    byte[] errorBody = ErrorMapper.readCapped(response.errorBody());
    NewStoreApiException e =
        ErrorMapper.toException(ErrorMapper.decode(response.raw(), errorBody, clock));
    int code = e.statusCode();
    if (code == 404 || code == 429 || code >= 500) {
      notifyListener(new WaitAttempt(attempts, elapsed(), Outcome.RETRY, e));
      next(e, code == 429 || code == 503 ? e.retryAfter().orElse(null) : null);
    } else {
      fail(e);
    }
  }

  private void handle(String path, Throwable t) {
    if (future.isDone()) {
      return;
    }
    NewStoreException tokenFailure = TokenUnavailableException.unwrap(t);
    if (tokenFailure != null) {
      // A refused or unreachable token endpoint: polling again cannot help, and the token
      // provider has applied its own retries already.
      fail(tokenFailure);
    } else if (t instanceof JsonDataException
        || t instanceof JsonEncodingException
        || t instanceof EOFException) {
      fail(
          new NewStoreDecodingException(
              "NewStore's " + spec.what() + " is not the expected JSON", t));
    } else if (t instanceof InterruptedIOException && "executor rejected".equals(t.getMessage())) {
      // OkHttp's dispatcher is shut down: the NewStoreClient was closed. Polling cannot help.
      notifyListener(new WaitAttempt(attempts, elapsed(), Outcome.FAILURE, null));
      future.completeExceptionally(new IllegalStateException("NewStoreClient is closed", t));
    } else if (t instanceof IOException io) {
      NewStoreException e = ErrorMapper.networkFailure("GET", path, io);
      notifyListener(new WaitAttempt(attempts, elapsed(), Outcome.RETRY, e));
      next(e, null);
    } else if (t instanceof NewStoreException e) {
      fail(e);
    } else {
      fail(new NewStoreException("The " + spec.what() + " waiter failed: " + t, t));
    }
  }

  private void fail(NewStoreException e) {
    notifyListener(new WaitAttempt(attempts, elapsed(), Outcome.FAILURE, e));
    future.completeExceptionally(e);
  }

  /** Schedules the next poll, or ends the waiter when attempts or time are used up. */
  private void next(@Nullable NewStoreException error, @Nullable Duration retryAfter) {
    Duration elapsed = elapsed();
    if (attempts >= options.maxAttempts()) {
      timeout("gave up after " + attempts + " attempts", elapsed, error);
      return;
    }
    Duration remaining = options.maxTotalTime().minus(elapsed);
    if (remaining.isNegative() || remaining.isZero()) {
      timeout("the total time of " + options.maxTotalTime() + " is used up", elapsed, error);
      return;
    }
    Duration delay;
    if (retryAfter != null) {
      if (retryAfter.compareTo(remaining) > 0) {
        timeout(
            "NewStore asked to wait "
                + retryAfter
                + " (Retry-After), more than the remaining "
                + remaining,
            elapsed,
            error);
        return;
      }
      delay = retryAfter;
    } else {
      Duration interval = options.intervalAfter(attempts, ThreadLocalRandom.current().nextDouble());
      delay = interval.compareTo(remaining) < 0 ? interval : remaining;
    }
    schedule(delay);
  }

  private void timeout(String why, Duration elapsed, @Nullable NewStoreException error) {
    String open = spec.acceptor().unconfirmed(lastStatus);
    future.completeExceptionally(
        new WaiterTimeoutException(
            "NewStore did not confirm the "
                + spec.what()
                + ": "
                + why
                + " (in "
                + elapsed
                + ")"
                + (open.isEmpty() ? "" : "; " + open),
            attempts,
            elapsed,
            lastStatus,
            error));
  }

  private Duration elapsed() {
    Duration d = Duration.between(start, clock.instant());
    return d.isNegative() ? Duration.ZERO : d;
  }

  private void notifyListener(WaitAttempt attempt) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            "Waiter for the "
                + spec.what()
                + ": attempt "
                + attempt.attempt()
                + " after "
                + attempt.elapsed()
                + " -> "
                + attempt.outcome()
                + (attempt.error() == null ? "" : " (" + attempt.error().getMessage() + ")"));
    try {
      options.listener().accept(Objects.requireNonNull(attempt));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Waiter listener failed; ignored", e);
    }
  }
}
