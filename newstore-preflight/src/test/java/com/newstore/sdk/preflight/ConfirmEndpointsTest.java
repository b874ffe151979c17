package com.newstore.sdk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.testkit.ReceivedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --confirm-endpoints} against the simulator: rows, alternatives, refusals, read-only. */
@NewStoreSimulatorTest
class ConfirmEndpointsTest {
  private static final String SEQUENCE = "/v0/config/sales_order/sales_order_generator_sequence";
  private static final String SEQUENCE_ALT = "/v0/config/sales_order/order_id_sequence";

  private static EndpointConfirmation row(EndpointConfirmationReport r, String endpointId) {
    return r.rows().stream()
        .filter(e -> e.endpointId().equals(endpointId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + endpointId + " in " + r.toTable()));
  }

  @Test
  void reportRows_alternativePathAnswered_refusalsRecorded_onlyGetsSent(
      NewStoreClient client, NewStoreSimulator sim) {
    client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true));
    client.salesOrderConfig().gracePeriod().set(java.time.Duration.ofMinutes(5));
    client
        .salesOrderConfig()
        .orderIdSequence()
        .set(new com.newstore.sdk.client.config.OrderIdSequence("EXT", 8, 1, 1));
    // The tenant serves the order id sequence only at the alternative path, forbids big orders
    // and does not know the external order webhook path.
    sim.faults().on("GET", SEQUENCE).always().respond(404);
    sim.faults().on("GET", "/v0/config/sales_order/big_orders").always().respond(403);
    sim.faults().on("GET", "/v0/config/sales_order/external_order_webhook").always().respond(404);
    int before = sim.requests().size();

    EndpointConfirmationReport report =
        NewStorePreflight.builder()
            .client(client)
            .profiles(IntegrationProfile.CASH_AND_CARRY)
            .build()
            .confirmEndpoints();

    EndpointConfirmation sequence = row(report, "sales-order.order-id-sequence.set");
    assertThat(sequence.candidates()).containsExactly(SEQUENCE, SEQUENCE_ALT);
    assertThat(sequence.probes()).extracting(CandidateProbe::status).first().isEqualTo(404);
    assertThat(sequence.answeredPath()).contains(SEQUENCE_ALT);
    EndpointConfirmation grace = row(report, "sales-order.grace-period.get");
    assertThat(grace.probes())
        .singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(200));
    assertThat(grace.probes().get(0).memberNames()).contains("value").doesNotContain("300");
    assertThat(row(report, "sales-order.big-orders.get").probes().get(0).statusClass())
        .isEqualTo("403");
    assertThat(row(report, "sales-order.external-order-webhook.set").answeredPath()).isEmpty();
    assertThat(row(report, "distribution-center.config.set").skipReason()).contains("--dc-node");
    assertThat(report.everyProbeRan()).isTrue();
    assertThat(report.tenant()).isNull();

    // Read-only by test: nothing but GET and the token request reached the tenant.
    for (ReceivedRequest r : sim.requests().subList(before, sim.requests().size())) {
      boolean token = r.path().endsWith("/protocol/openid-connect/token");
      assertThat(r.method()).as(r.path()).isEqualTo(token ? "POST" : "GET");
    }
  }

  @Test
  void command_printsShareableJson_andExitsZero(NewStoreSimulator sim) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, String> env =
        Map.of(
            "NEWSTORE_CLIENT_ID", sim.clientId(),
            "NEWSTORE_CLIENT_SECRET", sim.clientSecret(),
            "NEWSTORE_TENANT", "acme-sandbox");
    int exit =
        PreflightCommand.run(
            new String[] {
              "--base-url",
              sim.baseUrl().toString(),
              "--token-url",
              sim.tokenUrl().toString(),
              "--confirm-endpoints",
              "--dc-node",
              "dc-1",
              "--json"
            },
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(json).isZero();
    assertThat(json)
        .contains("\"sdk_version\"")
        .contains("\"endpoint_id\": \"distribution-center.config.set\"")
        .contains("\"path\": \"/v0/d/config/dc/{id}\"")
        .doesNotContain("acme-sandbox")
        .doesNotContain(sim.clientSecret())
        .doesNotContain("dc-1");
  }
}
