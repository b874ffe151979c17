package com.newstore.sdk.preflight;

import static com.newstore.sdk.preflight.IntegrationProfile.CASH_AND_CARRY;
import static com.newstore.sdk.preflight.IntegrationProfile.DC_FULFILLMENT_PROVIDER;
import static com.newstore.sdk.preflight.IntegrationProfile.ENDLESS_AISLE;
import static com.newstore.sdk.preflight.IntegrationProfile.MIXED_CART;
import static com.newstore.sdk.preflight.IntegrationProfile.STORE_FULFILLMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NewStorePreflightTest {
  private final FakeTenant tenant = new FakeTenant();
  private MockWebServer server;
  private NewStoreClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(tenant);
    server.start();
    client = clientFor(server.url("/").toString());
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static NewStoreClient clientFor(String baseUrl) {
    return NewStoreClient.builder()
        .baseUrl(baseUrl)
        .tokenProvider(() -> new AccessToken("t", Instant.MAX))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private NewStorePreflight.Builder preflight(IntegrationProfile... profiles) {
    return NewStorePreflight.builder()
        .client(client)
        .profiles(profiles)
        .refundToOriginalPaymentMethod(true)
        .distributionCenters("DC-1");
  }

  @Test
  void run_correctTenantEveryProfile_everyCheckPasses() {
    PreflightReport report = preflight(IntegrationProfile.values()).build().run();

    assertThat(report.results())
        .extracting(CheckResult::check)
        .containsExactlyElementsOf(
            Stream.of(PreflightCheck.values()).filter(c -> !c.isProbe()).toList());
    assertThat(report.results())
        .allSatisfy(r -> assertThat(r.status()).as(r.check().id()).isEqualTo(CheckStatus.PASS));
    assertThat(report.ok()).isTrue();
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void run_readsEachConfigurationOnce() {
    preflight(IntegrationProfile.values()).build().run();

    List<String> paths = new java.util.ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      try {
        paths.add(
            server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS).getUrl().encodedPath());
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(paths).doesNotHaveDuplicates().allMatch(p -> !p.isEmpty());
  }

  /** One way to break a correct tenant, and the single check that must then fail. */
  record Broken(
      String name,
      Set<IntegrationProfile> profiles,
      Consumer<FakeTenant> breakIt,
      PreflightCheck check,
      String fixContains) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Broken> brokenTenants() {
    String fc = FakeTenant.FULFILLMENT;
    String express =
        "\"Express\": {\"currency_code\": \"USD\", \"display_name\": \"Express\", \"price\": 5},";
    return Stream.of(
        new Broken(
            "v0 external OMS disabled",
            Set.of(CASH_AND_CARRY),
            t -> t.ok("/v0/config/external_oms", "{\"enabled\": false}"),
            PreflightCheck.EXTERNAL_OMS_ENABLED,
            "externalOmsConfig().enable()"),
        new Broken(
            "sales order external OMS disabled (views disagree)",
            Set.of(CASH_AND_CARRY),
            t -> t.ok("/v0/config/sales_order/external_oms", "{\"value\": {\"enabled\": false}}"),
            PreflightCheck.EXTERNAL_OMS_ENABLED,
            "setExternalOms(new ExternalOmsSetting(true))"),
        new Broken(
            "no order ID sequence",
            Set.of(CASH_AND_CARRY),
            t -> t.notConfigured("/v0/config/sales_order/order_id_sequence"),
            PreflightCheck.ORDER_ID_SEQUENCE,
            "setOrderIdSequence"),
        new Broken(
            "no grace period",
            Set.of(CASH_AND_CARRY),
            t -> t.notConfigured("/v0/config/sales_order/grace_period"),
            PreflightCheck.GRACE_PERIOD,
            "setGracePeriod"),
        new Broken(
            "no cancellable locations",
            Set.of(CASH_AND_CARRY),
            t -> t.notConfigured("/v0/config/sales_order/cancellable_locations"),
            PreflightCheck.CANCELLABLE_LOCATIONS,
            "setCancellableLocations"),
        new Broken(
            "external order webhook over http",
            Set.of(CASH_AND_CARRY),
            t -> t.externalOrderWebhook("http://oms.example.com/newstore", 15),
            PreflightCheck.EXTERNAL_ORDER_WEBHOOK,
            "an https base URL"),
        new Broken(
            "external order webhook timeout 30 s",
            Set.of(CASH_AND_CARRY),
            t -> t.externalOrderWebhook("https://oms.example.com/newstore", 30),
            PreflightCheck.EXTERNAL_ORDER_WEBHOOK,
            "at most 25 s"),
        new Broken(
            "no external order webhook",
            Set.of(CASH_AND_CARRY),
            t -> t.notConfigured("/v0/config/sales_order/external_order_webhook"),
            PreflightCheck.EXTERNAL_ORDER_WEBHOOK,
            "setExternalOrderWebhook"),
        new Broken(
            "endless aisle without external ATP",
            Set.of(ENDLESS_AISLE),
            t -> t.ok("/v0/config/routing/uses_external_atp", "{\"value\": false}"),
            PreflightCheck.EXTERNAL_ATP,
            "setUsesExternalAtp(true)"),
        new Broken(
            "ATP webhook with sku identifier",
            Set.of(ENDLESS_AISLE),
            t -> t.atpWebhook("https://oms.example.com/atp", FakeTenant.ATP_KEY, "sku"),
            PreflightCheck.ATP_WEBHOOK,
            "external_identifier product_id"),
        new Broken(
            "ATP webhook key of 19 characters",
            Set.of(MIXED_CART),
            t -> t.atpWebhook("https://oms.example.com/atp", "k".repeat(19), "product_id"),
            PreflightCheck.ATP_WEBHOOK,
            "at least 20 characters"),
        new Broken(
            "external ATP on without an ATP webhook",
            Set.of(CASH_AND_CARRY),
            t -> t.notConfigured("/v0/config/availability/webhook"),
            PreflightCheck.ATP_WEBHOOK,
            "updateWebhook"),
        new Broken(
            "endless aisle without charge API",
            Set.of(ENDLESS_AISLE),
            t ->
                t.ok(
                    "/v0/config/payment",
                    "{\"value\": {\"use_charge_api\": false,"
                        + " \"refund_options\": [\"original\", \"external\"]}}"),
            PreflightCheck.USE_CHARGE_API,
            "use_charge_api to true"),
        new Broken(
            "refund to original without external",
            Set.of(CASH_AND_CARRY),
            t ->
                t.ok(
                    "/v0/config/payment",
                    "{\"value\": {\"use_charge_api\": true, \"refund_options\": [\"original\"]}}"),
            PreflightCheck.REFUND_OPTIONS,
            "RefundOption.ORIGINAL, RefundOption.EXTERNAL"),
        new Broken(
            "old OM UI",
            Set.of(CASH_AND_CARRY),
            t ->
                t.ok(
                    "/v0/config/associate_app",
                    "{\"value\": {\"use_new_om_ui\": false, \"capabilities\": {\"mixed_cart\":"
                        + " true}}}"),
            PreflightCheck.NEW_OM_UI,
            "use_new_om_ui to true"),
        new Broken(
            "mixed cart capability off",
            Set.of(MIXED_CART),
            t ->
                t.ok(
                    "/v0/config/associate_app",
                    "{\"value\": {\"use_new_om_ui\": true, \"capabilities\": {}}}"),
            PreflightCheck.MIXED_CART_CAPABILITY,
            "capabilities.mixed_cart to true"),
        new Broken(
            "soft routing on injection",
            Set.of(STORE_FULFILLMENT),
            t ->
                t.ok(
                    "/v1/r/config/order_injection",
                    "{\"value\": {\"skip_soft_routing_on_injection\": false}, \"version\": 3}"),
            PreflightCheck.SKIP_SOFT_ROUTING,
            "withSkipSoftRoutingOnInjection(true)"),
        new Broken(
            "service level missing from a route",
            Set.of(ENDLESS_AISLE),
            t ->
                t.ok(
                    "/v0/config/fulfillment",
                    fc.replace("\"service_levels\": {", "\"service_levels\": {" + express)
                        .replace("[\"Priority\"]", "[\"Express\", \"Priority\"]")),
            PreflightCheck.SERVICE_LEVELS_ROUTED,
            "every route's fulfilled_by"),
        new Broken(
            "service level missing from sl_levels_priority",
            Set.of(ENDLESS_AISLE),
            t ->
                t.ok(
                    "/v0/config/fulfillment",
                    fc.replace("\"service_levels\": {", "\"service_levels\": {" + express)
                        .replace(
                            "\"fulfilled_by\": {",
                            "\"fulfilled_by\": {\"Express\": [{\"fulfillment_node_id\": \"9801\","
                                + " \"provider_rate\": \"Priority\"}], ")),
            PreflightCheck.SERVICE_LEVEL_PRIORITY,
            "sl_levels_priority"),
        new Broken(
            "route references an undefined provider rate",
            Set.of(ENDLESS_AISLE),
            t ->
                t.ok(
                    "/v0/config/fulfillment",
                    fc.replace("\"provider_rate\": \"Priority\"", "\"provider_rate\": \"Ground\"")),
            PreflightCheck.PROVIDER_RATES,
            "under provider_rates"),
        new Broken(
            "store fulfillment without external routing",
            Set.of(STORE_FULFILLMENT),
            t -> t.ok("/v0/config/fulfillment", fc.replace("\"external\"", "\"newstore\"")),
            PreflightCheck.ROUTING_STRATEGY,
            "routing_strategy to external"),
        new Broken(
            "transfer shipping priority differs",
            Set.of(DC_FULFILLMENT_PROVIDER),
            t ->
                t.ok(
                    "/v0/config/transfer_shipping",
                    "{\"value\": {\"service_levels\": {}, \"sl_levels_priority\": []}}"),
            PreflightCheck.TRANSFER_SHIPPING,
            "copyFromFulfillmentConfig"),
        new Broken(
            "DC over http",
            Set.of(DC_FULFILLMENT_PROVIDER),
            t ->
                t.ok(
                    "/v0/config/distribution_centers/DC-1",
                    "{\"value\": {\"url\": \"http://wms.example.com\", \"api_key\": \"k\"}}"),
            PreflightCheck.DISTRIBUTION_CENTER,
            "distributionCenterConfig().set"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenTenants")
  void run_tenantBrokenOneWay_failsExactlyThatCheckWithItsFix(Broken broken) {
    broken.breakIt().accept(tenant);

    PreflightReport report = preflight().profiles(broken.profiles()).build().run();

    CheckResult failed = report.result(broken.check()).orElseThrow();
    assertThat(failed.status()).as(failed.reason()).isEqualTo(CheckStatus.FAIL);
    assertThat(failed.fix()).contains(broken.fixContains());
    assertThat(report.results())
        .filteredOn(r -> r.check() != broken.check())
        .allSatisfy(r -> assertThat(r.status()).as(r.check().id()).isEqualTo(CheckStatus.PASS));
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void run_paymentConfigForbidden_couldNotCheckNeverPass() {
    tenant.status(
        "/v0/config/payment",
        403,
        "{\"error_code\": \"forbidden\", \"message\": \"missing scope\"}");

    PreflightReport report = preflight(ENDLESS_AISLE).build().run();

    for (PreflightCheck c : List.of(PreflightCheck.USE_CHARGE_API, PreflightCheck.REFUND_OPTIONS)) {
      CheckResult r = report.result(c).orElseThrow();
      assertThat(r.status()).isEqualTo(CheckStatus.COULD_NOT_CHECK);
      assertThat(r.reason()).contains("HTTP 403").contains("payment.config.get");
      assertThat(r.fix()).contains("credentials");
    }
    assertThat(report.results(CheckStatus.FAIL)).isEmpty();
    assertThat(report.ok()).isFalse();
    assertThat(report.exitCode()).isEqualTo(2);
  }

  @Test
  void run_unconfirmedPathAnswers404WithoutNewStoreBody_couldNotCheckWithPathOverrideHint() {
    tenant.status("/v0/config/external_oms", 404, "<html>no such route</html>");

    CheckResult r =
        preflight(CASH_AND_CARRY)
            .build()
            .run()
            .result(PreflightCheck.EXTERNAL_OMS_ENABLED)
            .orElseThrow();

    assertThat(r.status()).isEqualTo(CheckStatus.COULD_NOT_CHECK);
    assertThat(r.reason()).contains("404").contains("unconfirmed");
    assertThat(r.fix()).contains("--path-override external-oms.get=");
  }

  @Test
  void run_oneViewUnreadableOtherFalse_failsOnWhatItSaw() {
    tenant.status("/v0/config/external_oms", 500, "{\"error_code\": \"boom\"}");
    tenant.ok("/v0/config/sales_order/external_oms", "{\"value\": {\"enabled\": false}}");

    CheckResult r =
        preflight(CASH_AND_CARRY)
            .build()
            .run()
            .result(PreflightCheck.EXTERNAL_OMS_ENABLED)
            .orElseThrow();

    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.reason()).contains("could not be read").contains("HTTP 500");
  }

  @Test
  void run_malformedAnswer_couldNotCheck() {
    tenant.ok("/v0/config/associate_app", "{\"value\": \"not an object\"}");

    CheckResult r =
        preflight(CASH_AND_CARRY).build().run().result(PreflightCheck.NEW_OM_UI).orElseThrow();

    assertThat(r.status()).isEqualTo(CheckStatus.COULD_NOT_CHECK);
    assertThat(r.reason()).contains("associate-app.config.get");
  }

  @Test
  void run_nothingListens_everyCheckCouldNotCheck() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (NewStoreClient offline = clientFor("http://127.0.0.1:" + port + "/")) {
      PreflightReport report =
          NewStorePreflight.builder().client(offline).profiles(ENDLESS_AISLE).build().run();

      assertThat(report.results())
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.status()).isEqualTo(CheckStatus.COULD_NOT_CHECK));
      assertThat(report.results().get(0).reason()).contains("network failure");
    }
  }

  @Test
  void run_cashAndCarryWithoutExternalAtp_passesAsOptional() {
    tenant.ok("/v0/config/routing/uses_external_atp", "{\"value\": false}");
    tenant.notConfigured("/v0/config/availability/webhook");

    PreflightReport report = preflight(CASH_AND_CARRY).build().run();

    assertThat(report.result(PreflightCheck.EXTERNAL_ATP).orElseThrow().reason())
        .contains("optional");
    assertThat(report.result(PreflightCheck.ATP_WEBHOOK).orElseThrow().status())
        .isEqualTo(CheckStatus.PASS);
  }

  @Test
  void run_chargeApiOffForCashAndCarry_warns() {
    tenant.ok(
        "/v0/config/payment",
        "{\"value\": {\"use_charge_api\": false, \"refund_options\": [\"original\", \"external\"]}}");

    CheckResult r =
        preflight(CASH_AND_CARRY).build().run().result(PreflightCheck.USE_CHARGE_API).orElseThrow();

    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
  }

  @Test
  void run_oneRefundOptionWithoutWantingRefundToOriginal_warns() {
    tenant.ok(
        "/v0/config/payment",
        "{\"value\": {\"use_charge_api\": true, \"refund_options\": [\"external\"]}}");

    PreflightReport report =
        NewStorePreflight.builder().client(client).profiles(CASH_AND_CARRY).build().run();

    assertThat(report.result(PreflightCheck.REFUND_OPTIONS).orElseThrow().status())
        .isEqualTo(CheckStatus.WARN);
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void run_dcProfileWithoutNodeIds_couldNotCheckDistributionCenter() {
    PreflightReport report =
        NewStorePreflight.builder().client(client).profiles(DC_FULFILLMENT_PROVIDER).build().run();

    assertThat(report.result(PreflightCheck.DISTRIBUTION_CENTER).orElseThrow().fix())
        .contains("--dc-node");
  }

  @Test
  void checks_dependOnProfiles() {
    NewStorePreflight cc =
        NewStorePreflight.builder().client(client).profiles(CASH_AND_CARRY).build();
    NewStorePreflight dc =
        NewStorePreflight.builder().client(client).profiles(DC_FULFILLMENT_PROVIDER).build();

    assertThat(cc.checks())
        .contains(PreflightCheck.EXTERNAL_OMS_ENABLED)
        .doesNotContain(
            PreflightCheck.MIXED_CART_CAPABILITY,
            PreflightCheck.SKIP_SOFT_ROUTING,
            PreflightCheck.PROBE_AVAILABILITY);
    assertThat(dc.checks())
        .containsExactly(
            PreflightCheck.SERVICE_LEVELS_ROUTED,
            PreflightCheck.SERVICE_LEVEL_PRIORITY,
            PreflightCheck.PROVIDER_RATES,
            PreflightCheck.TRANSFER_SHIPPING,
            PreflightCheck.DISTRIBUTION_CENTER);
  }

  @Test
  void builder_withoutProfileOrClient_throws() {
    assertThatThrownBy(() -> NewStorePreflight.builder().client(client).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("profile");
    assertThatThrownBy(() -> NewStorePreflight.builder().profiles(CASH_AND_CARRY).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("client");
  }

  @Test
  void checkResult_nonPassWithoutFix_isRejected() {
    assertThatThrownBy(
            () -> new CheckResult(PreflightCheck.GRACE_PERIOD, CheckStatus.FAIL, "x", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void profileAndCheck_parseTheirNames() {
    assertThat(IntegrationProfile.parse("Mixed_Cart")).isEqualTo(MIXED_CART);
    assertThat(PreflightCheck.byId("payment.use-charge-api"))
        .isEqualTo(PreflightCheck.USE_CHARGE_API);
    assertThatThrownBy(() -> IntegrationProfile.parse("bopis"))
        .hasMessageContaining("endless-aisle");
    assertThatThrownBy(() -> PreflightCheck.byId("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void run_urlWithCredentials_reportsItRedacted() {
    tenant.externalOrderWebhook("https://user:pw@oms.example.com/newstore?token=abc", 15);

    String reason =
        preflight(CASH_AND_CARRY)
            .build()
            .run()
            .result(PreflightCheck.EXTERNAL_ORDER_WEBHOOK)
            .orElseThrow()
            .reason();

    assertThat(reason)
        .contains("https://<redacted>@oms.example.com/newstore?<redacted>")
        .doesNotContain("pw")
        .doesNotContain("abc")
        .doesNotContain(FakeTenant.ORDER_KEY);
  }
}
