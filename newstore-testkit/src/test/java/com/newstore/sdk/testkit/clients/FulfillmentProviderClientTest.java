package com.newstore.sdk.testkit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.CancellationStatus;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentRequestRef;
import com.newstore.sdk.fulfillment.FulfillmentRuleViolationException;
import com.newstore.sdk.fulfillment.FulfillmentWorkflow;
import com.newstore.sdk.fulfillment.RejectedItems;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.RejectionStatus;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentFailedException;
import com.newstore.sdk.fulfillment.ShipmentLineItem;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.StatusEntry;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterResult;
import com.newstore.sdk.fulfillment.WaiterTimeoutException;
import com.newstore.sdk.testkit.FulfillmentRequestState;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fulfillment request lifecycle and its rules, through {@link FulfillmentProviderClient}. */
@NewStoreSimulatorTest(settleAfterReads = 2)
class FulfillmentProviderClientTest {
  private static final Shipment UPS = Shipment.of("1Z999", "UPS");
  private static final WaiterOptions FAST =
      WaiterOptions.builder()
          .initialInterval(Duration.ofMillis(5))
          .maxInterval(Duration.ofMillis(20))
          .maxAttempts(10)
          .maxTotalTime(Duration.ofSeconds(10))
          .build();

  private FulfillmentProviderClient provider;

  @BeforeEach
  void setUp(NewStoreClient client) {
    provider = FulfillmentProviderClient.create(client);
  }

  @AfterEach
  void tearDown() {
    provider.close();
  }

  private static List<UnitStatus> statuses(NewStoreSimulator sim, String id) {
    return sim.fulfillmentRequest(id).orElseThrow().units().stream()
        .map(FulfillmentRequestState.Unit::status)
        .toList();
  }

