package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.take;
import static com.newstore.sdk.client.TestServers.thing;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

@ContractExempt("exercises caller-supplied path overrides and the made-up things API")
class PathOverrideTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  @Test
  void override_replacesPath_keepsPlaceholdersAndBasePath() throws Exception {
    server.enqueue(thing());
    server.enqueue(thing());
    try (NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(server.url("/proxy/").toString())
            .tokenProvider(() -> new AccessToken("t", java.time.Instant.MAX))
            .pathOverride("things.get", "/v2/items/{id}/detail")
            .build()) {
      Transport t = Transport.of(client);
      t.executor().execute(t.create(ThingsApi.class).get("a b"));
      t.executor()
          .execute(
              t.create(ThingsApi.class)
                  .create(new ThingsApi.Thing("n", 1, java.util.List.of(), null)));
    }
    assertThat(take(server).getUrl().encodedPath()).isEqualTo("/proxy/v2/items/a%20b/detail");
    assertThat(take(server).getUrl().encodedPath()).isEqualTo("/proxy/v0/things");
  }
}
