package com.newstore.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreNetworkException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.Stage;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentRequestRef;
import com.newstore.sdk.fulfillment.FulfillmentWorkflow;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterTimeoutException;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.CheckStatus;
import com.newstore.sdk.preflight.IntegrationProfile;
import com.newstore.sdk.preflight.NewStorePreflight;
import com.newstore.sdk.preflight.PreflightCheck;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookTarget;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.JdkHttpServerAdapter;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Mistakes of the first-use trial (docs: shared review first-use.md, section 3) and their advice:
 * one test per row whose message did not (fully) say what to do. Each test asserts the words that
 * say what to do, not only the exception type.
 */
@NewStoreSimulatorTest
class FirstUseMistakesTest {
  private static final String PUBLIC_URL = "https://wms.acme.example/newstore";
  private static final String WEBHOOK_KEY = "webhook-key-0123456789";

  // ---- client settings -------------------------------------------------------------------------

  @Test
  void mistake02_tenantGivenAsHostName_suggestsTheTenantAndTheStage() {
    assertThatThrownBy(
            () ->
                NewStoreClient.builder()
                    .tenant("acme.p.newstore.net")
                    .credentials("id", "secret")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tenant(\"acme\")")
        .hasMessageContaining("stage(Stage.PRODUCTION)");
  }

  @Test
  void mistake03_unknownHostDuringTokenPost_suggestsATenantOrStageTypoAndSaysItRetried() {
    // No network: the DNS of this client answers "unknown host" for every name.
    OkHttpClient offline =
        new OkHttpClient.Builder()
            .dns(
                host -> {
                  throw new UnknownHostException(host);
                })
            .build();
    RetryPolicy fast =
        RetryPolicy.builder()
            .maxAttempts(3)
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(2))
            .build();
    try (NewStoreClient client =
        NewStoreClient.builder()
            .tenant("acme-typo")
            .stage(Stage.STAGING)
            .credentials("id", "secret")
            .okHttpClient(offline)
            .retryPolicy(fast)
            .build()) {
      assertThatThrownBy(() -> client.salesOrderConfig().externalOms().get())
          .isInstanceOf(NewStoreNetworkException.class)
          .hasMessageContaining("id.x.newstore.net")
          .hasMessageContaining("tenant(...) and stage(...)")
          .hasMessageContaining("typo")
          .hasMessageContaining("tried it 3 times")
          .hasMessageNotContaining("may be retried");
    }
  }

  @Test
  void mistake04_refusedCredentials_areAPublicAuthenticationException(NewStoreSimulator sim) {
    try (NewStoreClient client =
        sim.clientBuilder().credentials(sim.clientId(), "not-the-secret").build()) {
      assertThatThrownBy(() -> client.salesOrderConfig().externalOms().get())
          .isExactlyInstanceOf(AuthenticationException.class)
          .hasMessageContaining("check the client id and secret")
          .hasMessageContaining("tenant and stage");
    }
  }

