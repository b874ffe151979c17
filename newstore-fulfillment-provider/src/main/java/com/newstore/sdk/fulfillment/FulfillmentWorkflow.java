package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.fulfillment.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Handles one fulfillment request NewStore sent, in a few lines: accept it, ship or reject its
 * items, and wait until NewStore confirms. It keeps track of which units of the request are still
 * open (not yet shipped, rejected or canceled through it), checks every product id against them
 * before anything is sent, and waits for exactly the units it shipped, rejected or canceled. Not
 * thread-safe: use one per request.
 *
 * <pre>{@code
 * // From the request NewStore sent (com.newstore.sdk.webhooks.FulfillmentRequest, or your own).
 * FulfillmentRequestRef request = FulfillmentRequestRef.of(inbound.id(), inbound.productIds());
 *
 * // Happy path: accept, ship everything in one package, wait until NewStore confirms.
 * WaiterResult<ShipmentStatus> shipped = FulfillmentWorkflow.of(fulfillment, request)
 *     .accept()
 *     .ship(Shipment.of("1Z999AA10123456784", "UPS"))
 *     .awaitShipped();
 *
 * // Partial rejection: ship what is in stock, reject the rest so NewStore reroutes it.
 * FulfillmentWorkflow flow = FulfillmentWorkflow.of(fulfillment, request).accept();
 * flow.reject(List.of("sku-2"), RejectionReason.NO_INVENTORY)
 *     .ship(Shipment.of("1Z999AA10123456784", "UPS")) // the remaining units
 *     .awaitShipped();
 *
 * // Rejection of the whole request.
 * FulfillmentWorkflow.of(fulfillment, request).rejectAll(RejectionReason.CANNOT_FULFILL);
 * }</pre>
 */
public final class FulfillmentWorkflow {
  private final FulfillmentProviderClient client;
  private final FulfillmentRequestRef request;
  private final List<String> open;
  private final List<String> shipped = new ArrayList<>();
  private final List<String> rejected = new ArrayList<>();
  private final List<String> canceled = new ArrayList<>();

  private FulfillmentWorkflow(FulfillmentProviderClient client, FulfillmentRequestRef request) {
    this.client = client;
    this.request = request;
    this.open = new ArrayList<>(request.productIds());
  }

  /**
   * Starts handling a fulfillment request.
   *
   * @param client the fulfillment provider client
   * @param request the fulfillment request NewStore sent: {@code FulfillmentRequestRef.of(id,
   *     productIds)}
   * @return the workflow
   */
  public static FulfillmentWorkflow of(
      FulfillmentProviderClient client, FulfillmentRequestRef request) {
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(request, "request == null");
    return new FulfillmentWorkflow(client, request);
  }

  /**
   * Returns the fulfillment request handled.
   *
   * @return the request
   */
  public FulfillmentRequestRef request() {
    return request;
  }

  /**
   * Returns the units not yet shipped, rejected or canceled through this workflow, one product id
   * per unit.
   *
   * @return the open product ids
   */
  public List<String> openProductIds() {
    return List.copyOf(open);
  }

