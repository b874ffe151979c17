package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.take;
import static com.newstore.sdk.client.TestServers.thing;
import static com.newstore.sdk.client.TestServers.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class AuthenticationTest {
  @StartStop final MockWebServer api = new MockWebServer();
  @StartStop final MockWebServer id = new MockWebServer();
  final FakeTime time = new FakeTime();

  NewStoreClient client() {
    return NewStoreClient.builder()
        .baseUrl(api.url("/").toString())
        .tokenUrl(id.url("/auth/realms/acme/protocol/openid-connect/token").toString())
        .credentials("my-client", "s3cr3t-client-secret")
        .clock(time)
        .sleeper(time)
        .build();
  }

  ThingsApi things(NewStoreClient client) {
    return Transport.of(client).create(ThingsApi.class);
  }

  ThingsApi.Thing get(NewStoreClient client) {
    return Transport.of(client).executor().execute(things(client).get("1"));
  }

  @Test
  void token_fetchedOnceAndCached_acrossCalls() throws Exception {
    id.enqueue(token("tok-1", 3600));
    api.enqueue(thing());
    api.enqueue(thing());
    try (NewStoreClient client = client()) {
      get(client);
      get(client);
    }
    RecordedRequest tokenRequest = take(id);
    assertThat(tokenRequest.getMethod()).isEqualTo("POST");
    assertThat(tokenRequest.getUrl().encodedPath())
        .isEqualTo("/auth/realms/acme/protocol/openid-connect/token");
    assertThat(tokenRequest.getBody().utf8())
        .contains("grant_type=client_credentials")
        .contains("client_id=my-client")
        .contains("client_secret=s3cr3t-client-secret");
    assertThat(id.getRequestCount()).isEqualTo(1);
    assertThat(take(api).getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(take(api).getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
  }

  @Test
  void token_refreshedAheadOfExpiry_withInjectedClock() throws Exception {
    id.enqueue(token("tok-1", 600));
    id.enqueue(token("tok-2", 600));
    api.enqueue(thing());
    api.enqueue(thing());
    api.enqueue(thing());
    try (NewStoreClient client = client()) {
      get(client);
      time.advance(Duration.ofSeconds(539)); // refresh window opens at 540 s (a tenth ahead)
      get(client);
      time.advance(Duration.ofSeconds(2)); // 541 s: still valid for 59 s, refreshed anyway
      get(client);
    }
    assertThat(id.getRequestCount()).isEqualTo(2);
    assertThat(take(api).getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(take(api).getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(take(api).getHeaders().get("Authorization")).isEqualTo("Bearer tok-2");
  }

  @Test
  void expiredToken_32Threads_causeExactlyOneTokenRequest() throws Exception {
    AtomicInteger tokenRequests = new AtomicInteger();
    id.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            int n = tokenRequests.incrementAndGet();
            return token("tok-" + n, 3600);
          }
        });
    api.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return thing();
          }
        });
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try (NewStoreClient client = client()) {
      get(client); // tok-1
      time.advance(Duration.ofHours(2)); // tok-1 has expired
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ThingsApi.Thing>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return get(client);
                }));
      }
      start.countDown();
      for (Future<ThingsApi.Thing> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS).name()).isEqualTo("a");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokenRequests.get()).isEqualTo(2);
    assertThat(api.getRequestCount()).isEqualTo(33);
  }

  @Test
  void unauthorized_reauthenticatesAndRetriesOnce() throws Exception {
    id.enqueue(token("tok-1", 3600));
    id.enqueue(token("tok-2", 3600));
    api.enqueue(json(401, "{\"error_code\":\"unauthorized\"}"));
    api.enqueue(thing());
    try (NewStoreClient client = client()) {
      assertThat(get(client).name()).isEqualTo("a");
    }
    assertThat(take(api).getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(take(api).getHeaders().get("Authorization")).isEqualTo("Bearer tok-2");
    assertThat(id.getRequestCount()).isEqualTo(2);
  }

  @Test
  void secondUnauthorized_surfacesAsAuthenticationException() {
    id.enqueue(token("tok-1", 3600));
    id.enqueue(token("tok-2", 3600));
    api.enqueue(json(401, "{\"error_code\":\"unauthorized\",\"message\":\"bad token\"}"));
    api.enqueue(json(401, "{\"error_code\":\"unauthorized\",\"message\":\"bad token\"}"));
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> get(client))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("401")
          .hasMessageNotContaining("tok-");
    }
    assertThat(api.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tokenEndpointRefusal_isAuthenticationExceptionWithHint() {
    id.enqueue(json(401, "{\"error\":\"invalid_client\",\"error_description\":\"bad secret\"}"));
    try (NewStoreClient client = client()) {
      assertThatThrownBy(() -> get(client))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("client id and secret")
          .hasMessageNotContaining("s3cr3t-client-secret");
    }
    assertThat(api.getRequestCount()).isZero();
  }

  @Test
  void userAgent_namesSdkAndJavaVersion() throws Exception {
    api.enqueue(thing());
    try (NewStoreClient client =
        TestServers.client(api, time).userAgentSuffix("acme-oms/2.1").build()) {
      get(client);
    }
    assertThat(take(api).getHeaders().get("User-Agent"))
        .matches("newstore-java-sdk/\\S+ \\(Java [^)]+\\) acme-oms/2\\.1");
  }
}
