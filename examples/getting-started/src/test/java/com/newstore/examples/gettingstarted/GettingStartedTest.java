package com.newstore.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterResult;
import com.newstore.sdk.preflight.CheckStatus;
import com.newstore.sdk.preflight.IntegrationProfile;
import com.newstore.sdk.preflight.NewStorePreflight;
import com.newstore.sdk.preflight.PreflightReport;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the getting-started program against the simulator, then the preflight. */
@NewStoreSimulatorTest
class GettingStartedTest {
  // NewStore calls https only: register a public URL, and let the simulator forward it to loopback.
  private static final String PUBLIC_URL = "https://wms.acme.example/newstore";
  private static final String WEBHOOK_KEY = "webhook-key-0123456789";
  private static final WaiterOptions FAST =
      WaiterOptions.builder()
          .initialInterval(Duration.ofMillis(20))
          .maxInterval(Duration.ofMillis(100))
          .maxTotalTime(Duration.ofSeconds(10))
          .build();

  @Test
  void gettingStarted_shipsOneRejectsOneAndPassesThePreflight(
      NewStoreClient client, NewStoreSimulator sim) throws Exception {
    BlockingQueue<WaiterResult<ShipmentStatus>> confirmations = new LinkedBlockingQueue<>();
    GettingStarted.configureTenant(client, PUBLIC_URL, WEBHOOK_KEY);

    try (GettingStarted app =
        GettingStarted.start(
            client,
            WEBHOOK_KEY,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            FAST,
            confirmations::add)) {
      sim.webhooks()
          .forward(
              URI.create(PUBLIC_URL), URI.create("http://127.0.0.1:" + app.port() + "/newstore"));

      WebhookResult atp =
          sim.webhooks().requestAvailability(List.of("sku-tee", "sku-cap"), List.of("store-1"));
      atp.assertSuccess();
      assertThat(atp.body()).contains("\"sku-tee\"").contains("12");

      FulfillmentRequest request = sim.createFulfillmentRequest("fr-1", "sku-tee", "sku-cap");
      sim.webhooks().sendFulfillmentRequest(request, GettingStarted.DC).assertSuccess();

      WaiterResult<ShipmentStatus> confirmed = confirmations.poll(10, TimeUnit.SECONDS);
      assertThat(confirmed).as("NewStore confirmed the shipment within 10 s").isNotNull();
    }
    var state = sim.fulfillmentRequest("fr-1").orElseThrow();
    assertThat(state.accepted()).isTrue();
    assertThat(state.statusesOf("sku-tee")).containsExactly(UnitStatus.SHIPPED);
    assertThat(state.statusesOf("sku-cap")).containsExactly(UnitStatus.REJECTED);

    PreflightReport report =
        NewStorePreflight.builder()
            .client(client)
            .profiles(IntegrationProfile.ENDLESS_AISLE, IntegrationProfile.DC_FULFILLMENT_PROVIDER)
            .refundToOriginalPaymentMethod(true)
            .distributionCenters(GettingStarted.DC)
            .build()
            .run();
    assertThat(report.results())
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.status())
                    .as(r.check().id() + ": " + r.reason())
                    .isEqualTo(CheckStatus.PASS));
  }
}