  /**
   * Accepts the request; see {@link FulfillmentProviderClient#accept}.
   *
   * @return this workflow
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  public FulfillmentWorkflow accept() {
    client.accept(request.id());
    return this;
  }

  /**
   * Reports every open unit shipped in one package; see {@link
   * FulfillmentProviderClient#updateShipment}.
   *
   * @param shipment the package
   * @return this workflow
   * @throws com.newstore.sdk.client.NewStoreValidationException when no unit is open
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  public FulfillmentWorkflow ship(Shipment shipment) {
    return ship(List.copyOf(open), shipment);
  }

  /**
   * Reports some units shipped in one package, one product id per unit.
   *
   * @param productIds open units of this request; not empty
   * @param shipment the package
   * @return this workflow
   * @throws com.newstore.sdk.client.NewStoreValidationException when a product id is not an open
   *     unit of the request, before anything is sent
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  public FulfillmentWorkflow ship(List<String> productIds, Shipment shipment) {
    List<String> units = claim("ship", productIds);
    client.ship(request.id(), units, shipment);
    take(units, shipped);
    return this;
  }

  /**
   * Rejects some units for a reason, so that NewStore reroutes them; see {@link
   * FulfillmentProviderClient#rejectItems(String, List, RejectionReason)}. The units come first, as
   * in {@link #ship(List, Shipment)} and {@link #cancel(List)}.
   *
   * @param productIds open units of this request; not empty
   * @param reason why the units are rejected
   * @return this workflow
   * @throws com.newstore.sdk.client.NewStoreValidationException when a product id is not an open
   *     unit of the request, before anything is sent
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  public FulfillmentWorkflow reject(List<String> productIds, RejectionReason reason) {
    List<String> units = claim("reject", productIds);
    client.rejectItems(request.id(), units, reason);
    take(units, rejected);
    return this;
  }

  /**
   * Rejects some units for a reason, with the reason before the units.
   *
   * @param reason why the units are rejected
   * @param productIds open units of this request; not empty
   * @return this workflow
   * @throws com.newstore.sdk.client.NewStoreValidationException when a product id is not an open
   *     unit of the request, before anything is sent
   * @throws NewStoreException when NewStore refuses or cannot be reached
   * @deprecated the units come before the reason, as in {@link #ship(List, Shipment)}: use {@link
   *     #reject(List, RejectionReason)}
   */
  @Deprecated
  public FulfillmentWorkflow reject(RejectionReason reason, List<String> productIds) {
    return reject(productIds, reason);
  }

  /**
   * Rejects every open unit for a reason: the whole request when nothing was shipped yet. Allowed
   * after {@link #accept()}.
   *
   * @param reason why the request is rejected
   * @return this workflow
   * @throws com.newstore.sdk.client.NewStoreValidationException when no unit is open
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  public FulfillmentWorkflow rejectAll(RejectionReason reason) {
    return reject(List.copyOf(open), reason);
  }

  /**
   * Cancels some units; NewStore does not reroute them (reject to reroute). See {@link
   * FulfillmentProviderClient#cancelItems}.
   *
   * @param productIds open units of this request; not empty
   * @return this workflow
   * @throws com.newstore.sdk.client.NewStoreValidationException when a product id is not an open
   *     unit of the request, before anything is sent
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  public FulfillmentWorkflow cancel(List<String> productIds) {
    List<String> units = claim("cancel", productIds);
    client.cancelItems(request.id(), units);
    take(units, canceled);
    return this;
  }

  /**
   * Waits with the default options until NewStore confirms every unit shipped through this
   * workflow.
   *
   * @return the confirming status
   * @throws ShipmentFailedException when a unit is in {@code failed_shipments}
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws IllegalStateException when nothing was shipped through this workflow
   */
  public WaiterResult<ShipmentStatus> awaitShipped() {
    return awaitShipped(WaiterOptions.defaults());
  }

  /**
   * Waits until NewStore confirms every unit shipped through this workflow.
   *
   * @param options attempts, time and intervals
   * @return the confirming status
   * @throws ShipmentFailedException when a unit is in {@code failed_shipments}
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws IllegalStateException when nothing was shipped through this workflow
   */
  public WaiterResult<ShipmentStatus> awaitShipped(WaiterOptions options) {
    return waitShipped(options).await();
  }

  /**
   * Starts waiting, with the default options, until NewStore confirms every unit shipped through
   * this workflow.
   *
   * @return the future confirming status; cancel it to stop polling
   * @throws IllegalStateException when nothing was shipped through this workflow
   */
  public CompletableFuture<WaiterResult<ShipmentStatus>> awaitShippedAsync() {
    return awaitShippedAsync(WaiterOptions.defaults());
  }

  /**
   * Starts waiting until NewStore confirms every unit shipped through this workflow.
   *
   * @param options attempts, time and intervals
   * @return the future confirming status; cancel it to stop polling
   * @throws IllegalStateException when nothing was shipped through this workflow
   */
  public CompletableFuture<WaiterResult<ShipmentStatus>> awaitShippedAsync(WaiterOptions options) {
    return waitShipped(options).start();
  }

  private Wait<ShipmentStatus> waitShipped(WaiterOptions options) {
    return client.waiter().untilShipped(request.id(), done(shipped, "shipped")).options(options);
  }

  /**
   * Waits with the default options until NewStore confirms every unit rejected through this
   * workflow.
   *
   * @return the confirming status
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws IllegalStateException when nothing was rejected through this workflow
   */
  public WaiterResult<RejectionStatus> awaitRejected() {
    return awaitRejected(WaiterOptions.defaults());
  }

