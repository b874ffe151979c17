package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.thing;
import static com.newstore.sdk.client.TestServers.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.CallEvent.CallOutcome;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class ClientListenerTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer identity = new MockWebServer();
  final FakeTime time = new FakeTime();
  final Recorder recorder = new Recorder();

  @Test
  void retriedGet_reportsEachAttemptWithItsRetryReasonAndOneCall() {
    server.enqueue(json(503, ""));
    server.enqueue(thing());
    try (NewStoreClient client = TestServers.client(server, time).listener(recorder).build()) {
      get(client);
    }

    assertThat(recorder.attempts)
        .extracting(AttemptEvent::endpointId, AttemptEvent::attempt, AttemptEvent::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("things.get", 1, 503),
            org.assertj.core.groups.Tuple.tuple("things.get", 2, 200));
    assertThat(recorder.attempts.get(0).retryReason()).isEmpty();
    assertThat(recorder.attempts.get(1).retryReason()).contains("status 503");
    assertThat(recorder.attempts.get(1).isRetry()).isTrue();
    assertThat(recorder.calls)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.endpointId()).isEqualTo("things.get");
              assertThat(call.method()).isEqualTo("GET");
              assertThat(call.status()).isEqualTo(200);
              assertThat(call.attempts()).isEqualTo(2);
              assertThat(call.outcome()).isEqualTo(CallOutcome.SUCCESS);
              assertThat(call.duration()).isEqualTo(time.sleeps.get(0));
            });
  }

  @Test
  void errorAnswer_isReportedAsClientErrorWithItsStatus() {
    server.enqueue(json(404, "{\"error_code\":\"not_found\"}"));
    try (NewStoreClient client = TestServers.client(server, time).listener(recorder).build()) {
      assertThatThrownBy(() -> get(client)).isInstanceOf(NotFoundException.class);
    }
    assertThat(recorder.calls)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.status()).isEqualTo(404);
              assertThat(call.outcome()).isEqualTo(CallOutcome.CLIENT_ERROR);
            });
  }

  @Test
  void noAnswer_isReportedAsNetworkErrorWithTheFailure() {
    server.enqueue(
        new mockwebserver3.MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
    try (NewStoreClient client =
        TestServers.client(server, time)
            .retryPolicy(RetryPolicy.none())
            .listener(recorder)
            .build()) {
      assertThatThrownBy(() -> get(client)).isInstanceOf(NewStoreException.class);
    }
    assertThat(recorder.attempts)
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.status()).isZero();
              assertThat(attempt.failure()).isPresent();
            });
    assertThat(recorder.calls)
        .singleElement()
        .satisfies(call -> assertThat(call.outcome()).isEqualTo(CallOutcome.NETWORK_ERROR));
  }

  @Test
  void tokenRequest_isReportedAsAuthToken_andEventsCarryNoSecret() {
    identity.enqueue(token("secret-token-value", 3600));
    server.enqueue(thing());
    try (NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(server.url("/").toString())
            .tokenUrl(identity.url("/token").toString())
            .credentials("integration", "client-secret-value")
            .clock(time)
            .sleeper(time)
            .listener(recorder)
            .build()) {
      get(client);
    }

    assertThat(recorder.calls)
        .extracting(CallEvent::endpointId)
        .containsExactlyInAnyOrder("auth.token", "things.get");
    assertThat(recorder.calls.toString() + recorder.attempts)
        .doesNotContain("secret-token-value", "client-secret-value", "integration");
  }

  @Test
  void throwingListener_neverFailsTheCall() {
    server.enqueue(thing());
    ClientListener broken =
        new ClientListener() {
          @Override
          public void onCall(CallEvent call) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void onAttempt(AttemptEvent attempt) {
            throw new IllegalStateException("listener bug");
          }
        };
    try (NewStoreClient client = TestServers.client(server, time).listener(broken).build()) {
      assertThat(get(client).name()).isEqualTo("a");
    }
  }

  private static ThingsApi.Thing get(NewStoreClient client) {
    Transport t = Transport.of(client);
    return t.executor().execute(t.create(ThingsApi.class).get("1"));
  }

  static final class Recorder implements ClientListener {
    final List<AttemptEvent> attempts = new CopyOnWriteArrayList<>();
    final List<CallEvent> calls = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(AttemptEvent attempt) {
      attempts.add(attempt);
    }

    @Override
    public void onCall(CallEvent call) {
      calls.add(call);
    }
  }
}
