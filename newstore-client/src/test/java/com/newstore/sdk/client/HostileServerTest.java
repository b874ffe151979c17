package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.thing;
import static com.newstore.sdk.client.TestServers.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

/**
 * The client against a NewStore that lies: redirects, replay hints, endless or compressed-bomb
 * bodies, echoed secrets and absurd token lifetimes. Each case ends in a typed exception, sends an
 * unsafe POST at most once, and leaks no credential to another origin or into a message.
 */
@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class HostileServerTest {
  static final String SECRET = "client-secret-value-123";
  static final String TOKEN = "test-token";

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();
  final FakeTime time = new FakeTime();
  final ThingsApi.Thing body = new ThingsApi.Thing("a", 5, List.of(ThingsApi.Kind.STORE), null);

  @Test
  void sameOriginRedirect_isATypedErrorAndIsNotFollowed() {
    server.enqueue(redirect(302, server.url("/v0/things/2").toString()));
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(NewStoreApiException.class)
          .hasMessageContaining("redirect")
          .hasMessageContaining("(same origin)");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void crossOriginRedirect_onGetAndUnsafePost_sendsNothingThere() {
    String target = elsewhere.url("/steal").toString();
    server.enqueue(redirect(307, target));
    server.enqueue(redirect(308, target));
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .hasMessageContaining("(another origin)")
          .hasMessageContaining(elsewhere.getHostName());
      assertThatThrownBy(() -> run(client, a -> a.create(body)))
          .isInstanceOf(NewStoreApiException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void tokenEndpointRedirect_neverSendsTheClientSecretElsewhere() {
    server.enqueue(redirect(307, elsewhere.url("/token").toString()));
    try (NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(server.url("/").toString())
            .tokenUrl(server.url("/token").toString())
            .credentials("integration", SECRET)
            .clock(time)
            .sleeper(time)
            .build()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(NewStoreException.class)
          .hasMessageNotContaining(SECRET);
    }
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void retryAfterZeroOn503_unsafePostGoesOutOnce_getWaitsForTheRetryPolicy() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.create(body)))
          .isInstanceOf(ServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);

      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
      server.enqueue(thing());
      assertThat(run(client, a -> a.get("1")).name()).isEqualTo("a");
    }
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void hugeBody_isATypedErrorAndIsNotRetried() {
    server.enqueue(json(200, "{\"name\":\"" + "x".repeat(200_000) + "\"}"));
    try (NewStoreClient client = builder().maxResponseBytes(64 * 1024).build()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(NewStoreDecodingException.class)
          .hasMessageContaining("larger than 65536 bytes");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void gzipBomb_isCappedAfterDecompression() throws IOException {
    Buffer compressed = new Buffer();
    try (var gzip = Okio.buffer(new GzipSink(compressed))) {
      byte[] zeros = new byte[64 * 1024];
      for (int i = 0; i < 512; i++) { // 32 MiB once inflated, ~32 KiB on the wire
        gzip.write(zeros);
      }
    }
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .addHeader("Content-Encoding", "gzip")
            .body(compressed)
            .build());
    try (NewStoreClient client = builder().maxResponseBytes(1024 * 1024).build()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(NewStoreDecodingException.class);
    }
  }

  @Test
  void echoedSecrets_neverReachTheMessage() {
    server.enqueue(
        json(
            400,
            "{\"error_code\":\"bad\",\"message\":\"rejected Authorization: Bearer "
                + TOKEN
                + " for api_key=abc and {\\\"api_key\\\":\\\"webhook-key-0123456789\\\"}\"}"));
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(BadRequestException.class)
          .hasMessageNotContaining(TOKEN)
          .hasMessageNotContaining("webhook-key-0123456789")
          .hasMessageContaining("<redacted>");
    }
  }

  @Test
  void tokenEndpointEchoingTheForm_neverPutsTheSecretInTheMessage() {
    server.enqueue(
        json(
            401,
            "{\"error\":\"invalid_client\",\"error_description\":\"bad grant_type=client_credentials"
                + "&client_id=integration&client_secret="
                + SECRET
                + "\"}"));
    try (NewStoreClient client = tokenClient()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(AuthenticationException.class)
          .satisfies(e -> assertThat(stackText(e)).doesNotContain(SECRET));
    }
  }

  @Test
  void absurdTokenLifetimes_areCappedOrTyped() {
    server.enqueue(token("t-1", 1_000_000_000_000_000_000L));
    server.enqueue(thing());
    try (NewStoreClient client = tokenClient()) {
      assertThat(run(client, a -> a.get("1")).name()).isEqualTo("a");
    }
    server.enqueue(token("t-2", -5));
    try (NewStoreClient client = tokenClient()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(NewStoreDecodingException.class)
          .hasMessageContaining("expires_in=-5");
    }
    server.enqueue(token("bad\\r\\nX-Injected: 1", 3600));
    try (NewStoreClient client = tokenClient()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(NewStoreDecodingException.class)
          .hasMessageContaining("HTTP header");
    }
  }

  @Test
  void retryAfterBeyondALong_givesUpAtOnce() {
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "9".repeat(30)).build());
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> run(client, a -> a.get("1")))
          .isInstanceOf(RateLimitException.class)
          .satisfies(e -> assertThat(((RateLimitException) e).retryAfter()).isPresent());
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private NewStoreClient client() {
    return builder().build();
  }

  private NewStoreClient.Builder builder() {
    return TestServers.client(server, time);
  }

  private NewStoreClient tokenClient() {
    return NewStoreClient.builder()
        .baseUrl(server.url("/").toString())
        .tokenUrl(server.url("/token").toString())
        .credentials("integration", SECRET)
        .clock(time)
        .sleeper(time)
        .build();
  }

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).addHeader("Location", location).build();
  }

  private static <T> T run(NewStoreClient client, Function<ThingsApi, retrofit2.Call<T>> f) {
    Transport t = Transport.of(client);
    return t.executor().execute(f.apply(t.create(ThingsApi.class)));
  }

  private static String stackText(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      s.append(t).append('\n');
    }
    return s.toString();
  }
}