  /**
   * Waits until NewStore confirms every unit rejected through this workflow.
   *
   * @param options attempts, time and intervals
   * @return the confirming status
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws IllegalStateException when nothing was rejected through this workflow
   */
  public WaiterResult<RejectionStatus> awaitRejected(WaiterOptions options) {
    return waitRejected(options).await();
  }

  /**
   * Starts waiting, with the default options, until NewStore confirms every unit rejected through
   * this workflow.
   *
   * @return the future confirming status; cancel it to stop polling
   * @throws IllegalStateException when nothing was rejected through this workflow
   */
  public CompletableFuture<WaiterResult<RejectionStatus>> awaitRejectedAsync() {
    return awaitRejectedAsync(WaiterOptions.defaults());
  }

  /**
   * Starts waiting until NewStore confirms every unit rejected through this workflow.
   *
   * @param options attempts, time and intervals
   * @return the future confirming status; cancel it to stop polling
   * @throws IllegalStateException when nothing was rejected through this workflow
   */
  public CompletableFuture<WaiterResult<RejectionStatus>> awaitRejectedAsync(
      WaiterOptions options) {
    return waitRejected(options).start();
  }

  private Wait<RejectionStatus> waitRejected(WaiterOptions options) {
    return client.waiter().untilRejected(request.id(), done(rejected, "rejected")).options(options);
  }

  /**
   * Waits with the default options until NewStore confirms every unit canceled through this
   * workflow.
   *
   * @return the confirming status
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws IllegalStateException when nothing was canceled through this workflow
   */
  public WaiterResult<CancellationStatus> awaitCanceled() {
    return awaitCanceled(WaiterOptions.defaults());
  }

  /**
   * Waits until NewStore confirms every unit canceled through this workflow.
   *
   * @param options attempts, time and intervals
   * @return the confirming status
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws IllegalStateException when nothing was canceled through this workflow
   */
  public WaiterResult<CancellationStatus> awaitCanceled(WaiterOptions options) {
    return waitCanceled(options).await();
  }

  /**
   * Starts waiting, with the default options, until NewStore confirms every unit canceled through
   * this workflow.
   *
   * @return the future confirming status; cancel it to stop polling
   * @throws IllegalStateException when nothing was canceled through this workflow
   */
  public CompletableFuture<WaiterResult<CancellationStatus>> awaitCanceledAsync() {
    return awaitCanceledAsync(WaiterOptions.defaults());
  }

  /**
   * Starts waiting until NewStore confirms every unit canceled through this workflow.
   *
   * @param options attempts, time and intervals
   * @return the future confirming status; cancel it to stop polling
   * @throws IllegalStateException when nothing was canceled through this workflow
   */
  public CompletableFuture<WaiterResult<CancellationStatus>> awaitCanceledAsync(
      WaiterOptions options) {
    return waitCanceled(options).start();
  }

  private Wait<CancellationStatus> waitCanceled(WaiterOptions options) {
    return client.waiter().untilCanceled(request.id(), done(canceled, "canceled")).options(options);
  }

  /** Checks that every product id is an open unit, counting repeats, before anything is sent. */
  private List<String> claim(String operation, List<String> productIds) {
    Checks checks = Checks.of(operation + " items of " + request.id());
    checks.productIds("productIds", productIds);
    checks.throwIfInvalid();
    List<String> available = new ArrayList<>(open);
    for (int i = 0; i < productIds.size(); i++) {
      String id = productIds.get(i);
      checks.check(
          available.remove(id),
          "productIds[" + i + "]",
          "is "
              + id
              + ", which is not an open unit of this request (unknown product id, or every unit of"
              + " it is already shipped, rejected or canceled)");
    }
    checks.throwIfInvalid();
    return List.copyOf(productIds);
  }

  private void take(List<String> units, List<String> into) {
    for (String id : units) {
      open.remove(id);
    }
    into.addAll(units);
  }

  private static List<String> done(List<String> units, String what) {
    if (units.isEmpty()) {
      throw new IllegalStateException("Nothing was " + what + " through this workflow");
    }
    return List.copyOf(units);
  }
}
