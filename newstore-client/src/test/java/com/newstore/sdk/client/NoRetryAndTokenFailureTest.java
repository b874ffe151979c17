package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.thing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.internal.NoRetry;
import com.newstore.sdk.client.internal.TokenUnavailableException;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class NoRetryAndTokenFailureTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  @ContractExempt("transport test on the made-up things API")
  @Test
  void getTaggedNoRetry_503_isSentOnceAndNotSlept() throws Exception {
    server.enqueue(json(503, ""));
    server.enqueue(thing());
    try (NewStoreClient client = TestServers.client(server, time).build()) {
      Request request =
          new Request.Builder()
              .url(server.url("/things/1"))
              .tag(NoRetry.class, NoRetry.INSTANCE)
              .build();
      try (Response response = Transport.of(client).http().newCall(request).execute()) {
        assertThat(response.code()).isEqualTo(503);
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void tokenProviderFails_executorThrowsItsExceptionOnceWithoutRetrying() {
    NewStoreException refused = new NewStoreException("token refused");
    AtomicInteger asked = new AtomicInteger();
    try (NewStoreClient client =
        TestServers.client(server, time)
            .tokenProvider(
                () -> {
                  asked.incrementAndGet();
                  throw refused;
                })
            .build()) {
      Transport t = Transport.of(client);

      assertThatThrownBy(() -> t.executor().execute(t.create(ThingsApi.class).get("1")))
          .isSameAs(refused);
    }
    assertThat(asked).hasValue(1);
    assertThat(server.getRequestCount()).isZero();
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void tokenProviderFails_rawCallSeesAnIoExceptionCarryingIt() {
    NewStoreException refused = new NewStoreException("token refused");
    try (NewStoreClient client =
        TestServers.client(server, time)
            .tokenProvider(
                () -> {
                  throw refused;
                })
            .build()) {
      Request request = new Request.Builder().url(server.url("/things/1")).build();

      assertThatThrownBy(() -> Transport.of(client).http().newCall(request).execute())
          .isInstanceOfSatisfying(
              TokenUnavailableException.class, e -> assertThat(e.failure()).isSameAs(refused));
    }
  }
}
