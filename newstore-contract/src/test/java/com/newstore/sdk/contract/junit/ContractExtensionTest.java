package com.newstore.sdk.contract.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.newstore.sdk.contract.internal.ContractCounters;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@ValidateAgainstContract
class ContractExtensionTest {

  private static final MediaType JSON = MediaType.get("application/json");

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient client = new OkHttpClient();
  private ContractRecorder contract;

  @BeforeEach
  void start(ContractRecorder contract) throws IOException {
    this.contract = contract;
    server.setDispatcher(contract.queueDispatcher());
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int call(String method, String path, String body) throws IOException {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    Request request =
        new Request.Builder()
            .url(server.url(path))
            .header("Authorization", "Bearer test-token")
            .method(method, body == null ? null : RequestBody.create(body, JSON))
            .build();
    try (Response response = client.newCall(request).execute()) {
      return response.code();
    }
  }

  @Test
  void aRequestThatFollowsTheContractIsValidatedAndCounted(ContractRecorder same)
      throws IOException {
    long before = ContractCounters.requests();

    int code =
        call(
            "POST",
            "/v0/d/fulfillment_requests/fr-1/reject_items",
            "{\"missing_items\":[{\"reason\":\"no_inventory\",\"product_ids\":[\"sku-1\"]}]}");

    assertThat(code).isEqualTo(200);
    assertThat(same).isSameAs(contract);
    assertThat(contract.violations()).isEmpty();
    assertThat(ContractCounters.requests()).isGreaterThan(before);
  }

  @Test
  @ContractExempt("checks that violations are recorded without failing an exempt test")
  void anExemptTestRecordsViolationsWithoutFailing() throws IOException {
    call("POST", "/v0/config/payment", "{\"value\":{}}");
    call("POST", "/v0/d/fulfillment_requests/fr-1/canceled_items", "{\"product_ids\":[]}");

    assertThat(contract.violations()).hasSize(2);
    assertThat(contract.violations().get(0).message()).contains("/v0/config/payment");
    assertThat(contract.violations().get(1).member()).isEqualTo("product_ids");
  }

  @Test
  void aBasePathIsRemovedBeforeMatching() {
    ContractRecorder prefixed = ContractRecorder.create().withBasePath("/sim/");

    var report =
        prefixed.validate(
            com.newstore.sdk.contract.HttpExchangeRequest.of(
                    "GET", "/sim/v0/config/availability/webhook")
                .withHeader("Authorization", "Bearer t"));

    assertThat(report.violations()).isEmpty();
  }

  @Test
  void aViolationFailsTheTestAfterItRan() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Violating.class))
                .build(),
            listener);

    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(summary.getFailures().get(0).getException())
        .hasMessageContaining("broke NewStore's published contract")
        .hasMessageContaining("product_ids")
        .hasMessageNotContaining("test-token");
  }

  private static TestExecutionSummary run(Class<?> testClass) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
            listener);
    return listener.getSummary();
  }

  @Test
  void aMockWebServerFieldIsWatchedWithoutAnyCodeInTheTest() {
    TestExecutionSummary summary = run(FieldOnly.class);

    assertThat(summary.getTestsStartedCount()).isEqualTo(2);
    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(summary.getFailures().get(0).getException())
        .hasMessageContaining("broke NewStore's published contract")
        .hasMessageContaining("product_ids");
  }

  @Test
  void aDispatcherSetInsideTheTestBodyFailsTheTest() {
    TestExecutionSummary summary = run(ReplacedInBody.class);

    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(summary.getFailures().get(0).getException())
        .hasMessageContaining("ReplacedInBody.server")
        .hasMessageContaining("contract.dispatcher(");
  }

  private static int post(MockWebServer server, String path, String json) throws IOException {
    Request request =
        new Request.Builder()
            .url(server.url(path))
            .header("Authorization", "Bearer test-token")
            .post(RequestBody.create(json, JSON))
            .build();
    try (Response response = new OkHttpClient().newCall(request).execute()) {
      return response.code();
    }
  }

  /** A MockWebServer field and {@code enqueue}, nothing else: the extension watches it. */
  @ValidateAgainstContract
  static class FieldOnly {
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
      server.enqueue(new MockResponse.Builder().code(200).build());
      server.start();
    }

    @AfterEach
    void stop() {
      server.close();
    }

    @Test
    void sendsAValidRequest() throws IOException {
      assertThat(post(server, "/v0/d/fulfillment_requests/fr-1/acknowledgement", "{}"))
          .isEqualTo(200);
    }

    @Test
    void sendsAnEmptyCancellation() throws IOException {
      assertThat(
              post(
                  server, "/v0/d/fulfillment_requests/fr-1/canceled_items", "{\"product_ids\":[]}"))
          .isEqualTo(200);
    }
  }

  /** Replaces the watched dispatcher inside the test body: its requests would go unchecked. */
  @ValidateAgainstContract
  static class ReplacedInBody {
    private final MockWebServer server = new MockWebServer();

    @AfterEach
    void stop() {
      server.close();
    }

    @Test
    void replacesTheDispatcher() throws IOException {
      server.setDispatcher(new mockwebserver3.QueueDispatcher());
      server.enqueue(new MockResponse.Builder().code(200).build());
      server.start();
      assertThat(post(server, "/v0/d/fulfillment_requests/fr-1/acknowledgement", "{}"))
          .isEqualTo(200);
    }
  }

  /** Run only by {@link #aViolationFailsTheTestAfterItRan} (surefire skips nested classes). */
  @ValidateAgainstContract
  static class Violating {
    @Test
    void sendsAnEmptyCancellation(ContractRecorder contract) throws Exception {
      try (MockWebServer server = new MockWebServer()) {
        server.setDispatcher(contract.queueDispatcher());
        server.start();
        server.enqueue(new MockResponse.Builder().code(200).build());
        Request request =
            new Request.Builder()
                .url(server.url("/v0/d/fulfillment_requests/fr-1/canceled_items"))
                .header("Authorization", "Bearer test-token")
                .post(RequestBody.create("{\"product_ids\":[]}", JSON))
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
          assertThat(response.code()).isEqualTo(200);
        }
      }
    }
  }
}
