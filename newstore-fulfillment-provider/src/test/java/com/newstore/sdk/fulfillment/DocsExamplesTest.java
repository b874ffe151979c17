package com.newstore.sdk.fulfillment;

import static com.newstore.sdk.fulfillment.TestSupport.body;
import static com.newstore.sdk.fulfillment.TestSupport.empty;
import static com.newstore.sdk.fulfillment.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.Stage;
import com.newstore.sdk.fulfillment.TestSupport.MutableClock;
import com.newstore.sdk.fulfillment.TestSupport.VirtualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The code shown in docs/fulfillment-provider.md, kept compiling and run against a loopback server
 * on virtual time.
 */
@Timeout(20)
class DocsExamplesTest {
  private static final String PREFIX = "/v0/d/fulfillment_requests/fr-7/";
  private static final Map<String, String> UPS =
      Map.of("tracking_code", "1Z999AA10123456784", "carrier", "UPS");

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  private final VirtualScheduler scheduler = new VirtualScheduler(clock, Duration.ZERO);
  private final FulfillmentRequestRef request =
      TestSupport.fulfillmentRequest("fr-7", "sku-1", "sku-2", "sku-3");
  private final RecordingLog log = new RecordingLog();
  private NewStoreClient client;
  private FulfillmentProviderClient fulfillment;

  @BeforeEach
  void setUp() throws Exception {
    server.start();
    client = TestSupport.newStoreClient(server, clock);
    fulfillment =
        FulfillmentProviderClient.builder(client).scheduler(scheduler).clock(clock).build();
  }

  @AfterEach
  void tearDown() {
    fulfillment.close();
    scheduler.shutdownNow();
    client.close();
    server.close();
  }

  @Test
  void setupDoc_buildsClientForTheTenant() {
    String clientId = "id";
    String clientSecret = "secret";
    // docs:fulfillment-setup
    NewStoreClient client =
        NewStoreClient.builder()
            .tenant("acme")
            .stage(Stage.PRODUCTION)
            .credentials(clientId, clientSecret)
            .build();
    FulfillmentProviderClient fulfillment = FulfillmentProviderClient.create(client);
    // docs:end
    try (client) {
      assertThat(client.baseUrl()).hasToString("https://acme.p.newstore.net/");
      assertThat(fulfillment).isNotNull();
      fulfillment.close();
    }
  }

  @Test
  void happyPathDoc_acceptsShipsAndWaitsForConfirmation() throws Exception {
    server.enqueue(empty(204));
    server.enqueue(empty(201));
    server.enqueue(json(404, "{}"));
    server.enqueue(
        json(
            200,
            "{\"successful_shipments\": [{\"product_ids\": [\"sku-1\", \"sku-2\", \"sku-3\"]}]}"));
    // docs:fulfillment-happy-path
    WaiterResult<ShipmentStatus> shipped =
        FulfillmentWorkflow.of(fulfillment, request)
            .accept()
            .ship(Shipment.of("1Z999AA10123456784", "UPS")) // every open unit, one package
            .awaitShipped();
    log.info("confirmed after {} polls in {}", shipped.attempts(), shipped.elapsed());
    // docs:end

    assertThat(shipped.attempts()).isEqualTo(2);
    assertThat(log.messages).containsExactly("confirmed after 2 polls in " + shipped.elapsed());
    assertThat(TestSupport.take(server).getUrl().encodedPath())
        .isEqualTo(PREFIX + "acknowledgement");
    RecordedRequest ship = TestSupport.take(server);
    assertThat(ship.getUrl().encodedPath()).isEqualTo(PREFIX + "shipment");
    assertThat(body(ship))
        .isEqualTo(
            Map.of(
                "line_items",
                List.of(
                    Map.of("product_ids", List.of("sku-1", "sku-2", "sku-3"), "shipment", UPS))));
    for (int i = 0; i < 2; i++) {
      RecordedRequest poll = TestSupport.take(server);
      assertThat(poll.getMethod()).isEqualTo("GET");
      assertThat(poll.getUrl().encodedPath()).isEqualTo(PREFIX + "shipment");
    }
  }

  @Test
  void rejectionDoc_rejectsEveryUnitAndWaitsForTheRejection() throws Exception {
    server.enqueue(empty(201));
    server.enqueue(
        json(
            200,
            "{\"missing_items\": [{\"reason\": \"no_inventory\", \"product_ids\":"
                + " [\"sku-1\", \"sku-2\", \"sku-3\"]}]}"));
    // docs:fulfillment-reject-all
    FulfillmentWorkflow.of(fulfillment, request)
        .rejectAll(RejectionReason.NO_INVENTORY)
        .awaitRejected(WaiterOptions.defaults());
    // without the workflow: fulfillment.rejectRequest(request, RejectionReason.NO_INVENTORY);
    // docs:end

    RecordedRequest reject = TestSupport.take(server);
    assertThat(reject.getUrl().encodedPath()).isEqualTo(PREFIX + "reject_items");
    assertThat(body(reject))
        .isEqualTo(
            Map.of(
                "missing_items",
                List.of(
                    Map.of(
                        "reason",
                        "no_inventory",
                        "product_ids",
                        List.of("sku-1", "sku-2", "sku-3")))));
    RecordedRequest poll = TestSupport.take(server);
    assertThat(poll.getMethod()).isEqualTo("GET");
    assertThat(poll.getUrl().encodedPath()).isEqualTo(PREFIX + "rejection");
  }

