package com.newstore.sdk.fulfillment;

import static com.newstore.sdk.fulfillment.TestSupport.body;
import static com.newstore.sdk.fulfillment.TestSupport.empty;
import static com.newstore.sdk.fulfillment.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.ServerException;
import com.newstore.sdk.contract.junit.ContractExempt;
import com.newstore.sdk.fulfillment.FulfillmentRuleViolationException.Rule;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FulfillmentProviderClientTest {
  private static final String PREFIX = "/v0/d/fulfillment_requests/fr-1/";

  private final MockWebServer server = new MockWebServer();
  private NewStoreClient client;
  private FulfillmentProviderClient fulfillment;

  @BeforeEach
  void setUp() throws Exception {
    server.start();
    client = TestSupport.newStoreClient(server, Clock.systemUTC());
    fulfillment = FulfillmentProviderClient.create(client);
  }

  @AfterEach
  void tearDown() {
    fulfillment.close();
    client.close();
    server.close();
  }

  @Test
  void accept_anyTwoHundred_postsEmptyObjectToAcknowledgement() throws Exception {
    server.enqueue(empty(204));

    fulfillment.accept("fr-1");

    RecordedRequest r = TestSupport.take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo(PREFIX + "acknowledgement");
    assertThat(body(r)).isEmpty();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer t");
  }

  @Test
  void rejectItems_groups_postsMissingItemsWithReasonPerGroup() throws Exception {
    server.enqueue(empty(201));

    fulfillment.rejectItems(
        "fr-1",
        List.of(
            RejectedItems.of(RejectionReason.NO_INVENTORY, List.of("sku-1", "sku-1")),
            RejectedItems.of(RejectionReason.CANNOT_FULFILL, List.of("sku-2"))));

    RecordedRequest r = TestSupport.take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo(PREFIX + "reject_items");
    assertThat(body(r))
        .isEqualTo(
            Map.of(
                "missing_items",
                List.of(
                    Map.of("reason", "no_inventory", "product_ids", List.of("sku-1", "sku-1")),
                    Map.of("reason", "cannot_fulfill", "product_ids", List.of("sku-2")))));
  }

  @Test
  void rejectRequest_wholeRequest_rejectsEveryUnitForOneReason() throws Exception {
    server.enqueue(empty(201));

    fulfillment.rejectRequest(
        TestSupport.fulfillmentRequest("fr-1", "sku-1", "sku-2", "sku-1"),
        RejectionReason.CANNOT_FULFILL);

    RecordedRequest r = TestSupport.take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo(PREFIX + "reject_items");
    assertThat(body(r))
        .isEqualTo(
            Map.of(
                "missing_items",
                List.of(
                    Map.of(
                        "reason",
                        "cannot_fulfill",
                        "product_ids",
                        List.of("sku-1", "sku-2", "sku-1")))));
  }

  @Test
  void cancelItems_productIds_postsProductIdsToCanceledItems() throws Exception {
    server.enqueue(empty(201));

    fulfillment.cancelItems("fr-1", List.of("sku-3"));

    RecordedRequest r = TestSupport.take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo(PREFIX + "canceled_items");
    assertThat(body(r)).isEqualTo(Map.of("product_ids", List.of("sku-3")));
  }

  @Test
  void updateShipment_lineItems_postsShipmentFields() throws Exception {
    server.enqueue(empty(201));

    fulfillment.updateShipment(
        "fr-1",
        List.of(
            ShipmentLineItem.of(
                List.of("sku-1", "sku-2"),
                Shipment.of("1Z1", "UPS")
                    .withTrackingUrl("https://track.example/1Z1")
                    .withServiceLevel("GROUND")
                    .withField("shipping_label_url", "https://labels.example/1")),
            ShipmentLineItem.of(List.of("sku-3"), Shipment.of("1Z2", "DHL"))));

    RecordedRequest r = TestSupport.take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo(PREFIX + "shipment");
    assertThat(body(r))
        .isEqualTo(
            Map.of(
                "line_items",
                List.of(
                    Map.of(
                        "product_ids",
                        List.of("sku-1", "sku-2"),
                        "shipment",
                        Map.of(
                            "tracking_code", "1Z1",
                            "carrier", "UPS",
                            "tracking_url", "https://track.example/1Z1",
                            "service_level", "GROUND",
                            "shipping_label_url", "https://labels.example/1")),
                    Map.of(
                        "product_ids",
                        List.of("sku-3"),
                        "shipment",
                        Map.of("tracking_code", "1Z2", "carrier", "DHL")))));
  }

  @Test
  void ship_onePackage_postsOneLineItem() throws Exception {
    server.enqueue(empty(201));

    fulfillment.ship("fr-1", List.of("sku-1"), Shipment.of("1Z1", "UPS"));

    assertThat(body(TestSupport.take(server)))
        .isEqualTo(
            Map.of(
                "line_items",
                List.of(
                    Map.of(
                        "product_ids",
                        List.of("sku-1"),
                        "shipment",
                        Map.of("tracking_code", "1Z1", "carrier", "UPS")))));
  }

  @Test
  void shipmentStatus_entries_readsProductIdsAndKeepsUnknownFields() throws Exception {
    server.enqueue(
        json(
            200,
            """
            {"successful_shipments": [{"product_ids": ["sku-1", "sku-1"], "tracking_code": "1Z1"}],
             "failed_shipments": [{"product_id": "sku-2", "reason": "invalid_carrier"}],
             "fulfillment_request_id": "fr-1", "note": null}
            """));

    ShipmentStatus status = fulfillment.shipmentStatus("fr-1").orElseThrow();

    RecordedRequest r = TestSupport.take(server);
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo(PREFIX + "shipment");
    assertThat(status.successfulShipments())
        .containsExactly(
            new StatusEntry(List.of("sku-1", "sku-1"), Map.of("tracking_code", "1Z1")));
    assertThat(status.failedShipments()).hasSize(1);
    assertThat(status.failedShipments().get(0).productIds()).containsExactly("sku-2");
    assertThat(status.failedShipments().get(0).string("reason")).isEqualTo("invalid_carrier");
    assertThat(status.unknownFields()).isEqualTo(Map.of("fulfillment_request_id", "fr-1"));
  }

  @Test
  void shipmentStatus_nestedLineItems_readsProductIdsFromItems() {
    server.enqueue(
        json(
            200,
            """
            {"successful_shipments": [{"id": "s-1",
               "line_items": [{"product_ids": ["sku-1"]}, {"product_id": "sku-2"}]}],
             "failed_shipments": []}
            """));

    ShipmentStatus status = fulfillment.shipmentStatus("fr-1").orElseThrow();

    assertThat(status.successfulShipments().get(0).productIds()).containsExactly("sku-1", "sku-2");
    assertThat(status.successfulShipments().get(0).string("id")).isEqualTo("s-1");
  }

  @Test
  void shipmentStatus_notFound_isEmpty() {
    server.enqueue(json(404, "{\"error_code\": \"not_found\"}"));

    assertThat(fulfillment.shipmentStatus("fr-1")).isEmpty();
  }

  @Test
  void cancellationStatus_confirmedShape_readsCanceledItems() throws Exception {
    server.enqueue(
        json(
            200,
            """
            {"canceled_items": [{"product_id": "sku-3", "item_id": "i-9",
              "accepted_at": "2025-01-01T10:00:00Z", "received_at": "2025-01-01T09:59:00Z"}]}
            """));

    CancellationStatus status = fulfillment.cancellationStatus("fr-1").orElseThrow();

    RecordedRequest r = TestSupport.take(server);
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo(PREFIX + "canceled_items");
    assertThat(status.canceledItems()).hasSize(1);
    StatusEntry item = status.canceledItems().get(0);
    assertThat(item.productIds()).containsExactly("sku-3");
    assertThat(item.string("item_id")).isEqualTo("i-9");
    assertThat(item.string("accepted_at")).isEqualTo("2025-01-01T10:00:00Z");
  }

  @Test
  void rejectionStatus_missingItemsAndLegacyShape_readsRejectedUnits() throws Exception {
    server.enqueue(
        json(
            200,
            """
            {"missing_items": [{"reason": "no_inventory", "product_ids": ["sku-1"]}],
             "rejection_reason": "cannot_fulfill", "missing_product_ids": ["sku-2"],
             "status": "processed"}
            """));

    RejectionStatus status = fulfillment.rejectionStatus("fr-1").orElseThrow();

    RecordedRequest r = TestSupport.take(server);
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo(PREFIX + "rejection");
    assertThat(status.rejectedItems())
        .containsExactlyInAnyOrder(
            new StatusEntry(List.of("sku-2"), Map.of("reason", "cannot_fulfill")),
            new StatusEntry(List.of("sku-1"), Map.of("reason", "no_inventory")));
    assertThat(status.unknownFields()).isEqualTo(Map.of("status", "processed"));
  }

  @Test
  void cancelItems_shippedItemRefusedWith409_throwsRuleViolationKeepingApiError() {
    server.enqueue(
        json(
            409,
            """
            {"error_code": "already_shipped",
             "error_description": "Item sku-1 is already shipped"}
            """));

    assertThatThrownBy(() -> fulfillment.cancelItems("fr-1", List.of("sku-1")))
        .isInstanceOfSatisfying(
            FulfillmentRuleViolationException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.ALREADY_SHIPPED);
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.errorCode()).isEqualTo("already_shipped");
              assertThat(e.serverMessage()).isEqualTo("Item sku-1 is already shipped");
              assertThat(e.error().path()).isEqualTo(PREFIX + "canceled_items");
              assertThat(e).isNotInstanceOf(ConflictException.class);
              assertThat(e.getMessage())
                  .contains("Cannot cancel items")
                  .contains("a shipped item can be neither canceled nor rejected")
                  .doesNotContainIgnoringCase("retry")
                  .doesNotContain("Re-read");
            });
  }

  @Test
  void cancelItems_rejectedItemRefusedWith400_throwsRuleViolation() {
    server.enqueue(
        json(400, "{\"error_code\": \"already_rejected\", \"error_description\": \"x\"}"));

    assertThatThrownBy(() -> fulfillment.cancelItems("fr-1", List.of("sku-1")))
        .isInstanceOfSatisfying(
            FulfillmentRuleViolationException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.ALREADY_REJECTED);
              assertThat(e.statusCode()).isEqualTo(400);
            });
  }

  @ContractExempt("deliberately sends an undocumented rejection reason (the escape hatch)")
  @Test
  void rejectItems_unknownErrorCode_throwsGenericException() {
    server.enqueue(json(400, "{\"error_code\": \"invalid_reason\", \"error_description\": \"x\"}"));

    assertThatThrownBy(
            () ->
                fulfillment.rejectItems(
                    "fr-1", List.of("sku-1"), RejectionReason.undocumented("nope")))
        .isExactlyInstanceOf(BadRequestException.class);
  }

  @Test
  void accept_serverError_isNotRetried() {
    server.enqueue(json(503, "{}"));
    server.enqueue(empty(204));

    assertThatThrownBy(() -> fulfillment.accept("fr-1")).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ContractExempt("exercises a caller-supplied path override")
  @Test
  void pathOverride_acceptEndpointId_usesOverriddenPath() throws Exception {
    NewStoreClient overridden =
        client.newBuilder().pathOverride("fulfillment-request.accept", "v1/fr/{id}/ack").build();
    server.enqueue(empty(204));

    FulfillmentProviderClient.create(overridden).accept("fr-1");

    assertThat(TestSupport.take(server).getUrl().encodedPath()).isEqualTo("/v1/fr/fr-1/ack");
  }

  @Test
  void rejectionReason_undocumentedValue_isRefusedUnlessThroughTheEscapeHatch() {
    assertThatThrownBy(() -> RejectionReason.of("damaged"))
        .isInstanceOf(NewStoreValidationException.class)
        .hasMessageContaining("no_inventory or cannot_fulfill")
        .hasMessageContaining("RejectionReason.undocumented");
    assertThat(RejectionReason.undocumented("damaged").isDocumented()).isFalse();
    assertThat(RejectionReason.undocumented("damaged").value()).isEqualTo("damaged");
    assertThat(RejectionReason.of("no_inventory")).isSameAs(RejectionReason.NO_INVENTORY);
    assertThat(RejectionReason.undocumented("cannot_fulfill").isDocumented()).isTrue();
    assertThat(RejectionReason.CANNOT_FULFILL.value()).isEqualTo("cannot_fulfill");
  }

  @Test
  void rejectItems_undocumentedReasonFromOf_isRefusedBeforeSending() {
    assertThatThrownBy(
            () ->
                fulfillment.rejectItems(
                    "fr-1", List.of("sku-1"), RejectionReason.of("out_of_stock")))
        .isInstanceOf(NewStoreValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void accept_alreadyShippedWith400AsDocumented_throwsRuleViolationNotAdvisingRetry() {
    server.enqueue(
        json(
            400,
            "{\"error_code\": \"already_shipped\", \"error_description\": \"Already shipped\"}"));

    assertThatThrownBy(() -> fulfillment.accept("fr-1"))
        .isInstanceOfSatisfying(
            FulfillmentRuleViolationException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.ALREADY_SHIPPED);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.serverMessage()).isEqualTo("Already shipped");
              assertThat(e).isNotInstanceOf(ConflictException.class);
              assertThat(e.getMessage()).doesNotContainIgnoringCase("retry");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
