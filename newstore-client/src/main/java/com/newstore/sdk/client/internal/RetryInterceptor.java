package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;

/**
 * Retries failed attempts according to a {@link RetryPolicy}. It runs on the thread that executes
 * the call: the SDK only makes synchronous calls, so it never sleeps on an OkHttp dispatcher
 * thread. A request tagged {@link NoRetry} is sent once, untouched.
 */
public final class RetryInterceptor implements Interceptor {
  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.client.retry");

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;

  /**
   * Creates the interceptor.
   *
   * @param policy when and how long to retry
   * @param sleeper how to wait between attempts
   * @param clock the clock for total-time budgets and HTTP dates
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.tag(NoRetry.class) != null) {
      return chain.proceed(request);
    }
    boolean repeatable = isRepeatable(request);
    Instant start = clock.instant();
    for (int attempt = 1; ; attempt++) {
      Response response = null;
      IOException failure = null;
      try {
        response = chain.proceed(request);
        if (repeatable && attempt < policy.maxAttempts()) {
          bufferBody(response);
        }
      } catch (IOException e) {
        // A token failure has been retried by the token provider already; a too-large answer
        // would only be too large again.
        if (chain.call().isCanceled()
            || e instanceof TokenUnavailableException
            || e instanceof ResponseSizeLimit.TooLargeException) {
          throw e;
        }
        failure = e;
      }
      Duration delay = nextDelay(request, repeatable, attempt, start, response, failure);
      if (delay == null) {
        if (failure != null) {
          failure.addSuppressed(new AttemptsMade(attempt));
          throw failure;
        }
        return response;
      }
      LOG.log(
          Level.DEBUG,
          () ->
              "Retrying "
                  + request.method()
                  + " "
                  + request.url().encodedPath()
                  + " in "
                  + delay.toMillis()
                  + " ms");
      if (response != null) {
        response.close();
      }
      pause(delay);
      if (chain.call().isCanceled()) {
        throw new IOException("Canceled");
      }
    }
  }

  /** Returns how long to wait before the next attempt, or null to stop here. */
  private @Nullable Duration nextDelay(
      Request request,
      boolean repeatable,
      int attempt,
      Instant start,
      @Nullable Response response,
      @Nullable IOException failure) {
    if (attempt >= policy.maxAttempts()) {
      return null;
    }
    Duration delay;
    if (failure != null) {
      if (!(repeatable || neverSent(failure))) {
        return null;
      }
      delay = backoff(attempt);
    } else {
      int code = response.code();
      if (!isRetryableStatus(code, repeatable)) {
        return null;
      }
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        LOG.log(
            Level.WARNING,
            "NewStore asked to wait {0} s before retrying {1} {2}; above the retry policy cap of {3}"
                + " s, so the SDK gives up",
            retryAfter.toSeconds(),
            request.method(),
            request.url().encodedPath(),
            policy.maxRetryAfter().toSeconds());
        return null;
      }
      delay = retryAfter != null ? retryAfter : backoff(attempt);
    }
    Instant resumeAt = clock.instant().plus(delay);
    if (Duration.between(start, resumeAt).compareTo(policy.maxTotalTime()) > 0) {
      return null;
    }
    return delay;
  }

  /**
   * Reads the whole body now, so that a body cut off mid-way fails here, where the attempt can
   * still be retried, rather than later in the JSON converter. NewStore's bodies are small.
   */
  private static void bufferBody(Response response) throws IOException {
    try {
      response.body().source().request(Long.MAX_VALUE);
    } catch (IOException e) {
      response.close();
      throw e;
    }
  }

  private static boolean isRetryableStatus(int code, boolean repeatable) {
    switch (code) {
      case 429:
      case 502:
      case 503:
      case 504:
      case 500:
        return repeatable;
      default:
        return false;
    }
  }

  /** True when the request never reached the server, so even an unsafe POST may be sent again. */
  private static boolean neverSent(IOException failure) {
    return failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException;
  }

  private Duration backoff(int attempt) {
    return policy.backoff().delayAfter(attempt, ThreadLocalRandom.current().nextDouble());
  }

  private void pause(Duration delay) throws IOException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new RetryInterruptedException("Interrupted while waiting to retry");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  /**
   * Returns whether the request may be sent more than once: idempotent HTTP methods, requests whose
   * endpoint is marked {@link Endpoint#safeToRetry()}, and requests tagged {@link SafeToRetry}.
   *
   * @param request the request
   * @return true when a retry cannot cause a second effect
   */
  public static boolean isRepeatable(Request request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
      case "OPTIONS":
        return true;
      default:
        break;
    }
    if (request.tag(SafeToRetry.class) != null) {
      return true;
    }
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return false;
    }
    Endpoint endpoint = invocation.method().getAnnotation(Endpoint.class);
    return endpoint != null && endpoint.safeToRetry();
  }

  /**
   * Attached (suppressed) to the failure the interceptor gives up on, so that the message can say
   * how often the call was tried.
   */
  public static final class AttemptsMade extends Exception {
    private static final long serialVersionUID = 1L;
    private final int attempts;

    AttemptsMade(int attempts) {
      super("tried " + attempts + " time(s)", null, false, false);
      this.attempts = attempts;
    }

    /**
     * Returns how many attempts were made.
     *
     * @return at least 1
     */
    public int attempts() {
      return attempts;
    }
  }

  /** Thrown when the thread was interrupted during a retry wait; the interrupt flag is set. */
  public static final class RetryInterruptedException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    RetryInterruptedException(String message) {
      super(message);
    }
  }
}