  @Test
  void partialRejectionDoc_rejectsOneAndShipsTheRest() throws Exception {
    server.enqueue(empty(204));
    server.enqueue(empty(201));
    server.enqueue(empty(201));
    server.enqueue(
        json(200, "{\"successful_shipments\": [{\"product_ids\": [\"sku-1\", \"sku-3\"]}]}"));
    // docs:fulfillment-partial-rejection
    FulfillmentWorkflow flow = FulfillmentWorkflow.of(fulfillment, request).accept();
    flow.reject(List.of("sku-2"), RejectionReason.NO_INVENTORY);
    flow.ship(Shipment.of("1Z999AA10123456784", "UPS")) // the remaining open units
        .awaitShipped();
    // docs:end

    assertThat(flow.openProductIds()).isEmpty();
    assertThat(TestSupport.take(server).getUrl().encodedPath())
        .isEqualTo(PREFIX + "acknowledgement");
    assertThat(body(TestSupport.take(server)))
        .isEqualTo(
            Map.of(
                "missing_items",
                List.of(Map.of("reason", "no_inventory", "product_ids", List.of("sku-2")))));
    assertThat(body(TestSupport.take(server)))
        .isEqualTo(
            Map.of(
                "line_items",
                List.of(Map.of("product_ids", List.of("sku-1", "sku-3"), "shipment", UPS))));
    assertThat(TestSupport.take(server).getMethod()).isEqualTo("GET");
  }

  @Test
  void cancellationDoc_cancelsAndWaitsForTheCancellation() throws Exception {
    server.enqueue(empty(201));
    server.enqueue(json(200, "{\"canceled_items\": [{\"product_id\": \"sku-3\"}]}"));
    // docs:fulfillment-cancel
    FulfillmentWorkflow.of(fulfillment, request)
        .cancel(List.of("sku-3"))
        .awaitCanceled(WaiterOptions.defaults());
    // docs:end

    RecordedRequest cancel = TestSupport.take(server);
    assertThat(cancel.getUrl().encodedPath()).isEqualTo(PREFIX + "canceled_items");
    assertThat(body(cancel)).isEqualTo(Map.of("product_ids", List.of("sku-3")));
    RecordedRequest poll = TestSupport.take(server);
    assertThat(poll.getMethod()).isEqualTo("GET");
    assertThat(poll.getUrl().encodedPath()).isEqualTo(PREFIX + "canceled_items");
  }

  @Test
  void waitersDoc_blockingWaitReportsPollsAndAsyncWaitStopsOnCancel() throws Exception {
    String id = "fr-7";
    List<String> productIds = List.of("sku-1");
    server.enqueue(json(404, "{}"));
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));
    // A poll of the asynchronous waiter, should it start before it is cancelled.
    server.enqueue(
        new MockResponse.Builder(json(404, "{}")).headersDelay(300, TimeUnit.MILLISECONDS).build());
    // docs:fulfillment-waiters
    WaiterOptions options =
        WaiterOptions.builder()
            .maxAttempts(40)
            .maxTotalTime(Duration.ofMinutes(5))
            .initialInterval(Duration.ofSeconds(2)) // doubles per poll ...
            .maxInterval(Duration.ofSeconds(30)) // ... up to this
            .jitter(0.2) // up to 20 % shorter, at random
            .listener(a -> log.debug("poll {} after {}: {}", a.attempt(), a.elapsed(), a.outcome()))
            .build();

    // blocking
    WaiterResult<ShipmentStatus> r =
        fulfillment.waiter().untilShipped(id, productIds).options(options).await();

    // asynchronous: no thread is held while waiting; cancel() stops polling
    CompletableFuture<WaiterResult<ShipmentStatus>> f =
        fulfillment.waiter().untilShipped(id, productIds).options(options).start();
    f.cancel(true); // cancels the scheduled poll and any call in flight: no further request
    // docs:end

    assertThat(r.attempts()).isEqualTo(2);
    assertThat(r.elapsed()).isBetween(Duration.ofMillis(1600), Duration.ofSeconds(2));
    assertThat(log.messages)
        .containsExactly("poll 1 after PT0S: RETRY", "poll 2 after " + r.elapsed() + ": SUCCESS");
    assertThat(f).isCancelled();
    assertThat(TestSupport.take(server).getUrl().encodedPath()).isEqualTo(PREFIX + "shipment");
    assertThat(TestSupport.take(server).getUrl().encodedPath()).isEqualTo(PREFIX + "shipment");
    // At most the asynchronous waiter's first poll, if it started before cancel(), then nothing.
    server.takeRequest(500, TimeUnit.MILLISECONDS);
    assertThat(server.takeRequest(400, TimeUnit.MILLISECONDS)).isNull();
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(3);
  }

  /** Stands for the integrator's logger: formats {@code {}} placeholders and keeps the lines. */
  private static final class RecordingLog {
    final List<String> messages = new CopyOnWriteArrayList<>();

    void info(String pattern, Object... args) {
      messages.add(format(pattern, args));
    }

    void debug(String pattern, Object... args) {
      messages.add(format(pattern, args));
    }

    private static String format(String pattern, Object... args) {
      StringBuilder out = new StringBuilder();
      int from = 0;
      for (Object arg : args) {
        int at = pattern.indexOf("{}", from);
        out.append(pattern, from, at).append(arg);
        from = at + 2;
      }
      return out.append(pattern.substring(from)).toString();
    }
  }
}
