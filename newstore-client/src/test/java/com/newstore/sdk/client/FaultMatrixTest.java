package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.thing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;

/**
 * Every fault against a GET, a POST documented as safe to repeat, and an unsafe POST: the outcome
 * is a success after a retry or a typed exception, and an unsafe POST is never sent twice.
 */
@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class FaultMatrixTest {
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime(NOW);
  static final ThingsApi.Thing BODY =
      new ThingsApi.Thing("a", 5, List.of(ThingsApi.Kind.STORE), null);

  enum Operation {
    GET(api -> api.get("1"), true),
    SAFE_POST(api -> api.createIdempotent(BODY), true),
    UNSAFE_POST(api -> api.create(BODY), false);

    final Function<ThingsApi, Call<ThingsApi.Thing>> call;
    final boolean repeatable;

    Operation(Function<ThingsApi, Call<ThingsApi.Thing>> call, boolean repeatable) {
      this.call = call;
      this.repeatable = repeatable;
    }
  }

  enum Fault {
    CONNECTION_RESET(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(),
        NewStoreNetworkException.class),
    RATE_LIMITED_SECONDS(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build(),
        RateLimitException.class),
    RATE_LIMITED_DATE(
        new MockResponse.Builder()
            .code(429)
            .addHeader(
                "Retry-After",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    NOW.plusSeconds(5).atOffset(ZoneOffset.UTC)))
            .build(),
        RateLimitException.class),
    STATUS_500(json(500, "{\"error_code\":\"internal\"}"), ServerException.class),
    STATUS_502(json(502, ""), ServerException.class),
    STATUS_503(json(503, ""), ServerException.class),
    STATUS_504(json(504, ""), ServerException.class),
    READ_TIMEOUT(thingDelayed(), NewStoreTimeoutException.class),
    TRUNCATED_BODY(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"name\":\"a\",\"timeout\":5,\"kinds\":[\"store\"]}" + " ".repeat(4096))
            .onResponseBody(new SocketEffect.CloseSocket())
            .build(),
        NewStoreNetworkException.class);

    final MockResponse response;
    final Class<? extends NewStoreException> whenNotRetried;

    Fault(MockResponse response, Class<? extends NewStoreException> whenNotRetried) {
      this.response = response;
      this.whenNotRetried = whenNotRetried;
    }

    private static MockResponse thingDelayed() {
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body("{\"name\":\"a\",\"timeout\":5,\"kinds\":[\"store\"]}")
          .headersDelay(3, TimeUnit.SECONDS)
          .build();
    }
  }

  /** Faults that no retry can cure: the same typed exception for every operation, sent once. */
  enum Terminal {
    INVALID_JSON(json(200, "{\"name\": [oops"), NewStoreDecodingException.class),
    HTML_403(
        new MockResponse.Builder()
            .code(403)
            .addHeader("Content-Type", "text/html; charset=utf-8")
            .body("<html><body>Request blocked</body></html>")
            .build(),
        PermissionDeniedException.class),
    BAD_REQUEST(json(400, "{\"error_code\":\"invalid\"}"), BadRequestException.class);

    final MockResponse response;
    final Class<? extends NewStoreException> expected;

    Terminal(MockResponse response, Class<? extends NewStoreException> expected) {
      this.response = response;
      this.expected = expected;
    }
  }

  static Stream<Arguments> retryableFaults() {
    List<Arguments> all = new ArrayList<>();
    for (Fault fault : Fault.values()) {
      for (Operation op : Operation.values()) {
        all.add(Arguments.of(fault, op));
      }
    }
    return all.stream();
  }

  static Stream<Arguments> terminalFaults() {
    List<Arguments> all = new ArrayList<>();
    for (Terminal fault : Terminal.values()) {
      for (Operation op : Operation.values()) {
        all.add(Arguments.of(fault, op));
      }
    }
    return all.stream();
  }

  /** A short read timeout only where the fault needs one: a loaded CI machine can be slow. */
  NewStoreClient client(Fault fault) {
    NewStoreClient.Builder b = TestServers.client(server, time);
    if (fault == Fault.READ_TIMEOUT) {
      b.readTimeout(Duration.ofSeconds(1));
    }
    return b.build();
  }

  @Nullable Object run(NewStoreClient client, Operation op) {
    Transport t = Transport.of(client);
    return t.executor().execute(op.call.apply(t.create(ThingsApi.class)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("retryableFaults")
  @Timeout(10)
  void fault_thenSuccess_isRetriedOnlyWhenRepeatable(Fault fault, Operation op) {
    server.enqueue(fault.response);
    server.enqueue(thing());
    try (NewStoreClient client = client(fault)) {
      if (op.repeatable) {
        assertThat(run(client, op)).isEqualTo(BODY);
        assertThat(server.getRequestCount()).isEqualTo(2);
      } else {
        assertThatThrownBy(() -> run(client, op)).isInstanceOf(fault.whenNotRetried);
        assertThat(server.getRequestCount()).as("an unsafe POST is never sent twice").isEqualTo(1);
      }
    }
    if (fault == Fault.RATE_LIMITED_SECONDS && op.repeatable) {
      assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
    }
    if (fault == Fault.RATE_LIMITED_DATE && op.repeatable) {
      assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5));
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("terminalFaults")
  @Timeout(10)
  void terminalFault_isTypedAndSentOnce(Terminal fault, Operation op) {
    server.enqueue(fault.response);
    try (NewStoreClient client = TestServers.client(server, time).build()) {
      assertThatThrownBy(() -> run(client, op)).isInstanceOf(fault.expected);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("operations")
  @Timeout(10)
  void connectionRefused_isRetriedForEveryOperation_thenNetworkException(Operation op)
      throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/").toString();
    closed.close();
    try (NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(url)
            .tokenProvider(() -> new AccessToken("t", Instant.MAX))
            .clock(time)
            .sleeper(time)
            .build()) {
      assertThatThrownBy(() -> run(client, op)).isInstanceOf(NewStoreNetworkException.class);
    }
    // Nothing was ever sent, so even the unsafe POST may try again.
    assertThat(time.sleeps).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
  }

  static Stream<Operation> operations() {
    return Stream.of(Operation.values());
  }
}
