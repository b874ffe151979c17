package com.newstore.sdk.fulfillment;

import static com.newstore.sdk.fulfillment.TestSupport.body;
import static com.newstore.sdk.fulfillment.TestSupport.empty;
import static com.newstore.sdk.fulfillment.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.fulfillment.TestSupport.MutableClock;
import com.newstore.sdk.fulfillment.TestSupport.VirtualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class FulfillmentWorkflowTest {
  private static final String PREFIX = "/v0/d/fulfillment_requests/fr-7/";
  private static final WaiterOptions FAST =
      WaiterOptions.builder().initialInterval(Duration.ofSeconds(1)).jitter(0).build();

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  private final VirtualScheduler scheduler = new VirtualScheduler(clock, Duration.ZERO);
  private final FulfillmentRequestRef request =
      TestSupport.fulfillmentRequest("fr-7", "sku-1", "sku-2", "sku-3", "sku-1");
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
  void acceptShipAwait_happyPath_confirmsEveryUnitShipped() throws Exception {
    server.enqueue(empty(204));
    server.enqueue(empty(201));
    server.enqueue(json(404, "{}"));
    server.enqueue(
        json(
            200,
            "{\"successful_shipments\": [{\"product_ids\":"
                + " [\"sku-1\", \"sku-2\", \"sku-3\", \"sku-1\"]}]}"));

    WaiterResult<ShipmentStatus> shipped =
        FulfillmentWorkflow.of(fulfillment, request)
            .accept()
            .ship(Shipment.of("1Z1", "UPS"))
            .awaitShipped(FAST);

    assertThat(shipped.attempts()).isEqualTo(2);
    RecordedRequest accept = TestSupport.take(server);
    assertThat(accept.getUrl().encodedPath()).isEqualTo(PREFIX + "acknowledgement");
    RecordedRequest ship = TestSupport.take(server);
    assertThat(ship.getUrl().encodedPath()).isEqualTo(PREFIX + "shipment");
    assertThat(body(ship))
        .isEqualTo(
            Map.of(
                "line_items",
                List.of(
                    Map.of(
                        "product_ids",
                        List.of("sku-1", "sku-2", "sku-3", "sku-1"),
                        "shipment",
                        Map.of("tracking_code", "1Z1", "carrier", "UPS")))));
    assertThat(TestSupport.take(server).getMethod()).isEqualTo("GET");
    assertThat(TestSupport.take(server).getMethod()).isEqualTo("GET");
  }

  @Test
  void rejectThenShip_partialRejection_shipsAndAwaitsOnlyTheRest() throws Exception {
    server.enqueue(empty(204));
    server.enqueue(empty(201));
    server.enqueue(empty(201));
    server.enqueue(
        json(200, "{\"successful_shipments\": [{\"product_ids\": [\"sku-1\", \"sku-3\"]}]}"));

    FulfillmentWorkflow flow =
        FulfillmentWorkflow.of(fulfillment, request)
            .accept()
            .reject(List.of("sku-2", "sku-1"), RejectionReason.NO_INVENTORY);
    assertThat(flow.openProductIds()).containsExactly("sku-3", "sku-1");
    WaiterResult<ShipmentStatus> shipped = flow.ship(Shipment.of("1Z1", "UPS")).awaitShipped(FAST);

    assertThat(shipped.attempts()).isEqualTo(1);
    TestSupport.take(server);
    RecordedRequest reject = TestSupport.take(server);
    assertThat(reject.getUrl().encodedPath()).isEqualTo(PREFIX + "reject_items");
    assertThat(body(reject))
        .isEqualTo(
            Map.of(
                "missing_items",
                List.of(
                    Map.of("reason", "no_inventory", "product_ids", List.of("sku-2", "sku-1")))));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lines =
        (List<Map<String, Object>>) body(TestSupport.take(server)).get("line_items");
    assertThat(lines.get(0).get("product_ids")).isEqualTo(List.of("sku-3", "sku-1"));
    assertThat(flow.openProductIds()).isEmpty();
  }

  @Test
  void rejectAll_wholeRequest_rejectsEveryUnitAndAwaitsRejection() throws Exception {
    server.enqueue(empty(201));
    server.enqueue(
        json(
            200,
            "{\"missing_items\": [{\"reason\": \"cannot_fulfill\", \"product_ids\":"
                + " [\"sku-1\", \"sku-2\", \"sku-3\", \"sku-1\"]}]}"));

    WaiterResult<RejectionStatus> rejected =
        FulfillmentWorkflow.of(fulfillment, request)
            .rejectAll(RejectionReason.CANNOT_FULFILL)
            .awaitRejected(FAST);

    assertThat(rejected.value().rejectedItems()).hasSize(1);
    assertThat(body(TestSupport.take(server)))
        .isEqualTo(
            Map.of(
                "missing_items",
                List.of(
                    Map.of(
                        "reason",
                        "cannot_fulfill",
                        "product_ids",
                        List.of("sku-1", "sku-2", "sku-3", "sku-1")))));
  }

  @Test
  void cancel_someUnits_cancelsAndAwaitsCancellation() throws Exception {
    server.enqueue(empty(201));
    server.enqueue(json(200, "{\"canceled_items\": [{\"product_id\": \"sku-3\"}]}"));

    WaiterResult<CancellationStatus> canceled =
        FulfillmentWorkflow.of(fulfillment, request).cancel(List.of("sku-3")).awaitCanceled(FAST);

    assertThat(canceled.attempts()).isEqualTo(1);
    assertThat(body(TestSupport.take(server))).isEqualTo(Map.of("product_ids", List.of("sku-3")));
  }

  @Test
  void ship_productNotInRequest_throwsValidationBeforeSending() {
    FulfillmentWorkflow flow = FulfillmentWorkflow.of(fulfillment, request);

    assertThatThrownBy(() -> flow.ship(List.of("sku-1", "sku-9"), Shipment.of("1Z1", "UPS")))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> assertThat(e.violations().get(0).path()).isEqualTo("productIds[1]"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void cancel_moreUnitsThanOpen_throwsValidationBeforeSending() {
    server.enqueue(empty(201));
    FulfillmentWorkflow flow =
        FulfillmentWorkflow.of(fulfillment, request).ship(List.of("sku-2"), Shipment.of("1Z", "U"));

    assertThatThrownBy(() -> flow.cancel(List.of("sku-2")))
        .isInstanceOf(NewStoreValidationException.class)
        .hasMessageContaining("already shipped, rejected or canceled");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void awaitShipped_nothingShipped_throwsIllegalState() {
    FulfillmentWorkflow flow = FulfillmentWorkflow.of(fulfillment, request);

    assertThatThrownBy(flow::awaitShipped).isInstanceOf(IllegalStateException.class);
    assertThat(flow.request()).isSameAs(request);
  }
}
