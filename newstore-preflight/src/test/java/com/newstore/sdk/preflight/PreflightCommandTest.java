package com.newstore.sdk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.contract.junit.ContractExempt;
import com.squareup.moshi.Moshi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreflightCommandTest {
  private static final String SECRET = "s3cr3t-client-secret-value";
  private static final Map<String, String> ENV =
      Map.of("NEWSTORE_CLIENT_ID", "preflight-client", "NEWSTORE_CLIENT_SECRET", SECRET);

  private final FakeTenant tenant = new FakeTenant();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(tenant);
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int run(Map<String, String> env, String... args) {
    return PreflightCommand.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int runAgainstServer(String... extra) {
    List<String> args = new ArrayList<>();
    args.add("--base-url");
    args.add(server.url("/").toString());
    args.add("--token-url");
    args.add(server.url(FakeTenant.TOKEN_PATH).toString());
    args.addAll(List.of(extra));
    return run(ENV, args.toArray(new String[0]));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> json() throws IOException {
    return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(out());
  }

  @Test
  void run_correctTenantJson_exitsZeroAndPrintsEveryResult() throws IOException {
    int code = runAgainstServer("--profile", "endless-aisle,mixed-cart", "--json");

    assertThat(code).as(err()).isZero();
    Map<String, Object> json = json();
    assertThat(json.get("exit_code")).isEqualTo(0.0);
    assertThat((List<String>) json.get("profiles")).containsExactly("endless-aisle", "mixed-cart");
    List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("results");
    assertThat(results)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("status")).as(r.get("id").toString()).isEqualTo("pass"));
    assertThat(results.get(0))
        .containsKeys("id", "title", "status", "reason", "fix", "playbook")
        .containsEntry("id", "external-oms.enabled");
    assertThat((Map<String, Object>) json.get("summary"))
        .containsEntry("fail", 0.0)
        .containsEntry("could_not_check", 0.0);
  }

  @Test
  void run_failingCheck_exitsOneAndJsonCarriesTheFix() throws IOException {
    tenant.ok(
        "/v1/p/config/payment_options",
        "{\"use_charge_api\": false, \"refund_options\": [\"original\", \"external\"]}");

    int code = runAgainstServer("--profile", "endless-aisle", "--json");

    assertThat(code).isEqualTo(1);
    List<Map<String, Object>> results = (List<Map<String, Object>>) json().get("results");
    assertThat(results)
        .filteredOn(r -> "fail".equals(r.get("status")))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("id")).isEqualTo("payment.use-charge-api");
              assertThat((String) r.get("fix")).contains("use_charge_api to true");
            });
  }

  @Test
  void run_failingCheckTable_showsStatusAndFix() {
    tenant.ok(
        "/v1/r/config/order_injection",
        "{\"value\": {\"skip_soft_routing_on_injection\": false}, \"version\": 1}");

    int code = runAgainstServer("--profile", "store-fulfillment");

    assertThat(code).isEqualTo(1);
    assertThat(out())
        .contains("store-fulfillment")
        .containsPattern("FAIL\\s+order-injection.skip-soft-routing")
        .contains("fix: Set it: client.orderInjectionConfig()")
        .contains("1 fail, 0 could not check");
  }

  @Test
  void run_forbiddenEndpoint_exitsTwo() throws IOException {
    tenant.status("/api/v1/associate-app/config", 403, "{\"error_code\": \"forbidden\"}");

    int code = runAgainstServer("--profile=mixed-cart", "--json");

    assertThat(code).isEqualTo(2);
    assertThat((Map<String, Object>) json().get("summary")).containsEntry("could_not_check", 2.0);
  }

  @Test
  void run_tokenRefused_exitsTwoWithoutPrintingTheSecret() {
    tenant.status(FakeTenant.TOKEN_PATH, 401, "{\"error\": \"invalid_client\"}");

    int code = runAgainstServer("--profile", "cash-and-carry");

    assertThat(code).isEqualTo(2);
    assertThat(out()).contains("COULD_NOT_CHECK").doesNotContain("PASS ");
    assertThat(out() + err()).doesNotContain(SECRET);
  }

  @Test
  void run_warningsOnly_exitsZero() {
    tenant.ok(
        "/v1/p/config/payment_options",
        "{\"use_charge_api\": true, \"refund_options\": [\"original\"]}");

    int code = runAgainstServer("--profile", "cash-and-carry");

    assertThat(code).isZero();
    assertThat(out()).containsPattern("WARN\\s+payment.refund-options");
  }

  @Test
  void run_refundToOriginalFlag_turnsTheWarningIntoAFailure() {
    tenant.ok(
        "/v1/p/config/payment_options",
        "{\"use_charge_api\": true, \"refund_options\": [\"original\"]}");

    assertThat(runAgainstServer("--profile", "cash-and-carry", "--refund-to-original"))
        .isEqualTo(1);
  }

  @ContractExempt("exercises a caller-supplied path override")
  @Test
  void run_pathOverride_readsTheOverriddenPath() {
    tenant.ok("/v0/external_oms_elsewhere", "{\"value\": {\"enabled\": true}}");
    tenant.status("/v0/config/sales_order/external_oms", 404, "");

    int code =
        runAgainstServer(
            "--profile",
            "cash-and-carry",
            "--path-override",
            "sales-order.external-oms.get=v0/external_oms_elsewhere");

    assertThat(code).as(out()).isZero();
  }

  @Test
  void run_dcNode_checksThatDc() {
    int code = runAgainstServer("--profile", "dc-fulfillment-provider", "--dc-node", "DC-1");

    assertThat(code).as(out()).isZero();
    assertThat(out()).contains("DC-1: https://wms.example.com/fulfillment");
    assertThat(out()).doesNotContain(FakeTenant.DC_KEY);
  }

  @Test
  void run_noProfile_exitsTwoWithUsage() {
    assertThat(runAgainstServer()).isEqualTo(2);
    assertThat(err()).contains("--profile is required").contains("Usage:");
  }

  @Test
  void run_unknownProfile_exitsTwo() {
    assertThat(runAgainstServer("--profile", "bopis")).isEqualTo(2);
    assertThat(err()).contains("unknown profile 'bopis'");
  }

  @Test
  void run_unknownOptionOrMissingValue_exitsTwo() {
    assertThat(runAgainstServer("--profile", "mixed-cart", "--colour", "red")).isEqualTo(2);
    assertThat(err()).contains("unknown option --colour");
    assertThat(runAgainstServer("--profile")).isEqualTo(2);
  }

  @Test
  void run_missingCredentials_exitsTwoNamingTheVariables() {
    assertThat(run(Map.of(), "--profile", "cash-and-carry")).isEqualTo(2);
    assertThat(err())
        .startsWith(
            "preflight: NEWSTORE_CLIENT_ID and NEWSTORE_CLIENT_SECRET are not set: export them");
  }

  @Test
  void run_missingClientSecret_exitsTwoNamingOnlyThatVariable() {
    assertThat(run(Map.of("NEWSTORE_CLIENT_ID", "preflight-client"), "--profile", "mixed-cart"))
        .isEqualTo(2);
    assertThat(err()).startsWith("preflight: NEWSTORE_CLIENT_SECRET is not set: export it (");
  }

  @Test
  void run_missingTenant_exitsTwo() {
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("NEWSTORE_STAGE", "x");

    assertThat(run(env, "--profile", "cash-and-carry")).isEqualTo(2);
    assertThat(err())
        .startsWith("preflight: NEWSTORE_TENANT is not set: export it (")
        .contains("or pass --base-url and --token-url")
        .doesNotContain(SECRET);
  }

  @Test
  void run_missingTenantAndStage_exitsTwoNamingBoth() {
    assertThat(run(ENV, "--profile", "cash-and-carry")).isEqualTo(2);
    assertThat(err()).startsWith("preflight: NEWSTORE_TENANT and NEWSTORE_STAGE are not set");
  }

  @Test
  void run_badStage_exitsTwoNamingTheVariableAndTheAcceptedValues() {
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("NEWSTORE_TENANT", "acme");
    env.put("NEWSTORE_STAGE", "moon");

    assertThat(run(env, "--profile", "cash-and-carry")).isEqualTo(2);
    assertThat(err())
        .startsWith("preflight: NEWSTORE_STAGE is malformed: ")
        .contains("'moon'")
        .contains("production, staging or sandbox")
        .doesNotContain(SECRET);
  }

  @Test
  void run_help_printsUsageAndExitsZero() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out()).contains("Exit codes: 0").contains("dc-fulfillment-provider");
  }
}
