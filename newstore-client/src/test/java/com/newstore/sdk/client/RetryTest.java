package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.thing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class RetryTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();
  final ThingsApi.Thing body = new ThingsApi.Thing("a", 5, List.of(ThingsApi.Kind.STORE), null);

  <T> T run(NewStoreClient client, java.util.function.Function<ThingsApi, retrofit2.Call<T>> f) {
    Transport t = Transport.of(client);
    return t.executor().execute(f.apply(t.create(ThingsApi.class)));
  }

  NewStoreClient client() {
    return TestServers.client(server, time).build();
  }

  @Test
  void get_503Then200_succeeds() {
    server.enqueue(json(503, ""));
    server.enqueue(thing());
    try (NewStoreClient client = client()) {
      assertThat(run(client, a -> a.get("1")).name()).isEqualTo("a");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).hasSize(1);
    assertThat(time.sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(250));
  }

  @Test
  void get_429WithRetryAfterSeconds_waitsExactlyThatLong() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
    server.enqueue(thing());
    try (NewStoreClient client = client()) {
      run(client, a -> a.get("1"));
    }
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void get_429WithRetryAfterHttpDate_waitsUntilThatDate() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", date).build());
    server.enqueue(thing());
    try (NewStoreClient client = client()) {
      run(client, a -> a.get("1"));
    }
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAboveCap_givesUpAtOnceWithTheDelay() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void maxAttempts_stopsRetries() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(503, "{\"error_code\":\"unavailable\"}"));
    }
    try (NewStoreClient client =
        TestServers.client(server, time)
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .build()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOfSatisfying(
              ServerException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void maxTotalTime_stopsRetries() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "4").build());
    }
    try (NewStoreClient client =
        TestServers.client(server, time)
            .retryPolicy(
                RetryPolicy.builder().maxAttempts(10).maxTotalTime(Duration.ofSeconds(10)).build())
            .build()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1"))).isInstanceOf(RateLimitException.class);
    }
    // Waits at 4 s and 8 s fit in 10 s; a third would end at 12 s.
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
  }

  @Test
  void badRequest_isNeverRetried() {
    server.enqueue(json(400, "{\"error_code\":\"invalid\",\"message\":\"nope\"}"));
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(BadRequestException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void unsafePost_503_isNotRetried() {
    server.enqueue(json(503, ""));
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.create(body)))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unsafePost_connectionResetAfterSending_isNotRetried() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.create(body)))
          .isInstanceOf(NewStoreNetworkException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void safePost_500Then200_isRetried() {
    server.enqueue(json(500, ""));
    server.enqueue(thing());
    try (NewStoreClient client = client()) {
      assertThat(run(client, a -> a.createIdempotent(body)).name()).isEqualTo("a");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_connectionReset_isRetried() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(thing());
    try (NewStoreClient client = client()) {
      assertThat(run(client, a -> a.get("1")).name()).isEqualTo("a");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void interruptedDuringRetryWait_restoresInterruptFlag() {
    server.enqueue(json(503, ""));
    Sleeper interrupted =
        d -> {
          throw new InterruptedException("test");
        };
    try (NewStoreClient client = TestServers.client(server, time).sleeper(interrupted).build()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(NewStoreInterruptedException.class);
      assertThat(Thread.interrupted()).isTrue(); // also clears it for the next test
    }
  }

  @Test
  void noRetryPolicy_sendsOnce() {
    server.enqueue(json(503, ""));
    try (NewStoreClient client =
        TestServers.client(server, time).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1"))).isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
