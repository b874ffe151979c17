package com.newstore.examples.fulfillment;

import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentRequestRef;
import com.newstore.sdk.fulfillment.FulfillmentWorkflow;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.WebhookContext;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Fulfills the requests NewStore routes to this distribution center: it reserves what is on hand,
 * accepts the request, rejects the units it cannot serve as {@code no_inventory} (NewStore reroutes
 * them), ships the rest and waits until NewStore confirms the shipment.
 *
 * <p>The webhook answers at once; the work runs on a worker thread, because NewStore expects a
 * quick {@code 200} and re-sends the request if it does not get one. Everything is in memory: a
 * restart forgets which requests were handled and what was not yet sent. {@link
 * OutboxFulfillmentProvider} keeps both in PostgreSQL.
 */
public final class DcFulfillmentProvider implements FulfillmentRequestHandler, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DcFulfillmentProvider.class.getName());

  private final FulfillmentProviderClient fulfillment;
  private final Inventory inventory;
  private final WaiterOptions waiterOptions;
  private final Consumer<Outcome> onOutcome;
  private final ExecutorService worker = Executors.newFixedThreadPool(4);

  /**
   * Creates the provider.
   *
   * @param fulfillment the client for NewStore's Fulfillment Provider API
   * @param inventory what is on hand
   * @param waiterOptions how long to wait for NewStore to confirm a shipment
   * @param onOutcome told what happened to each request (logging, metrics, tests)
   */
  public DcFulfillmentProvider(
      FulfillmentProviderClient fulfillment,
      Inventory inventory,
      WaiterOptions waiterOptions,
      Consumer<Outcome> onOutcome) {
    this.fulfillment = fulfillment;
    this.inventory = inventory;
    this.waiterOptions = waiterOptions;
    this.onOutcome = onOutcome;
  }

  @Override
  public void fulfillmentRequest(FulfillmentRequest request, WebhookContext context) {
    // The SDK already checked the api key, parsed the body and dropped NewStore's retries.
    worker.execute(() -> onOutcome.accept(process(request)));
  }

  private Outcome process(FulfillmentRequest request) {
    Reservation reservation = Reservation.of(inventory, request.productIds());
    List<String> onHand = reservation.onHand();
    List<String> missing = reservation.missing();
    try {
      FulfillmentWorkflow flow =
          FulfillmentWorkflow.of(
              fulfillment, FulfillmentRequestRef.of(request.id(), request.productIds()));
      if (onHand.isEmpty()) {
        flow.rejectAll(RejectionReason.NO_INVENTORY); // NewStore routes it elsewhere
        return new Outcome(request.id(), List.of(), missing, null);
      }
      flow.accept();
      if (!missing.isEmpty()) {
        flow.reject(missing, RejectionReason.NO_INVENTORY);
      }
      flow.ship(Shipment.of(trackingCode(), "UPS")).awaitShipped(waiterOptions);
      return new Outcome(request.id(), onHand, missing, null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Fulfillment request " + request.id() + " failed", e);
      return new Outcome(request.id(), List.of(), List.of(), e.getClass().getSimpleName());
    }
  }

  private static String trackingCode() {
    // A real DC gets this from the carrier when it prints the label.
    return "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
  }

  /** Stops the worker threads. */
  @Override
  public void close() {
    worker.shutdownNow();
  }
}
