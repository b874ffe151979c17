package com.newstore.sdk.spring;

import com.newstore.sdk.client.AttemptEvent;
import com.newstore.sdk.client.CallEvent;
import com.newstore.sdk.client.ClientListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records the client's calls as Micrometer meters: the timer {@code newstore.client.requests} (tags
 * {@code endpoint}, {@code method}, {@code status}, {@code outcome}) and the counter {@code
 * newstore.client.retries} (tags {@code endpoint}, {@code reason}). Tags hold endpoint ids and
 * statuses only, never ids of orders or requests, so their number stays small.
 */
public final class MicrometerClientListener implements ClientListener {
  private final MeterRegistry registry;

  /**
   * Creates the listener.
   *
   * @param registry where the meters go
   */
  public MicrometerClientListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onAttempt(AttemptEvent attempt) {
    attempt
        .retryReason()
        .ifPresent(
            reason ->
                Counter.builder("newstore.client.retries")
                    .description("Attempts the NewStore client made again, by reason")
                    .tag("endpoint", attempt.endpointId())
                    .tag("reason", reason)
                    .register(registry)
                    .increment());
  }

  @Override
  public void onCall(CallEvent call) {
    Timer.builder("newstore.client.requests")
        .description("Calls the NewStore client made, retries included in one call")
        .tag("endpoint", call.endpointId())
        .tag("method", call.method())
        .tag("status", call.status() == 0 ? "none" : Integer.toString(call.status()))
        .tag("outcome", call.outcome().name())
        .register(registry)
        .record(call.duration());
  }
}
