package com.newstore.sdk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.contract.NewStoreContract;
import com.newstore.sdk.contract.Violation;
import com.newstore.sdk.contract.junit.ContractExempt;
import com.newstore.sdk.contract.junit.RecordedRequests;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookProbeTest {
  private static final String ORDER =
      """
      {"id": "A-1", "origin": "external", "origin_id": "A-1", "placed_at": "2026-01-01T00:00:00Z",
       "status": "complete", "currency": "USD", "channel_type": "store",
       "fulfillment_type": "in_store_purchase", "items": [],
       "totals": {"discount": 0, "gross": 10, "net": 10, "shipping": 0, "tax": 0, "total": 10},
       "payment_history": [{"amount": 10, "category": "payment", "currency": "USD",
         "method": "cash"}]}
      """;

  private final FakeTenant tenant = new FakeTenant();
  private final Oms oms = new Oms();
  private MockWebServer newstore;

  @ContractExempt(
      "stands for the integrator: its dispatcher validates the probes against"
          + " specs/newstore-webhooks.yaml instead of the NewStore API")
  private MockWebServer integrator;

  private NewStoreClient client;

  /** The integrator's endpoints: check the key, answer what the test sets. */
  static final class Oms extends Dispatcher {
    volatile String atpBody =
        "{\"availabilities\": [{\"product_id\": \"P-1\", \"external_identifier\": \"P-1\","
            + " \"fulfillment_location\": \"L-1\", \"atp\": 3}]}";
    volatile String historyBody = "{\"orders\": [" + ORDER + "]}";
    volatile String detailsBody = ORDER;
    volatile boolean anyKey;
    volatile long delayMillis;

    /** What the probes sent that NewStore's webhook documents do not allow. */
    final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());

    @Override
    public MockResponse dispatch(RecordedRequest r) {
      String path = r.getUrl().encodedPath();
      validate(r, path);
      String auth = r.getHeaders().get("Authorization");
      String expected = path.equals("/atp") ? FakeTenant.ATP_KEY : FakeTenant.ORDER_KEY;
      MockResponse.Builder b =
          new MockResponse.Builder().addHeader("Content-Type", "application/json");
      if (delayMillis > 0 && path.equals("/newstore/orders")) {
        b.headersDelay(delayMillis, TimeUnit.MILLISECONDS);
      }
      // Each kind's documented form: the raw key for ATP; Bearer for the order webhooks
      // (unconfirmed).
      String form = path.equals("/atp") ? expected : "Bearer " + expected;
      if (!anyKey && !form.equals(auth)) {
        return b.code(401).body("{}").build();
      }
      return switch (path) {
        case "/atp" -> b.body(atpBody).build();
        case "/newstore/orders" -> b.body(historyBody).build();
        case "/newstore/orders/A-1" -> b.body(detailsBody).build();
        default -> b.code(404).body("{}").build();
      };
    }

    /** Each probe is checked against the webhook it stands for, whatever the integrator's path. */
    private void validate(RecordedRequest r, String path) {
      String operation =
          path.equals("/atp")
              ? "availabilityRequest"
              : path.equals("/newstore/orders") ? "purchaseHistory" : "orderDetails";
      violations.addAll(
          NewStoreContract.webhooks()
              .validateRequest(operation, RecordedRequests.toExchange(r))
              .violations());
    }
  }

  @BeforeEach
  void start() throws IOException {
    newstore = new MockWebServer();
    newstore.setDispatcher(tenant);
    newstore.start();
    integrator = new MockWebServer();
    integrator.setDispatcher(oms);
    integrator.start();
    client = NewStorePreflightTest.clientFor(newstore.url("/").toString());
    tenant.atpWebhook(integrator.url("/atp").toString(), FakeTenant.ATP_KEY, "product_id");
    tenant.externalOrderWebhook(integrator.url("/newstore").toString(), 1);
  }

  @AfterEach
  void stop() {
    client.close();
    newstore.close();
    integrator.close();
    assertThat(oms.violations).as("probe requests off specs/newstore-webhooks.yaml").isEmpty();
  }

  private PreflightReport probe() {
    return NewStorePreflight.builder()
        .client(client)
        .profiles(IntegrationProfile.ENDLESS_AISLE)
        .probeWebhooks(true)
        .probeProduct("P-1", "L-1")
        .probeCustomerEmail("ann@example.com")
        .probeOrderId("A-1")
        .build()
        .run();
  }

  private static CheckResult result(PreflightReport report, PreflightCheck check) {
    return report.result(check).orElseThrow();
  }

  @Test
  void probe_correctEndpoints_passAndRefuseAWrongKey() throws Exception {
    PreflightReport report = probe();

    for (PreflightCheck c :
        List.of(
            PreflightCheck.PROBE_AVAILABILITY,
            PreflightCheck.PROBE_PURCHASE_HISTORY,
            PreflightCheck.PROBE_ORDER_DETAILS)) {
      CheckResult r = result(report, c);
      assertThat(r.status()).as(r.reason()).isEqualTo(CheckStatus.PASS);
      assertThat(r.reason()).contains("a wrong api key is refused");
    }
    RecordedRequest atp = integrator.takeRequest(5, TimeUnit.SECONDS);
    assertThat(atp.getMethod()).isEqualTo("POST");
    @SuppressWarnings("unchecked")
    Map<String, Object> body =
        (Map<String, Object>)
            new Moshi.Builder().build().adapter(Object.class).fromJson(atp.getBody().utf8());
    assertThat(body)
        .containsEntry("fulfillment_locations", List.of("L-1"))
        .containsEntry(
            "products", List.of(Map.of("product_id", "P-1", "external_identifier", "P-1")));
  }

  @Test
  void probe_purchaseHistorySendsTheCustomerEmail() throws Exception {
    probe();

    boolean seen = false;
    for (int i = 0; i < integrator.getRequestCount() && !seen; i++) {
      RecordedRequest r = integrator.takeRequest(5, TimeUnit.SECONDS);
      seen = "ann@example.com".equals(r.getUrl().queryParameter("consumer_email"));
    }
    assertThat(seen).isTrue();
  }

  @Test
  void probe_atpAnswerWithoutAtp_fails() {
    oms.atpBody =
        "{\"availabilities\": [{\"product_id\": \"P-1\", \"fulfillment_location\": \"L-1\"}]}";

    CheckResult r = result(probe(), PreflightCheck.PROBE_AVAILABILITY);

    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.fix()).contains("\"atp\": <integer >= 0>");
  }

  @Test
  void probe_endpointRefusesTheConfiguredKey_fails() {
    tenant.atpWebhook(
        integrator.url("/atp").toString(), "another-key-of-enough-length", "product_id");

    CheckResult r = result(probe(), PreflightCheck.PROBE_AVAILABILITY);

    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.reason()).contains("HTTP 401").doesNotContain("another-key");
    assertThat(r.fix()).contains("api key");
  }

  @Test
  void probe_endpointAcceptsAnyKey_warns() {
    oms.anyKey = true;

    CheckResult r = result(probe(), PreflightCheck.PROBE_PURCHASE_HISTORY);

    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.reason()).contains("wrong api key");
  }

  @Test
  void probe_unsupportedPaymentMethod_fails() {
    oms.detailsBody = ORDER.replace("\"cash\"", "\"paypal\"");

    CheckResult r = result(probe(), PreflightCheck.PROBE_ORDER_DETAILS);

    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.reason()).contains("paypal");
    assertThat(r.fix()).contains("omit payment_history");
  }

  @Test
  void probe_historyWithoutOrders_fails() {
    oms.historyBody = "[]";

    assertThat(result(probe(), PreflightCheck.PROBE_PURCHASE_HISTORY).status())
        .isEqualTo(CheckStatus.FAIL);
  }

  @Test
  void probe_slowerThanTheConfiguredTimeout_fails() {
    oms.delayMillis = 1_500; // purchase history only; the webhook timeout is 1 s

    CheckResult r = result(probe(), PreflightCheck.PROBE_PURCHASE_HISTORY);

    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.reason()).contains("within the configured 1 s");
  }

  @Test
  void probe_withoutOrderId_couldNotCheckOrderDetails() {
    PreflightReport report =
        NewStorePreflight.builder()
            .client(client)
            .profiles(IntegrationProfile.CASH_AND_CARRY)
            .probeWebhooks(true)
            .build()
            .run();

    CheckResult r = result(report, PreflightCheck.PROBE_ORDER_DETAILS);
    assertThat(r.status()).isEqualTo(CheckStatus.COULD_NOT_CHECK);
    assertThat(r.fix()).contains("--probe-order-id");
  }

  @Test
  void probe_endpointDown_couldNotCheck() {
    integrator.close();

    CheckResult r = result(probe(), PreflightCheck.PROBE_AVAILABILITY);

    assertThat(r.status()).isEqualTo(CheckStatus.COULD_NOT_CHECK);
    assertThat(r.reason()).contains("could not reach");
  }

  @Test
  void command_probeOptions_reachTheProbes() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream print =
        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
    String[] args = {
      "--base-url",
      newstore.url("/").toString(),
      "--token-url",
      newstore.url(FakeTenant.TOKEN_PATH).toString(),
      "--profile",
      "endless-aisle",
      "--json",
      "--probe",
      "--probe-product",
      "P-1",
      "--probe-location",
      "L-1",
      "--probe-email",
      "ann@example.com",
      "--probe-order-id",
      "A-1",
      "--purchase-history-route",
      "/orders",
      "--order-details-route",
      "/orders/{id}"
    };
    Map<String, String> env = Map.of("NEWSTORE_CLIENT_ID", "id", "NEWSTORE_CLIENT_SECRET", "s");

    PreflightCommand.run(args, env, print, print);

    @SuppressWarnings("unchecked")
    Map<String, Object> json =
        (Map<String, Object>)
            new Moshi.Builder()
                .build()
                .adapter(Object.class)
                .fromJson(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("results");
    assertThat(results)
        .filteredOn(r -> r.get("id").toString().startsWith("probe."))
        .extracting(r -> r.get("status"))
        .containsExactly("pass", "pass", "pass");
  }
}
