package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import java.io.UncheckedIOException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@NewStoreSimulatorTest(settleAfterReads = 0)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {
  private static NewStoreSimulator previous;

  @AfterEach
  void remember(NewStoreSimulator sim) {
    previous = sim;
  }

  @Test
  @Order(1)
  void injectsClientPointedAtSimulator(NewStoreClient client, NewStoreSimulator sim) {
    assertThat(client.baseUrl()).isEqualTo(sim.baseUrl());
    Http http = new Http(client, sim);

    Http.Answer answer = http.post(SimulatorRoutes.GRACE_PERIOD, "{\"value\":45}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(sim.config(SimulatorRoutes.GRACE_PERIOD).orElseThrow().value()).isEqualTo(45L);
    assertThat(sim.config(SimulatorRoutes.GRACE_PERIOD).orElseThrow().updatedBy())
        .isEqualTo(sim.clientId());
  }

  @Test
  @Order(2)
  void settleAfterReadsFromAnnotation_settlesAtOnce(NewStoreClient client, NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    Http http = new Http(client, sim);
    http.post(
        "v0/d/fulfillment_requests/fr-1/shipment",
        "{\"line_items\":[{\"product_ids\":[\"sku-1\"],"
            + "\"shipment\":{\"tracking_code\":\"t\",\"carrier\":\"UPS\"}}]}");

    assertThat(http.get("v0/d/fulfillment_requests/fr-1/shipment").status()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void eachTestGetsAFreshSimulator(NewStoreSimulator sim, WebhookSender sender) {
    assertThat(sender).isSameAs(sim.sender());
    assertThat(sim.configs()).isEmpty();
    assertThat(sim).isNotSameAs(previous);
    assertThat(previous).as("an earlier test ran").isNotNull();
    // The previous test's simulator was stopped after its test: its port refuses connections.
    OkHttpClient plain = new OkHttpClient();
    try {
      assertThatThrownBy(() -> Http.call(plain, "GET", previous.baseUrl() + "v0/x", null))
          .isInstanceOf(UncheckedIOException.class);
    } finally {
      plain.dispatcher().executorService().shutdown();
    }
  }
}
