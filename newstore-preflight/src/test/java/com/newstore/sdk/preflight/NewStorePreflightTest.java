package com.newstore.sdk.preflight;

import static com.newstore.sdk.preflight.IntegrationProfile.CASH_AND_CARRY;
import static com.newstore.sdk.preflight.IntegrationProfile.DC_FULFILLMENT_PROVIDER;
import static com.newstore.sdk.preflight.IntegrationProfile.ENDLESS_AISLE;
import static com.newstore.sdk.preflight.IntegrationProfile.MIXED_CART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

  @Test
  void run_paymentConfigForbidden_couldNotCheckNeverPass() {
    tenant.status(
        "/v1/p/config/payment_options",
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
  void run_settingAnswers404_failsWithTheCallThatSetsIt_notAPathOverride() {
    tenant.status("/v0/config/sales_order/external_oms", 404, "<html>no such route</html>");

    CheckResult r =
        preflight(CASH_AND_CARRY)
            .build()
            .run()
            .result(PreflightCheck.EXTERNAL_OMS_ENABLED)
            .orElseThrow();

    // The client reads a 404 as "not set"; the fix is the call that sets it.
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.fix())
        .contains("client.salesOrderConfig().externalOms().set(")
        .doesNotContain("path-override");
  }

  @Test
  void run_externalOmsFalse_fails() {
    tenant.ok("/v0/config/sales_order/external_oms", "{\"value\": {\"enabled\": false}}");

    CheckResult r =
        preflight(CASH_AND_CARRY)
            .build()
            .run()
            .result(PreflightCheck.EXTERNAL_OMS_ENABLED)
            .orElseThrow();

    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.reason()).contains("enabled=false");
  }

  @Test
  void run_malformedAnswer_couldNotCheck() {
    tenant.ok("/api/v1/associate-app/config", "[\"not an object\"]");

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
        "/v1/p/config/payment_options",
        "{\"use_charge_api\": false, \"refund_options\": [\"original\", \"external\"]}");

    CheckResult r =
        preflight(CASH_AND_CARRY).build().run().result(PreflightCheck.USE_CHARGE_API).orElseThrow();

    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
  }

  @Test
  void run_oneRefundOptionWithoutWantingRefundToOriginal_warns() {
    tenant.ok(
        "/v1/p/config/payment_options",
        "{\"use_charge_api\": true, \"refund_options\": [\"external\"]}");

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
        // Seed 000's routing rules are for endless-aisle orders, not DC-only tenants.
        .containsExactly(
            PreflightCheck.DISTRIBUTION_CENTER,
            PreflightCheck.PROVIDER_RATES,
            PreflightCheck.TRANSFER_SHIPPING);
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
