package com.newstore.examples.quickstart;

import static com.newstore.examples.quickstart.DemoIntegration.IN_STOCK;
import static com.newstore.examples.quickstart.DemoIntegration.OUT_OF_STOCK;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentRequestRef;
import com.newstore.sdk.fulfillment.FulfillmentWorkflow;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.StatusEntry;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterResult;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Acts as the fulfillment provider for one request through the Fulfillment Provider API: accepts
 * it, ships the unit in stock, rejects the one out of stock as {@code no_inventory} so NewStore
 * reroutes it, and waits until NewStore confirms the shipment.
 */
final class WarehouseFlow {
  /** Short polls: the simulator confirms at once; against NewStore use intervals of seconds. */
  static final WaiterOptions WAIT =
      WaiterOptions.builder()
          .maxAttempts(20)
          .maxTotalTime(Duration.ofSeconds(20))
          .initialInterval(Duration.ofMillis(50))
          .maxInterval(Duration.ofMillis(400))
          .build();

  private final NewStoreClient client;
  private final Steps steps;
  private final List<String> shipped = new ArrayList<>();
  private final List<String> rejected = new ArrayList<>();

  WarehouseFlow(NewStoreClient client, Steps steps) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.steps = Objects.requireNonNull(steps, "steps == null");
  }

  void handle(FulfillmentRequest request) {
    try (FulfillmentProviderClient provider = FulfillmentProviderClient.create(client)) {
      FulfillmentWorkflow flow =
          FulfillmentWorkflow.of(
              provider, FulfillmentRequestRef.of(request.id(), request.productIds()));
      boolean accepted =
          steps.run(
              "accept it",
              () -> {
                flow.accept();
                return "acknowledged";
              });
      if (!accepted) {
        return;
      }
      steps.run(
          "ship " + IN_STOCK,
          () -> {
            Shipment parcel = Shipment.of("1Z999AA10123456784", "UPS");
            flow.ship(List.of(IN_STOCK), parcel);
            return parcel.carrier() + " " + parcel.trackingCode();
          });
      steps.run(
          "reject " + OUT_OF_STOCK + " as no_inventory",
          () -> {
            flow.reject(List.of(OUT_OF_STOCK), RejectionReason.NO_INVENTORY);
            rejected.add(OUT_OF_STOCK);
            return "NewStore reroutes it";
          });
      steps.run(
          "wait for NewStore to confirm shipment",
          () -> {
            // A 201 to the shipment call is not "shipped": only successful_shipments is.
            WaiterResult<ShipmentStatus> r = flow.awaitShipped(WAIT);
            for (StatusEntry e : r.value().successfulShipments()) {
              shipped.addAll(e.productIds());
            }
            return String.format(
                "shipped %s after %d poll(s), %d ms",
                shipped, r.attempts(), r.elapsed().toMillis());
          });
    }
  }

  /** Returns the units NewStore confirmed shipped. */
  List<String> shipped() {
    return List.copyOf(shipped);
  }

  /** Returns the units rejected. */
  List<String> rejected() {
    return List.copyOf(rejected);
  }
}
