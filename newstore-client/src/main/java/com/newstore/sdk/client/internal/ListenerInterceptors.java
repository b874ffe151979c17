package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.AttemptEvent;
import com.newstore.sdk.client.CallEvent;
import com.newstore.sdk.client.CallEvent.CallOutcome;
import com.newstore.sdk.client.ClientListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;

/**
 * Reports calls and attempts to a {@link ClientListener}: one interceptor sits above the retry
 * interceptor and sees the whole call, one below it sees each attempt. The two share one {@link
 * Observation} carried as a request tag, because the retry interceptor sends the same request
 * object on every attempt.
 */
public final class ListenerInterceptors {
  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.client.listener");

  private final ClientListener listener;
  private final Clock clock;
  private final String fallbackEndpointId;

  /**
   * Creates the pair.
   *
   * @param listener where events go
   * @param clock measures durations
   * @param fallbackEndpointId the id reported for requests that carry no {@link Endpoint}
   */
  public ListenerInterceptors(ClientListener listener, Clock clock, String fallbackEndpointId) {
    this.listener = listener;
    this.clock = clock;
    this.fallbackEndpointId = fallbackEndpointId;
  }

  /**
   * Adds the retry interceptor to a client, between the call-level and the attempt-level listener
   * interceptors. With the default listener nothing is observed, so only the retry interceptor is
   * added: a call pays no pass-through links in the chain.
   *
   * @param http the client being built
   * @param retry the retry interceptor
   */
  public void addAroundRetries(OkHttpClient.Builder http, Interceptor retry) {
    boolean observed = listener != ClientListener.none();
    if (observed) {
      http.addInterceptor(this::interceptCall);
    }
    http.addInterceptor(retry);
    if (observed) {
      http.addInterceptor(this::interceptAttempt);
    }
  }

  private Response interceptCall(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    Observation observation = new Observation(endpointId(request), clock.instant());
    try {
      Response response =
          chain.proceed(request.newBuilder().tag(Observation.class, observation).build());
      report(observation, request, response.code(), CallOutcome.ofStatus(response.code()));
      return response;
    } catch (IOException | RuntimeException e) {
      boolean canceled = chain.call().isCanceled() || e instanceof InterruptedIOException;
      report(observation, request, 0, canceled ? CallOutcome.CANCELED : CallOutcome.NETWORK_ERROR);
      throw e;
    }
  }

  private Response interceptAttempt(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    Observation observation = request.tag(Observation.class);
    if (observation == null) {
      return chain.proceed(request);
    }
    observation.attempts++;
    Optional<String> retryReason = Optional.ofNullable(observation.lastFailure);
    Instant start = clock.instant();
    try {
      Response response = chain.proceed(request);
      observation.lastFailure = "status " + response.code();
      notify(
          new AttemptEvent(
              observation.endpointId,
              request.method(),
              observation.attempts,
              response.code(),
              Duration.between(start, clock.instant()),
              Optional.empty(),
              retryReason));
      return response;
    } catch (IOException e) {
      observation.lastFailure = e.getClass().getSimpleName();
      notify(
          new AttemptEvent(
              observation.endpointId,
              request.method(),
              observation.attempts,
              0,
              Duration.between(start, clock.instant()),
              Optional.of(e.getClass().getSimpleName()),
              retryReason));
      throw e;
    }
  }

  private void report(Observation observation, Request request, int status, CallOutcome outcome) {
    CallEvent event =
        new CallEvent(
            observation.endpointId,
            request.method(),
            status,
            Duration.between(observation.start, clock.instant()),
            Math.max(1, observation.attempts),
            outcome);
    try {
      listener.onCall(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "ClientListener.onCall threw; the call is not affected", e);
    }
  }

  private void notify(AttemptEvent event) {
    try {
      listener.onAttempt(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "ClientListener.onAttempt threw; the call is not affected", e);
    }
  }

  private String endpointId(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    Endpoint endpoint =
        invocation == null ? null : invocation.method().getAnnotation(Endpoint.class);
    return endpoint != null ? endpoint.value() : fallbackEndpointId;
  }

  /** What one call has seen so far; touched only by the thread running the call. */
  private static final class Observation {
    final String endpointId;
    final Instant start;
    int attempts;
    @Nullable String lastFailure;

    Observation(String endpointId, Instant start) {
      this.endpointId = endpointId;
      this.start = start;
    }
  }
}