  @Test
  void acceptAndShip_waitUntilShipped_settlesAfterPolling(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");

    provider.accept("fr-1");
    provider.ship("fr-1", List.of("sku-1", "sku-2"), UPS.withTrackingUrl("https://ups.example/1"));
    WaiterResult<ShipmentStatus> shipped =
        provider.waiter().untilShipped("fr-1", List.of("sku-1", "sku-2")).options(FAST).await();

    assertThat(shipped.attempts()).isEqualTo(2);
    assertThat(shipped.value().successfulShipments())
        .flatExtracting(StatusEntry::productIds)
        .containsExactly("sku-1", "sku-2");
    assertThat(shipped.value().failedShipments()).isEmpty();
    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().accepted()).isTrue();
    assertThat(statuses(sim, "fr-1")).containsOnly(UnitStatus.SHIPPED);
  }

  @Test
  void statusReads_beforeAnythingSettled_areEmpty(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");

    assertThat(provider.shipmentStatus("fr-1")).isEmpty();
    assertThat(provider.rejectionStatus("fr-1")).isEmpty();
    assertThat(provider.cancellationStatus("fr-1")).isEmpty();
  }

  @Test
  void updateShipment_twoLineItems_bothSettle(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");

    provider.updateShipment(
        "fr-1",
        List.of(
            ShipmentLineItem.of(List.of("sku-1"), UPS),
            ShipmentLineItem.of(List.of("sku-2"), Shipment.of("TRK-2", "DHL"))));
    provider.shipmentStatus("fr-1");
    ShipmentStatus status = provider.shipmentStatus("fr-1").orElseThrow();

    assertThat(status.successfulShipments()).hasSize(2);
    assertThat(statuses(sim, "fr-1")).containsOnly(UnitStatus.SHIPPED);
  }

  @Test
  void rejectItems_waitUntilRejected_carriesReason(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
    provider.accept("fr-1");

    provider.rejectItems("fr-1", RejectionReason.NO_INVENTORY, List.of("sku-2"));
    WaiterResult<RejectionStatus> rejected =
        provider.waiter().untilRejected("fr-1", List.of("sku-2")).options(FAST).await();

    StatusEntry entry = rejected.value().rejectedItems().get(0);
    assertThat(entry.productIds()).containsExactly("sku-2");
    assertThat(entry.string("reason")).isEqualTo("no_inventory");
    assertThat(statuses(sim, "fr-1")).containsExactly(UnitStatus.OPEN, UnitStatus.REJECTED);
  }

  @Test
  void rejectItems_severalGroups_eachReasonKept(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");

    provider.rejectItems(
        "fr-1",
        List.of(
            RejectedItems.of(RejectionReason.NO_INVENTORY, List.of("sku-1")),
            RejectedItems.of(RejectionReason.CANNOT_FULFILL, List.of("sku-2"))));
    RejectionStatus status =
        provider
            .waiter()
            .untilRejected("fr-1", List.of("sku-1", "sku-2"))
            .options(FAST)
            .await()
            .value();

    assertThat(status.rejectedItems())
        .extracting(e -> e.string("reason"))
        .containsExactly("no_inventory", "cannot_fulfill");
  }

  @Test
  void cancelItems_waitUntilCanceled_settles(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-1");

    provider.cancelItems("fr-1", List.of("sku-1"));
    WaiterResult<CancellationStatus> canceled =
        provider.waiter().untilCanceled("fr-1", List.of("sku-1")).options(FAST).await();

    assertThat(canceled.value().canceledItems())
        .flatExtracting(StatusEntry::productIds)
        .containsExactly("sku-1");
    assertThat(statuses(sim, "fr-1")).containsExactly(UnitStatus.CANCELED, UnitStatus.OPEN);
  }

  @Test
  void cancelItems_afterShipping_alreadyShipped(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    provider.ship("fr-1", List.of("sku-1"), UPS);

    assertThatThrownBy(() -> provider.cancelItems("fr-1", List.of("sku-1")))
        .isInstanceOfSatisfying(
            FulfillmentRuleViolationException.class,
            e -> {
              assertThat(e.rule())
                  .isEqualTo(FulfillmentRuleViolationException.Rule.ALREADY_SHIPPED);
              assertThat(e.statusCode()).isEqualTo(409);
            });
    assertThat(statuses(sim, "fr-1")).containsOnly(UnitStatus.SHIPMENT_PENDING);
  }

  @Test
  void rejectItems_afterShipping_alreadyShipped(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    provider.ship("fr-1", List.of("sku-1"), UPS);

    assertThatThrownBy(
            () -> provider.rejectItems("fr-1", RejectionReason.CANNOT_FULFILL, List.of("sku-1")))
        .isInstanceOfSatisfying(
            FulfillmentRuleViolationException.class,
            e ->
                assertThat(e.rule())
                    .isEqualTo(FulfillmentRuleViolationException.Rule.ALREADY_SHIPPED));
  }

  @Test
  void cancelItems_afterRejecting_alreadyRejected(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    provider.rejectItems("fr-1", RejectionReason.NO_INVENTORY, List.of("sku-1"));

    assertThatThrownBy(() -> provider.cancelItems("fr-1", List.of("sku-1")))
        .isInstanceOfSatisfying(
            FulfillmentRuleViolationException.class,
            e ->
                assertThat(e.rule())
                    .isEqualTo(FulfillmentRuleViolationException.Rule.ALREADY_REJECTED));
  }

  @Test
  void cancelItems_twice_alreadyCanceled(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    provider.cancelItems("fr-1", List.of("sku-1"));

    assertThatThrownBy(() -> provider.cancelItems("fr-1", List.of("sku-1")))
        .isInstanceOfSatisfying(
            FulfillmentRuleViolationException.class,
            e ->
                assertThat(e.rule())
                    .isEqualTo(FulfillmentRuleViolationException.Rule.ALREADY_CANCELED));
  }

  @Test
  void cancelItems_unknownProduct_badRequest(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");

    assertThatThrownBy(() -> provider.cancelItems("fr-1", List.of("sku-9")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("unknown_product");
  }

  @Test
  void rejectItems_afterAccepting_isAllowed(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    provider.accept("fr-1");

    provider.rejectItems("fr-1", RejectionReason.CANNOT_FULFILL, List.of("sku-1"));

    assertThat(statuses(sim, "fr-1")).containsOnly(UnitStatus.REJECTED);
  }

  @Test
  void ship_canceledItem_accepted201ButWaiterSeesFailedShipment(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
    provider.cancelItems("fr-1", List.of("sku-2"));

    provider.ship("fr-1", List.of("sku-2"), UPS);

    assertThatThrownBy(
            () -> provider.waiter().untilShipped("fr-1", List.of("sku-2")).options(FAST).await())
        .isInstanceOfSatisfying(
            ShipmentFailedException.class,
            e ->
                assertThat(e.failedShipments())
                    .flatExtracting(StatusEntry::productIds)
                    .containsExactly("sku-2"));
  }

  @Test
  void ship_productMadeToFail_waiterThrowsShipmentFailed(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
    sim.failShipmentsOf("fr-1", "sku-2");

    provider.ship("fr-1", List.of("sku-1", "sku-2"), UPS);

    assertThatThrownBy(
            () ->
                provider
                    .waiter()
                    .untilShipped("fr-1", List.of("sku-1", "sku-2"))
                    .options(FAST)
                    .await())
        .isInstanceOfSatisfying(
            ShipmentFailedException.class,
            e -> {
              assertThat(e.failedShipments().get(0).string("reason")).isEqualTo("shipment_failed");
              assertThat(e.status().successfulShipments())
                  .flatExtracting(StatusEntry::productIds)
                  .containsExactly("sku-1");
            });
  }

  @Test
  void waitUntilShipped_nothingShipped_timesOut(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    WaiterOptions three =
        WaiterOptions.builder()
            .initialInterval(Duration.ofMillis(1))
            .maxInterval(Duration.ofMillis(5))
            .maxAttempts(3)
            .build();

    assertThatThrownBy(
            () -> provider.waiter().untilShipped("fr-1", List.of("sku-1")).options(three).await())
        .isInstanceOf(WaiterTimeoutException.class);
    assertThat(sim.requests("GET", "/v0/d/fulfillment_requests/fr-1/shipment")).hasSize(3);
  }

  @Test
  void rejectRequest_everyUnit_waitUntilRejectedAsync(NewStoreSimulator sim) throws Exception {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-1", "sku-1", "sku-1");

    provider.rejectRequest(
        FulfillmentRequestRef.of(request.id(), request.productIds()),
        RejectionReason.CANNOT_FULFILL);
    RejectionStatus status =
        provider
            .waiter()
            .untilRejected("fr-1", List.of("sku-1", "sku-1"))
            .options(FAST)
            .start()
            .get(10, java.util.concurrent.TimeUnit.SECONDS)
            .value();

    assertThat(status.rejectedItems()).flatExtracting(StatusEntry::productIds).hasSize(2);
    assertThat(statuses(sim, "fr-1")).containsOnly(UnitStatus.REJECTED);
  }

  @Test
  void waitUntilShippedAsync_andCanceledAsync_complete(NewStoreSimulator sim) throws Exception {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
    provider.ship("fr-1", List.of("sku-1"), UPS);
    provider.cancelItems("fr-1", List.of("sku-2"));

    var shipped = provider.waiter().untilShipped("fr-1", List.of("sku-1")).options(FAST).start();
    var canceled = provider.waiter().untilCanceled("fr-1", List.of("sku-2")).options(FAST).start();

    assertThat(shipped.get(10, java.util.concurrent.TimeUnit.SECONDS).value().successfulShipments())
        .hasSize(1);
    assertThat(canceled.get(10, java.util.concurrent.TimeUnit.SECONDS).value().canceledItems())
        .hasSize(1);
  }

  @Test
  void workflow_acceptShipRestRejectOne_tracksOpenItems(NewStoreSimulator sim) {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2", "sku-3");

    FulfillmentWorkflow workflow =
        FulfillmentWorkflow.of(
                provider, FulfillmentRequestRef.of(request.id(), request.productIds()))
            .accept()
            .reject(RejectionReason.NO_INVENTORY, List.of("sku-3"))
            .cancel(List.of("sku-2"));
    assertThat(workflow.openProductIds()).containsExactly("sku-1");
    WaiterResult<ShipmentStatus> shipped = workflow.ship(UPS).awaitShipped(FAST);

    assertThat(workflow.openProductIds()).isEmpty();
    assertThat(shipped.value().successfulShipments())
        .flatExtracting(StatusEntry::productIds)
        .containsExactly("sku-1");
    assertThat(workflow.awaitRejected(FAST).value().rejectedItems()).hasSize(1);
    assertThat(workflow.awaitCanceled(FAST).value().canceledItems()).hasSize(1);
    assertThat(statuses(sim, "fr-1"))
        .containsExactly(UnitStatus.SHIPPED, UnitStatus.CANCELED, UnitStatus.REJECTED);
  }
}
