package com.newstore.examples.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookTarget;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the provider against the NewStore simulator: NewStore sends, the provider fulfills. */
class FulfillmentProviderAppTest {
  private static final String DC_KEY = "dc-api-key-for-tests";
  private static final WaiterOptions FAST =
      WaiterOptions.builder()
          .initialInterval(Duration.ofMillis(20))
          .maxInterval(Duration.ofMillis(100))
          .maxTotalTime(Duration.ofSeconds(10))
          .build();

  private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
  private NewStoreSimulator sim;
  private NewStoreClient client;
  private FulfillmentProviderApp app;
  private URI endpoint;

  @BeforeEach
  void start() throws Exception {
    sim = NewStoreSimulator.start();
    client = sim.newClient();
    Inventory inventory = Inventory.inMemory(Map.of("sku-1", 5, "sku-2", 1));
    app =
        FulfillmentProviderApp.start(
            client,
            inventory,
            DC_KEY,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            FAST,
            outcomes::add);
    endpoint =
        URI.create(
            "http://127.0.0.1:" + app.port() + FulfillmentProviderApp.FULFILLMENT_REQUESTS_PATH);
    sim.configureDistributionCenter("dc-1", endpoint, DC_KEY);
  }

  @AfterEach
  void stop() {
    app.close();
    client.close();
    sim.close();
  }

  @Test
  void fulfillmentRequest_allInStock_acceptsShipsAndConfirms() throws Exception {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-1", "sku-1", "sku-1");

    WebhookResult delivery = sim.sender().sendFulfillmentRequest(request, "dc-1");

    assertThat(delivery.status()).isEqualTo(200);
    assertThat(delivery.attempts()).isEqualTo(1);
    Outcome outcome = nextOutcome();
    assertThat(outcome).isEqualTo(new Outcome("fr-1", request.productIds(), List.of(), null));
    var state = sim.fulfillmentRequest("fr-1").orElseThrow();
    assertThat(state.accepted()).isTrue();
    assertThat(state.statusesOf("sku-1")).containsExactly(UnitStatus.SHIPPED, UnitStatus.SHIPPED);
  }

  @Test
  void fulfillmentRequest_partlyInStock_shipsWhatIsOnHandAndRejectsTheRest() throws Exception {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-2", "sku-1", "sku-2", "sku-2");

    assertThat(sim.sender().sendFulfillmentRequest(request, "dc-1").successful()).isTrue();

    Outcome outcome = nextOutcome();
    assertThat(outcome.shipped()).containsExactly("sku-1", "sku-2");
    assertThat(outcome.rejected()).containsExactly("sku-2");
    var state = sim.fulfillmentRequest("fr-2").orElseThrow();
    assertThat(state.statusesOf("sku-1")).containsExactly(UnitStatus.SHIPPED);
    assertThat(state.statusesOf("sku-2"))
        .containsExactlyInAnyOrder(UnitStatus.SHIPPED, UnitStatus.REJECTED);
  }

  @Test
  void fulfillmentRequest_nothingInStock_rejectsTheWholeRequest() throws Exception {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-3", "sku-9", "sku-9");

    assertThat(sim.sender().sendFulfillmentRequest(request, "dc-1").successful()).isTrue();

    assertThat(nextOutcome().rejected()).containsExactly("sku-9", "sku-9");
    var state = sim.fulfillmentRequest("fr-3").orElseThrow();
    assertThat(state.accepted()).isFalse();
    assertThat(state.statusesOf("sku-9")).containsOnly(UnitStatus.REJECTED);
    assertThat(sim.requests("POST", "/v0/d/fulfillment_requests/{id}/shipment")).isEmpty();
  }

  @Test
  void fulfillmentRequest_deliveredTwice_isFulfilledOnce() throws Exception {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-4", "sku-1");

    assertThat(sim.sender().sendFulfillmentRequest(request, "dc-1").successful()).isTrue();
    assertThat(sim.sender().sendFulfillmentRequest(request, "dc-1").successful()).isTrue();

    assertThat(nextOutcome().requestId()).isEqualTo("fr-4");
    assertThat(sim.requests("POST", "/v0/d/fulfillment_requests/{id}/acknowledgement")).hasSize(1);
  }

  @Test
  void fulfillmentRequest_wrongApiKey_isRefusedAndRetriedByNewStore() {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-5", "sku-1");

    WebhookResult delivery =
        sim.sender().sendFulfillmentRequest(WebhookTarget.of(endpoint, "not-the-key"), request);

    assertThat(delivery.status()).isEqualTo(401);
    assertThat(delivery.attempts()).isEqualTo(4);
    assertThat(sim.fulfillmentRequest("fr-5").orElseThrow().accepted()).isFalse();
    assertThat(outcomes).isEmpty();
  }

  private Outcome nextOutcome() throws InterruptedException {
    Outcome outcome = outcomes.poll(10, TimeUnit.SECONDS);
    assertThat(outcome).as("an outcome within 10 s").isNotNull();
    return outcome;
  }
}