  @Test
  void mistake05_tenantFromAnUnsetVariable_namesTheSettingAndTheVariable() {
    assertThatThrownBy(() -> NewStoreClient.builder().tenant(System.getenv("NO_SUCH_VARIABLE_X")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tenant is null")
        .hasMessageContaining("tenant(\"acme\")")
        .hasMessageContaining("environment variable");
  }

  @Test
  void mistake08_nullCredentials_nameTheSettingAndTheVariable() {
    assertThatThrownBy(() -> NewStoreClient.builder().credentials(null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("clientId is null")
        .hasMessageContaining("credentials(clientId, clientSecret)")
        .hasMessageContaining("environment variable");
  }

  @Test
  void mistake09_blankClientId_saysWhereItComesFrom() {
    assertThatThrownBy(() -> NewStoreClient.builder().credentials("", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientId is blank")
        .hasMessageContaining("API client NewStore issued for this tenant and stage");
  }

  @Test
  void mistake25_everyExampleParsesTheStageWithStageParse() throws IOException {
    assertThat(Stage.parse("staging")).isEqualTo(Stage.STAGING);
    assertThat(Stage.parse("STAGING")).isEqualTo(Stage.STAGING);
    assertThat(Stage.parse("x")).isEqualTo(Stage.STAGING);
    assertThatThrownBy(() -> Stage.parse("stage"))
        .hasMessageContaining("use production, staging or sandbox");

    Path examples = Path.of("..").toAbsolutePath().normalize();
    List<Path> readers;
    try (Stream<Path> files = Files.walk(examples, 12)) {
      readers =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/"))
              // Files that read the variable (a javadoc mention alone does not count).
              .filter(p -> read(p).contains("\"NEWSTORE_STAGE\""))
              .toList();
    }
    assertThat(readers).as("examples that read NEWSTORE_STAGE").isNotEmpty();
    assertThat(readers)
        .allSatisfy(
            p ->
                assertThat(read(p))
                    .as(p.toString())
                    .doesNotContain("Stage.valueOf")
                    .contains("Stage.parse("));
  }

  // ---- configuration ---------------------------------------------------------------------------

  @Test
  void mistake13_httpExternalOrderWebhook_isStoredAsDocumentedAndThePreflightWarns(
      NewStoreClient client) {
    // NewStore documents this url as a uri (not https), so it is accepted; the preflight warns.
    client
        .salesOrderConfig()
        .externalOrderWebhook()
        .set(ExternalOrderWebhookConfig.of("http://wms.acme.example/newstore", WEBHOOK_KEY));
    assertThat(client.salesOrderConfig().externalOrderWebhook().get().orElseThrow().value().url())
        .isEqualTo("http://wms.acme.example/newstore");

    CheckResult check = preflight(client, PreflightCheck.EXTERNAL_ORDER_WEBHOOK);
    assertThat(check.status()).isEqualTo(CheckStatus.WARN);
    assertThat(check.reason()).contains("is not https");
    assertThat(check.fix()).contains("an https base URL");
  }

  @Test
  void mistake16_atpTimeout_readBackFromNewStoreIsTheHandlersDeadline(
      NewStoreClient client, NewStoreSimulator sim) throws IOException {
    client
        .availabilityConfig()
        .webhook()
        .set(
            AvailabilityWebhookConfig.of(
                PUBLIC_URL + "/availability", WEBHOOK_KEY, Duration.ofSeconds(30)));
    // One source of truth: the deadline is the timeout NewStore has, read back from it.
    Duration registered =
        client.availabilityConfig().webhook().get().orElseThrow().value().timeout();
    List<Duration> deadlines = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(WEBHOOK_KEY)
            .routePrefix("/newstore")
            .timeout(WebhookKind.AVAILABILITY, registered)
            .availabilityHandler(
                (request, context) -> {
                  deadlines.add(Duration.between(Instant.now(), context.deadline()));
                  return AvailabilityResponse.of(List.of());
                })
            .build();
    try (JdkHttpServerAdapter.Server server =
        JdkHttpServerAdapter.start(
            webhooks, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      sim.webhooks()
          .forward(
              URI.create(PUBLIC_URL), URI.create("http://127.0.0.1:" + server.port() + "/newstore"))
          .requestAvailability(List.of("sku-tee"), List.of("store-1"))
          .assertSuccess();
    }
    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0)).isGreaterThan(Duration.ofSeconds(20));
  }

  @Test
  void mistake16_atpHandlerWithoutTheRegisteredTimeout_logsAWarningSayingWhatToPass() {
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger("com.newstore.sdk.webhooks");
    logger.addHandler(capture);
    try {
      NewStoreWebhooks.builder()
          .apiKey(WEBHOOK_KEY)
          .availabilityHandler((request, context) -> AvailabilityResponse.of(List.of()))
          .build();
    } finally {
      logger.removeHandler(capture);
    }
    assertThat(records)
        .anySatisfy(
            r ->
                assertThat(r.getMessage())
                    .contains("AvailabilityWebhookConfig")
                    .contains("timeout(WebhookKind.AVAILABILITY, ...)"));
  }

  @Test
  void mistake18_atpApiKeyShorterThanNewStoresMinimum_isRefusedByTheWebhooksBuilder() {
    assertThatThrownBy(
            () -> NewStoreWebhooks.builder().apiKey(WebhookKind.AVAILABILITY, "tiny-key-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 20")
        .hasMessageNotContaining("tiny-key-9");
    assertThatThrownBy(
            () ->
                NewStoreWebhooks.builder()
                    .apiKey("short")
                    .timeout(WebhookKind.AVAILABILITY, Duration.ofSeconds(5))
                    .availabilityHandler((request, context) -> AvailabilityResponse.of(List.of()))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 20");
    // The rule is NewStore's for the ATP key only: a short DC key is still accepted.
    assertThat(
            NewStoreWebhooks.builder()
                .apiKey("short")
                .fulfillmentRequestHandler((request, context) -> {})
                .build())
        .isNotNull();
  }

  @Test
  void mistake19_associateAppUpdate_keepsTheOtherSettings(NewStoreClient client) {
    client.associateAppConfig().set(AssociateAppConfiguration.empty().withMixedCart(true));

    client.associateAppConfig().update(c -> c.withUseNewOmUi(true));

    AssociateAppConfiguration stored = client.associateAppConfig().get().orElseThrow().value();
    assertThat(stored.useNewOmUi()).contains(true);
    assertThat(stored.mixedCart()).as("mixed_cart survives the update").contains(true);
  }

  @Test
  void mistake35_readingAConfigThatWasNeverSet_isEmptyNotAnError(NewStoreClient client) {
    assertThat(client.salesOrderConfig().externalOms().get()).isEmpty();
  }

  @Test
  void mistake36_preflightAfterGettingStartedGaps_failsWithTheCallThatFixesIt(
      NewStoreClient client) {
    CheckResult check = preflight(client, PreflightCheck.EXTERNAL_OMS_ENABLED);
    assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(check.fix())
        .contains("client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true))")
        .doesNotContain("--path-override");

    client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true));
    assertThat(preflight(client, PreflightCheck.EXTERNAL_OMS_ENABLED).status())
        .isEqualTo(CheckStatus.PASS);
  }

  // ---- fulfillment -----------------------------------------------------------------------------

  @Test
  void mistake21_shipTwiceThroughTheWorkflow_namesTheProductId(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-2", "sku-tee");
    try (NewStoreClient client = sim.newClient();
        FulfillmentProviderClient provider = FulfillmentProviderClient.create(client)) {
      FulfillmentWorkflow flow =
          FulfillmentWorkflow.of(provider, FulfillmentRequestRef.of("fr-2", List.of("sku-tee")));
      flow.accept();
      flow.ship(List.of("sku-tee"), Shipment.of("1Z999AA10123456784", "UPS"));

      assertThatThrownBy(
              () -> flow.ship(List.of("sku-tee"), Shipment.of("1Z999AA10123456785", "UPS")))
          .isInstanceOf(NewStoreValidationException.class)
          .hasMessageContaining("nothing was sent")
          .hasMessageContaining("sku-tee")
          .hasMessageContaining("not an open unit");
    }
  }

  @Test
  void mistake22_shipTwiceThroughTheProviderClient_isSentAsNewStoreDocuments(
      NewStoreSimulator sim) {
    // NewStore documents no error for a unit reported twice; only the workflow tracks units.
    sim.createFulfillmentRequest("fr-3", "sku-tee");
    try (NewStoreClient client = sim.newClient();
        FulfillmentProviderClient provider = FulfillmentProviderClient.create(client)) {
      provider.accept("fr-3");
      provider.ship("fr-3", List.of("sku-tee"), Shipment.of("1Z999AA10123456784", "UPS"));
      provider.ship("fr-3", List.of("sku-tee"), Shipment.of("1Z999AA10123456785", "UPS"));
    }
    assertThat(sim.requests("POST", "/v0/d/fulfillment_requests/{id}/shipment")).hasSize(2);
    assertThat(sim.fulfillmentRequest("fr-3").orElseThrow().statusesOf("sku-tee"))
        .as("still one unit, reported for shipment (201 is not a confirmation)")
        .containsExactly(UnitStatus.SHIPMENT_PENDING);
  }

  @Test
  void consistency_oneArgFulfillmentHandler_unitsFirstEverywhere_andNoArgWaiters(
      NewStoreClient client, NewStoreSimulator sim) throws Exception {
    List<FulfillmentRequest> received = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(WEBHOOK_KEY)
            .routePrefix("/newstore")
            // one argument, as eventHandler(event -> ...) takes
            .fulfillmentRequestHandler(request -> received.add(request))
            .build();
    try (JdkHttpServerAdapter.Server server =
        JdkHttpServerAdapter.start(
            webhooks, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      sim.configureDistributionCenter(
          "DC-1",
          URI.create("http://127.0.0.1:" + server.port() + "/newstore/fulfillment_requests"),
          WEBHOOK_KEY);
      FulfillmentRequest request = sim.createFulfillmentRequest("fr-6", "sku-tee", "sku-cap");
      sim.webhooks().sendFulfillmentRequest(request, "DC-1").assertSuccess();
    }
    assertThat(received).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("fr-6"));

    try (FulfillmentProviderClient provider = FulfillmentProviderClient.create(client)) {
      FulfillmentWorkflow flow =
          FulfillmentWorkflow.of(
              provider, FulfillmentRequestRef.of("fr-6", List.of("sku-tee", "sku-cap")));
      flow.accept();
      // The units first, then what happened to them: ship, reject and cancel alike.
      flow.reject(List.of("sku-cap"), RejectionReason.NO_INVENTORY);
      flow.ship(List.of("sku-tee"), Shipment.of("1Z999AA10123456784", "UPS"));
      // Every waiter has the no-argument form.
      assertThat(flow.awaitRejected().value()).isNotNull();
      assertThat(flow.awaitShippedAsync().get(30, TimeUnit.SECONDS).value()).isNotNull();
    }
    assertThat(sim.fulfillmentRequest("fr-6").orElseThrow().statusesOf("sku-cap"))
        .containsExactly(UnitStatus.REJECTED);
  }

  @Test
  void friction29_waiterThatGivesUp_namesTheUnitsNotConfirmed(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-7", "sku-tee", "sku-cap");
    WaiterOptions short1s =
        WaiterOptions.builder()
            .initialInterval(Duration.ofMillis(20))
            .maxInterval(Duration.ofMillis(50))
            .maxTotalTime(Duration.ofSeconds(1))
            .build();
    try (NewStoreClient client = sim.newClient();
        FulfillmentProviderClient provider = FulfillmentProviderClient.create(client)) {
      provider.accept("fr-7");

      assertThatThrownBy(
              () ->
                  provider
                      .waiter()
                      .untilShipped("fr-7", List.of("sku-tee"))
                      .options(short1s)
                      .await())
          .isInstanceOf(WaiterTimeoutException.class)
          .hasMessageContaining("sku-tee")
          .hasMessageContaining("was the shipment sent?");
    }
  }

  // ---- test kit --------------------------------------------------------------------------------

  @Test
  void mistake26_serverNotStarted_assertSuccessSaysToStartIt(NewStoreSimulator sim)
      throws IOException {
    int freePort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freePort = probe.getLocalPort();
    }
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-4", "sku-tee");
    WebhookResult result =
        sim.webhooks()
            .sendFulfillmentRequest(
                WebhookTarget.of(
                    URI.create("http://127.0.0.1:" + freePort + "/newstore/fulfillment_requests"),
                    WEBHOOK_KEY),
                request);

    assertThat(result.successful()).isFalse();
    assertThatThrownBy(result::assertSuccess)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("start the webhook server first")
        .hasMessageContaining("JdkHttpServerAdapter.start(webhooks, address)");
  }

  @Test
  void mistake27_publicUrlWithoutForwarding_assertSuccessPointsToForward() {
    // What the sender reports when the registered host does not resolve (no DNS query in tests).
    WebhookResult result = new WebhookResult(-1, "", 4, "UnknownHostException: wms.acme.example");

    assertThatThrownBy(result::assertSuccess)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("sim.webhooks().forward(registeredUrl")
        .hasMessageContaining("WebhookTarget");
  }

  @Test
  void mistake28_dcNotConfiguredInTheSimulator_namesTheCallThatConfiguresIt(NewStoreSimulator sim) {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-5", "sku-tee");

    assertThatThrownBy(() -> sim.webhooks().sendFulfillmentRequest(request, "dc-unknown"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sim.configureDistributionCenter(...)");
  }

  @Test
  void friction30_atpWebhookNotConfiguredInTheSimulator_namesTheCallThatConfiguresIt(
      NewStoreSimulator sim) {
    assertThatThrownBy(
            () -> sim.webhooks().requestAvailability(List.of("sku-tee"), List.of("store-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client.availabilityConfig().webhook().set(")
        .hasMessageContaining("WebhookTarget");
  }

  @Test
  void mistake30_startTheServerTwiceOnOnePort_saysToCloseItOrBindPortZero() throws IOException {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder().apiKey(WEBHOOK_KEY).eventHandler(event -> {}).build();
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    try (JdkHttpServerAdapter.Server first = JdkHttpServerAdapter.start(webhooks, loopback)) {
      InetSocketAddress taken =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), first.port());

      assertThatThrownBy(() -> JdkHttpServerAdapter.start(webhooks, taken))
          .isInstanceOf(java.net.BindException.class)
          .hasMessageContaining(":" + first.port() + " ")
          .hasMessageContaining("close it, or bind port 0");
    }
  }

  // ---- closed client ---------------------------------------------------------------------------

  @Test
  void mistake31_callAfterClose_isRefusedAtOnce(NewStoreSimulator sim) {
    NewStoreClient client = sim.newClient();
    client.close();

    assertThatThrownBy(
            () -> client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NewStoreClient is closed");
  }

  @Test
  void mistake32_providerOnAClosedClient_isRefusedAtOnce(NewStoreSimulator sim) {
    NewStoreClient client = sim.newClient();
    client.close();
    FulfillmentProviderClient provider = FulfillmentProviderClient.create(client);

    assertThatThrownBy(() -> provider.accept("fr-x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NewStoreClient is closed");
    provider.close();
  }

  @Test
  void mistake33_waiterAfterClose_isRefusedAtOnceNotReportedAsATimeout(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-9", "sku-tee");
    NewStoreClient client = sim.newClient();
    FulfillmentProviderClient provider = FulfillmentProviderClient.create(client);
    FulfillmentWorkflow flow =
        FulfillmentWorkflow.of(provider, FulfillmentRequestRef.of("fr-9", List.of("sku-tee")));
    flow.accept();
    client.close();
    WaiterOptions sixSeconds = WaiterOptions.builder().maxTotalTime(Duration.ofSeconds(6)).build();

    assertThatThrownBy(
            () ->
                provider
                    .waiter()
                    .untilShipped("fr-9", List.of("sku-tee"))
                    .options(sixSeconds)
                    .await())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NewStoreClient is closed");
    provider.close();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static CheckResult preflight(NewStoreClient client, PreflightCheck check) {
    return NewStorePreflight.builder()
        .client(client)
        .profiles(IntegrationProfile.ENDLESS_AISLE)
        .build()
        .run()
        .result(check)
        .orElseThrow(() -> new AssertionError("the preflight did not run " + check));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
