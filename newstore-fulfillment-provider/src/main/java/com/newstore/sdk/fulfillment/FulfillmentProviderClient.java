package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.fulfillment.internal.RealFulfillmentProviderClient;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * Calls NewStore's Fulfillment Provider API for a fulfillment provider (a distribution center's
 * WMS, an external OMS) that received a fulfillment request: accept it, reject, cancel or ship its
 * items, read what NewStore recorded, and wait until NewStore confirms a change. Thread-safe;
 * create one per {@link NewStoreClient} and share it.
 *
 * <pre>{@code
 * try (FulfillmentProviderClient fulfillment = FulfillmentProviderClient.create(client)) {
 *   fulfillment.accept(requestId);
 *   fulfillment.ship(requestId, List.of("sku-1", "sku-2"), Shipment.of("1Z999", "UPS"));
 *   WaiterResult<ShipmentStatus> shipped =
 *       fulfillment.waiter().untilShipped(requestId, List.of("sku-1", "sku-2")).await();
 * }
 * }</pre>
 *
 * <h2>Rules NewStore enforces</h2>
 *
 * <ul>
 *   <li>A shipped item can be neither canceled nor rejected; a rejected item cannot be canceled.
 *       NewStore's refusal is thrown as {@link FulfillmentRuleViolationException}.
 *   <li>A request may be rejected after it was accepted.
 *   <li>Product ids count units: repeat a product id once per unit. When a request holds several
 *       units of one product id, NewStore picks which unit is meant (the least or the most
 *       expensive first); the SDK cannot choose a unit.
 *   <li>Cancel removes the allocations and never reroutes; reject (with {@code no_inventory} or
 *       {@code cannot_fulfill}) to let NewStore reroute the items.
 *   <li>A {@code 201} to {@link #updateShipment} does not mean shipped: confirm with {@link
 *       #waiter()} (or read {@link #shipmentStatus}).
 * </ul>
 *
 * <h2>Endpoints</h2>
 *
 * All paths are under {@code v0/d/fulfillment_requests/{id}/}; {@link FulfillmentEndpoints} lists
 * the ids for {@link NewStoreClient.Builder#pathOverride}. None of the POSTs is documented as
 * idempotent, so none is retried after NewStore received it.
 *
 * <h2>Waiters</h2>
 *
 * {@link #waiter()} polls a status read until NewStore confirms a change, as AWS SDK waiters do;
 * see {@link FulfillmentWaiter}.
 */
public interface FulfillmentProviderClient extends AutoCloseable {
  /**
   * Creates a client with the defaults: the {@link NewStoreClient}'s clock and a scheduler of its
   * own for waiters (two daemon threads, created on first use, stopped by {@link #close()}).
   *
   * @param client the NewStore client to call through
   * @return the fulfillment provider client
   */
  static FulfillmentProviderClient create(NewStoreClient client) {
    return builder(client).build();
  }

  /**
   * Returns a builder.
   *
   * <pre>{@code
   * FulfillmentProviderClient fulfillment = FulfillmentProviderClient.builder(client)
   *     .scheduler(myScheduledExecutor)
   *     .build();
   * }</pre>
   *
   * @param client the NewStore client to call through
   * @return a builder
   */
  static Builder builder(NewStoreClient client) {
    return new Builder(Objects.requireNonNull(client, "client == null"));
  }

  /**
   * Accepts a fulfillment request ({@code POST acknowledgement} with {@code {}}; any 2xx is
   * success). Then ship the items and report it with {@link #updateShipment}. A request can still
   * be rejected after it was accepted.
   *
   * <pre>{@code
   * fulfillment.accept(request.id());
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  void accept(String requestId);

  /**
   * Rejects items, each group with its reason ({@code POST reject_items}). With {@code
   * no_inventory} NewStore sets the items' ATP at this location to 0 and reroutes them; with {@code
   * cannot_fulfill} it sends no further requests for this order here and reroutes. Repeat a product
   * id once per unit; with several units of one product id NewStore picks the least or the most
   * expensive first. A shipped item cannot be rejected. Confirm with {@code
   * waiter().untilRejected(...)}.
   *
   * <pre>{@code
   * fulfillment.rejectItems(requestId, List.of(
   *     RejectedItems.of(RejectionReason.NO_INVENTORY, List.of("sku-1")),
   *     RejectedItems.of(RejectionReason.CANNOT_FULFILL, List.of("sku-2"))));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param groups the rejected items by reason; not empty
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   * @throws FulfillmentRuleViolationException when an item is already shipped
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  void rejectItems(String requestId, List<RejectedItems> groups);

  /**
   * Rejects items for one reason; see {@link #rejectItems(String, List)}. The arguments come in the
   * order of {@link #ship} and {@link #cancelItems}: the request, the units, then what happened to
   * them.
   *
   * <pre>{@code
   * fulfillment.rejectItems(requestId, List.of("sku-1"), RejectionReason.NO_INVENTORY);
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids, one per unit; not empty
   * @param reason why the items are rejected
   * @throws com.newstore.sdk.client.NewStoreValidationException when an argument is missing or
   *     empty, before anything is sent
   * @throws FulfillmentRuleViolationException when an item is already shipped
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  void rejectItems(String requestId, List<String> productIds, RejectionReason reason);

  /**
   * Rejects items for one reason, with the reason before the units.
   *
   * @param requestId the fulfillment request id
   * @param reason why the items are rejected
   * @param productIds the product ids, one per unit; not empty
   * @throws com.newstore.sdk.client.NewStoreValidationException when an argument is missing or
   *     empty, before anything is sent
   * @throws FulfillmentRuleViolationException when an item is already shipped
   * @throws NewStoreException when NewStore refuses or cannot be reached
   * @deprecated the units come before the reason, as in {@link #ship} and {@link #cancelItems}: use
   *     {@link #rejectItems(String, List, RejectionReason)}
   */
  @Deprecated
  default void rejectItems(String requestId, RejectionReason reason, List<String> productIds) {
    rejectItems(requestId, productIds, reason);
  }

  /**
   * Rejects a whole fulfillment request: rejects every item of it for one reason, as NewStore
   * documents ({@code POST reject_items} listing all items). Allowed after accepting.
   *
   * <pre>{@code
   * fulfillment.rejectRequest(
   *     FulfillmentRequestRef.of(request.id(), request.productIds()), RejectionReason.CANNOT_FULFILL);
   * }</pre>
   *
   * @param request the fulfillment request NewStore sent, as id and product ids
   * @param reason why the request is rejected
   * @throws com.newstore.sdk.client.NewStoreValidationException when the reason is missing or the
   *     request has no items, before anything is sent
   * @throws FulfillmentRuleViolationException when an item is already shipped
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  void rejectRequest(FulfillmentRequestRef request, RejectionReason reason);

  /**
   * Cancels items ({@code POST canceled_items}). NewStore removes their allocations at once and
   * does not send them to another location: to have items rerouted, reject them instead. A shipped
   * or rejected item cannot be canceled. Repeat a product id once per unit; with several units of
   * one product id NewStore picks the least or the most expensive first. Confirm with {@link
   * #waiter()}.
   *
   * <pre>{@code
   * fulfillment.cancelItems(requestId, List.of("sku-1"));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids, one per unit; not empty
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   * @throws FulfillmentRuleViolationException when an item is already shipped or rejected
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  void cancelItems(String requestId, List<String> productIds);

  /**
   * Reports shipped items ({@code POST shipment}), one line item per package. A {@code 201} does
   * not mean NewStore marked them shipped: confirm with {@code waiter().untilShipped(...)}, which
   * also detects {@code failed_shipments}. Repeat a product id once per unit; with several units of
   * one product id NewStore picks the least or the most expensive first.
   *
   * <p>This client does not track units: NewStore documents no error for a unit reported twice, so
   * shipping the same product id again is sent and answered {@code 201}. To have a second shipment
   * of a unit refused before anything is sent, use {@link FulfillmentWorkflow}, which tracks the
   * open units of one request.
   *
   * <pre>{@code
   * fulfillment.updateShipment(requestId, List.of(
   *     ShipmentLineItem.of(List.of("sku-1"), Shipment.of("1Z999", "UPS")),
   *     ShipmentLineItem.of(List.of("sku-2"), Shipment.of("1Z998", "UPS"))));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param lineItems the packages; not empty
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  void updateShipment(String requestId, List<ShipmentLineItem> lineItems);

  /**
   * Reports items shipped in one package; see {@link #updateShipment}.
   *
   * <pre>{@code
   * fulfillment.ship(requestId, List.of("sku-1", "sku-2"), Shipment.of("1Z999", "UPS"));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids in the package, one per unit; not empty
   * @param shipment the package
   * @throws com.newstore.sdk.client.NewStoreValidationException when an argument is missing or
   *     empty, before anything is sent
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  void ship(String requestId, List<String> productIds, Shipment shipment);

  /**
   * Reads the rejection status ({@code GET rejection}); its body shape is unconfirmed, see {@link
   * RejectionStatus}.
   *
   * <pre>{@code
   * Optional<RejectionStatus> rejection = fulfillment.rejectionStatus(requestId);
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @return the status, or empty when NewStore answers {@code 404} (nothing rejected yet)
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank
   * @throws NewStoreException when NewStore fails or cannot be reached
   */
  Optional<RejectionStatus> rejectionStatus(String requestId);

  /**
   * Reads the cancellation status ({@code GET canceled_items}, path unconfirmed).
   *
   * <pre>{@code
   * Optional<CancellationStatus> canceled = fulfillment.cancellationStatus(requestId);
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @return the status, or empty when NewStore answers {@code 404} (nothing canceled yet)
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank
   * @throws NewStoreException when NewStore fails or cannot be reached
   */
  Optional<CancellationStatus> cancellationStatus(String requestId);

  /**
   * Reads the shipment status ({@code GET shipment}): {@code successful_shipments} and {@code
   * failed_shipments}.
   *
   * <pre>{@code
   * Optional<ShipmentStatus> shipments = fulfillment.shipmentStatus(requestId);
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @return the status, or empty when NewStore answers {@code 404} (no shipment recorded yet)
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank
   * @throws NewStoreException when NewStore fails or cannot be reached
   */
  Optional<ShipmentStatus> shipmentStatus(String requestId);

  /**
   * Returns the waiter, which polls until NewStore confirms a change.
   *
   * <pre>{@code
   * WaiterResult<ShipmentStatus> r = fulfillment.waiter().untilShipped(requestId, productIds).await();
   * }</pre>
   *
   * @return the waiter; the same instance on every call
   */
  FulfillmentWaiter waiter();

  /**
   * Stops every wait still running (its future fails with a {@link NewStoreException}; no further
   * request is sent) and the scheduler this client created for waiters. Leaves a scheduler passed
   * to {@link Builder#scheduler} and the {@link NewStoreClient} untouched.
   */
  @Override
  void close();

  /** Builds a {@link FulfillmentProviderClient}. Not thread-safe. */
  final class Builder {
    private final NewStoreClient client;
    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable Clock clock;

    private Builder(NewStoreClient client) {
      this.client = client;
    }

    /**
     * Sets the scheduler waiters run their polls on, instead of one the client creates. Each poll
     * holds one of its threads for its HTTP exchange; no thread is held between polls. The client
     * never shuts it down.
     *
     * @param scheduler the scheduler
     * @return this builder
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    /**
     * Sets the clock waiters measure elapsed time and {@code Retry-After} dates with; defaults to
     * the {@link NewStoreClient}'s clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the fulfillment provider client
     */
    public FulfillmentProviderClient build() {
      return new RealFulfillmentProviderClient(client, scheduler, clock);
    }
  }
}
