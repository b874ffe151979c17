package com.newstore.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.Stage;
import com.newstore.sdk.testkit.FulfillmentRequestState;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.testkit.ReceivedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@NewStoreSimulatorTest
class QuickstartTest {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void run_onSimulator_shipsOneUnitRejectsTheOtherAndExitsZero(NewStoreSimulator sim) {
    QuickstartResult result = Quickstart.run(sim, out);

    assertThat(result.steps("FAILED")).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.fulfillmentRequestId()).isEqualTo(SimulatedNewStore.FULFILLMENT_REQUEST_ID);
    assertThat(result.shippedProductIds()).containsExactly(DemoIntegration.IN_STOCK);
    assertThat(result.rejectedProductIds()).containsExactly(DemoIntegration.OUT_OF_STOCK);

    // What NewStore (the simulator) recorded, not what the demo printed.
    FulfillmentRequestState state =
        sim.fulfillmentRequest(SimulatedNewStore.FULFILLMENT_REQUEST_ID).orElseThrow();
    assertThat(state.accepted()).isTrue();
    assertThat(state.statusesOf(DemoIntegration.IN_STOCK)).containsExactly(UnitStatus.SHIPPED);
    assertThat(state.statusesOf(DemoIntegration.OUT_OF_STOCK)).containsExactly(UnitStatus.REJECTED);
  }

  @Test
  void run_onSimulator_configuresThePlaybookThroughTheClients(NewStoreSimulator sim) {
    Quickstart.run(sim, out);

    assertThat(sim.config("v0/config/routing/uses_external_atp").orElseThrow().value())
        .isEqualTo(true);
    assertThat(sim.config("v0/config/sales_order/grace_period")).isPresent();
    assertThat(sim.config("v0/config/sales_order/cancellable_locations")).isPresent();
    assertThat(sim.config("v0/config/sales_order/sales_order_generator_sequence")).isPresent();
    assertThat(sim.config("v0/config/availability/webhook")).isPresent();
    assertThat(sim.config("v0/config/sales_order/external_order_webhook")).isPresent();
    assertThat(sim.config("v0/d/config/dc/" + Playbook.DC_NODE)).isPresent();
    assertThat(sim.eventStream(Playbook.EVENT_STREAM_ID)).isPresent();
    // The webhooks answered the simulator: ATP, purchase history, order details, an event.
    assertThat(sim.requests("POST", "/v0/d/fulfillment_requests/{id}/acknowledgement")).hasSize(1);
  }

  @Test
  void run_onSimulator_printsOneLinePerStepInAscii(NewStoreSimulator sim) {
    QuickstartResult result = Quickstart.run(sim, out);

    String transcript = printed.toString(StandardCharsets.UTF_8);
    assertThat(transcript.chars()).allMatch(c -> c < 128);
    assertThat(transcript.lines().filter(l -> l.matches("^\\s*\\d+ \\[.*")))
        .hasSize(result.steps().size());
    assertThat(transcript).contains("[ OK ] accept it").contains("Done in ");
  }

  @Test
  void run_onTenantWithoutAllowWrites_readsOnlyAndSkipsSimulatorSteps(NewStoreSimulator sim) {
    Settings tenant = tenant(false);
    QuickstartResult result;
    try (NewStoreClient client = sim.newClient()) {
      result = Quickstart.run(tenant, client, out);
    }

    assertThat(result.exitCode()).as(result.steps().toString()).isZero();
    assertThat(result.steps("OK")).isEmpty();
    assertThat(result.steps("SKIPPED")).hasSize(result.steps().size());
    assertThat(result.fulfillmentRequestId()).isNull();
    List<ReceivedRequest> writes =
        sim.requests().stream()
            .filter(r -> WRITES.contains(r.method()))
            .filter(r -> !r.path().contains("openid-connect/token"))
            .toList();
    assertThat(writes).isEmpty();
    assertThat(sim.configs()).isEmpty();
  }

  @Test
  void run_onTenantWithAllowWritesButNoPublicUrl_configuresButRegistersNoWebhook(
      NewStoreSimulator sim) {
    QuickstartResult result;
    try (NewStoreClient client = sim.newClient()) {
      result = Quickstart.run(tenant(true), client, out);
    }

    assertThat(result.exitCode()).isZero();
    assertThat(sim.config("v0/config/sales_order/grace_period")).isPresent();
    assertThat(sim.config("v0/config/sales_order/external_order_webhook")).isEmpty();
    assertThat(sim.config("v0/config/availability/webhook")).isEmpty();
    assertThat(sim.fulfillmentRequest(SimulatedNewStore.FULFILLMENT_REQUEST_ID)).isEmpty();
  }

  @Test
  void run_onTenantWithAllowWritesTwice_succeedsAndKeepsTheEventStream(NewStoreSimulator sim) {
    Settings writes =
        new Settings(
            "acme",
            Stage.STAGING,
            "id",
            "secret",
            true,
            "https://oms.example.com/newstore",
            "webhook-key-0123456789abcdef");
    QuickstartResult first;
    QuickstartResult second;
    try (NewStoreClient client = sim.newClient()) {
      first = Quickstart.run(writes, client, out);
      second = Quickstart.run(writes, client, out);
    }

    assertThat(first.exitCode()).isZero();
    assertThat(second.exitCode()).isZero();
    assertThat(second.steps("OK"))
        .extracting(QuickstartResult.Step::detail)
        .contains("prefix 'QS-', 6 digits, from 1000 step 1")
        .anyMatch(d -> d.endsWith("already registered, kept"));
    assertThat(sim.config("v0/d/config/dc/" + Playbook.DC_NODE)).isPresent();
  }

  @Test
  void run_onTenantWithWrongCredentials_failsOnceAndExitsOne(NewStoreSimulator sim) {
    QuickstartResult result;
    try (NewStoreClient client = sim.clientBuilder().credentials("id", "wrong").build()) {
      result = Quickstart.run(tenant(false), client, out);
    }

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.steps("FAILED")).hasSize(1);
    assertThat(result.steps("OK")).isEmpty();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("not tried")
        .doesNotContain("wrong");
  }

  @Test
  void settings_withoutTenantVariables_runOnTheSimulator() {
    assertThat(Settings.from(Map.of()).onSimulator()).isTrue();
  }

  @Test
  void settings_withTenantVariables_runOnTheTenantReadOnlyUnlessAllowed() {
    Map<String, String> env =
        Map.of(
            "NEWSTORE_TENANT", "acme",
            "NEWSTORE_CLIENT_ID", "id",
            "NEWSTORE_CLIENT_SECRET", "very-secret",
            "NEWSTORE_STAGE", "staging");

    Settings readOnly = Settings.from(env);
    Settings writing = Settings.from(env, "--allow-writes");

    assertThat(readOnly.onSimulator()).isFalse();
    assertThat(readOnly.stage()).isEqualTo(Stage.STAGING);
    assertThat(readOnly.allowWrites()).isFalse();
    assertThat(writing.allowWrites()).isTrue();
    assertThat(readOnly.toString()).doesNotContain("very-secret").contains("<redacted>");
  }

  @Test
  void settings_withSomeTenantVariablesOrAnUnknownFlag_areRefused() {
    assertThatThrownBy(() -> Settings.from(Map.of("NEWSTORE_TENANT", "acme")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NEWSTORE_CLIENT_ID");
    assertThatThrownBy(() -> Settings.from(Map.of(), "--allow-write"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--allow-writes");
  }

  private static Settings tenant(boolean allowWrites) {
    return new Settings("acme", Stage.STAGING, "id", "secret", allowWrites, null, null);
  }
}
