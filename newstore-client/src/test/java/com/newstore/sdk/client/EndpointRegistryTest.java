package com.newstore.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.internal.EndpointRegistry;
import com.newstore.sdk.client.internal.Transport;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Path overrides name known endpoint ids; the transport bridge cannot be redirected. */
class EndpointRegistryTest {
  private static NewStoreClient.Builder builder() {
    return NewStoreClient.builder()
        .baseUrl("http://localhost:1/")
        .tokenProvider(() -> new AccessToken("t", Instant.MAX));
  }

  @Test
  void build_unknownId_failsNamingTheNearestKnownIds() {
    NewStoreClient.Builder typo =
        builder().pathOverride("sales-order.grace-period.gt", "v0/x/grace_period");

    assertThatThrownBy(typo::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sales-order.grace-period.gt")
        .hasMessageContaining("sales-order.grace-period.get");
  }

  @Test
  void build_knownIdsOfEveryCatalog_areAccepted() {
    try (NewStoreClient client =
        builder()
            .pathOverride(ClientEndpoints.SALES_ORDER_GRACE_PERIOD_GET, "v0/x")
            .pathOverride("things.get", "v2/things/{id}")
            .build()) {
      assertThat(client).isNotNull();
    }
  }

  @Test
  void registry_holdsEveryClientEndpoint() {
    assertThat(EndpointRegistry.knownIds())
        .containsAll(ClientEndpoints.all().stream().map(EndpointId::value).toList())
        .contains("event-stream.integration.delete", "orders.fulfill-order.create");
  }

  @Test
  void endpointId_malformed_isRejected() {
    assertThatThrownBy(() -> EndpointId.of("Sales Order"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transportAccessor_isSetOnce() {
    try (NewStoreClient client = builder().build()) {
      assertThat(Transport.of(client)).isNotNull();
    }
    assertThatThrownBy(() -> Transport.installAccessor(c -> null))
        .isInstanceOf(IllegalStateException.class);
  }
}
