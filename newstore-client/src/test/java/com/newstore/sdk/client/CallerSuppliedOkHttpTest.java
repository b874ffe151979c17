package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.take;
import static com.newstore.sdk.client.TestServers.thing;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class CallerSuppliedOkHttpTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  @Test
  void callerClient_keepsItsInterceptors_andSdkRetriesAndAuthStillApply() throws Exception {
    AtomicInteger seenByCaller = new AtomicInteger();
    OkHttpClient mine =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  seenByCaller.incrementAndGet();
                  return chain.proceed(chain.request().newBuilder().header("X-Mine", "1").build());
                })
            .build();
    server.enqueue(json(503, ""));
    server.enqueue(thing());
    try (NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(server.url("/").toString())
            .tokenProvider(() -> new AccessToken("caller-token", Instant.MAX))
            .okHttpClient(mine)
            .clock(time)
            .sleeper(time)
            .build()) {
      Transport t = Transport.of(client);
      assertThat(t.executor().execute(t.create(ThingsApi.class).get("1")).name()).isEqualTo("a");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(seenByCaller.get()).isEqualTo(1); // once per call; our retries happen inside
    var first = take(server);
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer caller-token");
    assertThat(first.getHeaders().get("X-Mine")).isEqualTo("1");
    assertThat(mine.dispatcher().executorService().isShutdown())
        .as("close() must leave the caller's client alone")
        .isFalse();
  }

  @Test
  void sdkCreatedClient_isReleasedOnClose_derivedClientSharesIt() throws Exception {
    server.enqueue(thing());
    server.enqueue(thing());
    NewStoreClient client = TestServers.client(server, time).build();
    NewStoreClient derived = client.newBuilder().retryPolicy(RetryPolicy.none()).build();
    Transport d = Transport.of(derived);
    d.executor().execute(d.create(ThingsApi.class).get("1"));
    derived.close(); // must not close what the parent owns
    Transport t = Transport.of(client);
    t.executor().execute(t.create(ThingsApi.class).get("2"));
    assertThat(t.http().dispatcher().executorService().isShutdown()).isFalse();
    client.close();
    assertThat(t.http().dispatcher().executorService().isShutdown()).isTrue();
  }
}
