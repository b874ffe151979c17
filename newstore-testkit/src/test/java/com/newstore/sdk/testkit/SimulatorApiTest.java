package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorApiTest {
  @Test
  void simulator_toString_hidesSecret() {
    try (NewStoreSimulator sim =
        NewStoreSimulator.builder().credentials("id", "very-secret-value").start()) {
      assertThat(sim.toString()).contains("id").doesNotContain("very-secret-value");
      assertThat(sim.tokenUrl().toString()).startsWith(sim.baseUrl().toString());
    }
  }

  @Test
  void builder_invalidSettings_areRejected() {
    var builder = NewStoreSimulator.builder();

    assertThatThrownBy(() -> builder.settleAfterReads(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.tokenLifetime(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.settleDelay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void faults_invalidScripts_areRejected() {
    try (NewStoreSimulator sim = NewStoreSimulator.start()) {
      assertThatThrownBy(() -> Fault.status(99)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sim.faults().on("GET", "/x").nextCalls(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sim.faults().on("GET", "/x").afterCalls(-1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Fault.latency(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void receivedRequest_bodyIsCopied() {
    byte[] body = {1, 2, 3};
    ReceivedRequest request = new ReceivedRequest("POST", "p", null, Map.of(), body, Instant.EPOCH);
    body[0] = 9;

    request.body()[1] = 9;

    assertThat(request.body()).containsExactly(1, 2, 3);
  }

  @Test
  void webhookTarget_relativeUrlOrZeroTimeout_isRejected() {
    assertThatThrownBy(() -> WebhookTarget.of(URI.create("/relative"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new WebhookTarget(URI.create("http://127.0.0.1/"), null, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dcConfig_throughApi_needsHttpsUrl() {
    try (NewStoreSimulator sim = NewStoreSimulator.start();
        Http http = new Http(sim)) {
      String path = SimulatorRoutes.dcConfig("dc-1");

      assertThat(http.post(path, "{\"url\":\"not a url\"}").status()).isEqualTo(400);
      assertThat(http.post(path, "{\"url\":\"http://dc.example/fr\"}").status()).isEqualTo(400);
      assertThat(http.post(path, "{\"url\":\"https://dc.example/fr\",\"api_key\":\"k\"}").status())
          .isEqualTo(200);
      assertThat(sim.config(path).orElseThrow().value())
          .isEqualTo(Map.of("url", "https://dc.example/fr", "api_key", "k"));
    }
  }

  @Test
  void createFulfillmentRequest_duplicateId_isRejected() {
    try (NewStoreSimulator sim = NewStoreSimulator.start()) {
      sim.createFulfillmentRequest("fr-1", "a");

      assertThatThrownBy(() -> sim.createFulfillmentRequest("fr-1", "b"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().units())
          .extracting(FulfillmentRequestState.Unit::productId)
          .isEqualTo(List.of("a"));
      assertThat(sim.fulfillmentRequest("nope")).isEmpty();
    }
  }

  @Test
  void routes_match_extractsPlaceholders() {
    assertThat(
            SimulatorRoutes.match(
                SimulatorRoutes.FR_SHIPMENT, "v0/d/fulfillment_requests/x-1/shipment"))
        .containsExactly("x-1");
    assertThat(
            SimulatorRoutes.match(
                SimulatorRoutes.FR_SHIPMENT, "v0/d/fulfillment_requests/a/b/shipment"))
        .isNull();
    assertThat(SimulatorRoutes.compile("/v0/config/*").matcher("v0/config/a/b").matches()).isTrue();
  }
}
