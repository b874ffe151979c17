package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.NewStoreInterruptedException;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.fulfillment.internal.Acceptors;
import com.newstore.sdk.fulfillment.internal.Checks;
import com.newstore.sdk.fulfillment.internal.FulfillmentApi;
import com.newstore.sdk.fulfillment.internal.Poller;
import com.newstore.sdk.fulfillment.internal.RequestBodies;
import com.newstore.sdk.fulfillment.internal.RuleErrors;
import com.newstore.sdk.fulfillment.internal.StatusParser;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

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
 *       fulfillment.waitUntilShipped(requestId, List.of("sku-1", "sku-2"));
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
 *       #waitUntilShipped} (or read {@link #shipmentStatus}).
 * </ul>
 *
 * <h2>Endpoints</h2>
 *
 * All paths are under {@code v0/d/fulfillment_requests/{id}/}; the ids for {@link
 * NewStoreClient.Builder#pathOverride}: {@code fulfillment-request.accept} ({@code POST
 * acknowledgement}), {@code fulfillment-request.reject-items} ({@code POST reject_items}), {@code
 * fulfillment-request.rejection.get} ({@code GET rejection}), {@code
 * fulfillment-request.cancel-items} ({@code POST canceled_items}), {@code
 * fulfillment-request.cancellation.get} ({@code GET canceled_items}, path unconfirmed), {@code
 * fulfillment-request.shipment.update} ({@code POST shipment}) and {@code
 * fulfillment-request.shipment.get} ({@code GET shipment}). None of the POSTs is documented as
 * idempotent, so none is retried after NewStore received it.
 *
 * <h2>Waiters</h2>
 *
 * The {@code waitUntil...} methods poll a status read, as AWS SDK waiters do, on a scheduler: no
 * thread sleeps while waiting. The polls are sent without the client's automatic retries; the
 * waiter itself treats {@code 404} (nothing recorded yet), {@code 429} and {@code 503} (honouring
 * {@code Retry-After}), {@code 5xx} and network failures as "not yet", within {@link
 * WaiterOptions}.
 */
public final class FulfillmentProviderClient implements AutoCloseable {
  private final FulfillmentApi api;
  private final FulfillmentApi pollApi;
  private final ApiExecutor executor;
  private final Clock clock;
  private final @Nullable ScheduledExecutorService givenScheduler;
  private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();
  private @Nullable ScheduledExecutorService ownScheduler;
  private boolean closed;

  private FulfillmentProviderClient(Builder b) {
    Transport transport = Transport.of(b.client);
    this.api = transport.create(FulfillmentApi.class);
    this.executor = transport.executor();
    // Shares the token cache and connection pool; owns nothing, so it needs no close.
    NewStoreClient noRetry = b.client.newBuilder().retryPolicy(RetryPolicy.none()).build();
    this.pollApi = Transport.of(noRetry).create(FulfillmentApi.class);
    this.clock = b.clock != null ? b.clock : transport.clock();
    this.givenScheduler = b.scheduler;
  }

  /**
   * Creates a client with the defaults: the {@link NewStoreClient}'s clock and a scheduler of its
   * own for waiters (one daemon thread, created on first use, stopped by {@link #close()}).
   *
   * @param client the NewStore client to call through
   * @return the fulfillment provider client
   */
  public static FulfillmentProviderClient create(NewStoreClient client) {
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
  public static Builder builder(NewStoreClient client) {
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
  public void accept(String requestId) {
    requireId(requestId);
    send(api.accept(requestId, RequestBodies.accept()), "accept the request");
  }

  /**
   * Rejects items, each group with its reason ({@code POST reject_items}). With {@code
   * no_inventory} NewStore sets the items' ATP at this location to 0 and reroutes them; with {@code
   * cannot_fulfill} it sends no further requests for this order here and reroutes. Repeat a product
   * id once per unit; with several units of one product id NewStore picks the least or the most
   * expensive first. A shipped item cannot be rejected. Confirm with {@link #waitUntilRejected}.
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
  public void rejectItems(String requestId, List<RejectedItems> groups) {
    Checks.of("reject items")
        .notBlank("requestId", requestId)
        .notEmpty("groups", groups)
        .throwIfInvalid();
    send(
        api.rejectItems(requestId, RequestBodies.rejectItems(List.copyOf(groups))), "reject items");
  }

  /**
   * Rejects items for one reason; see {@link #rejectItems(String, List)}.
   *
   * <pre>{@code
   * fulfillment.rejectItems(requestId, RejectionReason.NO_INVENTORY, List.of("sku-1"));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param reason why the items are rejected
   * @param productIds the product ids, one per unit; not empty
   * @throws com.newstore.sdk.client.NewStoreValidationException when an argument is missing or
   *     empty, before anything is sent
   * @throws FulfillmentRuleViolationException when an item is already shipped
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  public void rejectItems(String requestId, RejectionReason reason, List<String> productIds) {
    requireId(requestId);
    rejectItems(requestId, List.of(new RejectedItems(reason, productIds)));
  }

  /**
   * Rejects a whole fulfillment request: rejects every item of it for one reason, as NewStore
   * documents ({@code POST reject_items} listing all items). Allowed after accepting.
   *
   * <pre>{@code
   * fulfillment.rejectRequest(request, RejectionReason.CANNOT_FULFILL);
   * }</pre>
   *
   * @param request the fulfillment request NewStore sent
   * @param reason why the request is rejected
   * @throws com.newstore.sdk.client.NewStoreValidationException when the reason is missing or the
   *     request has no items, before anything is sent
   * @throws FulfillmentRuleViolationException when an item is already shipped
   * @throws NewStoreException when NewStore refuses or cannot be reached
   */
  public void rejectRequest(FulfillmentRequest request, RejectionReason reason) {
    Objects.requireNonNull(request, "request == null");
    rejectItems(request.id(), reason, request.productIds());
  }

  /**
   * Cancels items ({@code POST canceled_items}). NewStore removes their allocations at once and
   * does not send them to another location: to have items rerouted, reject them instead. A shipped
   * or rejected item cannot be canceled. Repeat a product id once per unit; with several units of
   * one product id NewStore picks the least or the most expensive first. Confirm with {@link
   * #waitUntilCanceled}.
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
  public void cancelItems(String requestId, List<String> productIds) {
    Checks.of("cancel items")
        .notBlank("requestId", requestId)
        .productIds("productIds", productIds)
        .throwIfInvalid();
    send(
        api.cancelItems(requestId, RequestBodies.cancelItems(List.copyOf(productIds))),
        "cancel items");
  }

  /**
   * Reports shipped items ({@code POST shipment}), one line item per package. A {@code 201} does
   * not mean NewStore marked them shipped: confirm with {@link #waitUntilShipped}, which also
   * detects {@code failed_shipments}. Repeat a product id once per unit; with several units of one
   * product id NewStore picks the least or the most expensive first.
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
  public void updateShipment(String requestId, List<ShipmentLineItem> lineItems) {
    Checks.of("update shipment")
        .notBlank("requestId", requestId)
        .notEmpty("lineItems", lineItems)
        .throwIfInvalid();
    send(
        api.updateShipment(requestId, RequestBodies.updateShipment(List.copyOf(lineItems))),
        "update the shipment");
  }

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
  public void ship(String requestId, List<String> productIds, Shipment shipment) {
    requireId(requestId);
    updateShipment(requestId, List.of(new ShipmentLineItem(productIds, shipment)));
  }

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
  public Optional<RejectionStatus> rejectionStatus(String requestId) {
    return read(requestId, api::rejection, StatusParser::rejection);
  }

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
  public Optional<CancellationStatus> cancellationStatus(String requestId) {
    return read(requestId, api::cancellation, StatusParser::cancellation);
  }

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
  public Optional<ShipmentStatus> shipmentStatus(String requestId) {
    return read(requestId, api::shipment, StatusParser::shipment);
  }

  /**
   * Waits with the default options until every unit is shipped; see {@link
   * #waitUntilShippedAsync(String, List, WaiterOptions)}.
   *
   * <pre>{@code
   * WaiterResult<ShipmentStatus> r = fulfillment.waitUntilShipped(requestId, List.of("sku-1"));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids shipped, one per unit; not empty
   * @return the confirming status, with the attempts and time it took
   * @throws ShipmentFailedException when a unit is in {@code failed_shipments}
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws NewStoreException when a status read failed for good, or the thread was interrupted
   */
  public WaiterResult<ShipmentStatus> waitUntilShipped(String requestId, List<String> productIds) {
    return waitUntilShipped(requestId, productIds, WaiterOptions.defaults());
  }

  /**
   * Waits, blocking the calling thread, until every unit is shipped; see {@link
   * #waitUntilShippedAsync(String, List, WaiterOptions)}.
   *
   * <pre>{@code
   * WaiterResult<ShipmentStatus> r = fulfillment.waitUntilShipped(
   *     requestId, List.of("sku-1"), WaiterOptions.builder().maxTotalTime(Duration.ofMinutes(1)).build());
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids shipped, one per unit; not empty
   * @param options attempts, time and intervals
   * @return the confirming status, with the attempts and time it took
   * @throws ShipmentFailedException when a unit is in {@code failed_shipments}
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws NewStoreException when a status read failed for good, or the thread was interrupted
   */
  public WaiterResult<ShipmentStatus> waitUntilShipped(
      String requestId, List<String> productIds, WaiterOptions options) {
    return await(waitUntilShippedAsync(requestId, productIds, options));
  }

  /**
   * Starts waiting until every unit is in {@code successful_shipments}: polls {@code GET shipment}
   * until then (success), until a unit not yet shipped is in {@code failed_shipments} ({@link
   * ShipmentFailedException}), or until attempts or time run out ({@link WaiterTimeoutException}).
   * Product ids count units: {@code [a, a]} needs two shipped units of {@code a}. Cancelling the
   * future stops polling; no further request is sent. Dependent stages may run on an HTTP thread:
   * use the {@code ...Async} stage methods with your executor for slow work.
   *
   * <pre>{@code
   * fulfillment.waitUntilShippedAsync(requestId, productIds, WaiterOptions.defaults())
   *     .thenAccept(r -> log.info("shipped after {} polls", r.attempts()));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids shipped, one per unit; not empty
   * @param options attempts, time and intervals
   * @return the future confirming status
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   */
  public CompletableFuture<WaiterResult<ShipmentStatus>> waitUntilShippedAsync(
      String requestId, List<String> productIds, WaiterOptions options) {
    List<String> ids = checkWait(requestId, productIds, options);
    return track(
        "shipment of fulfillment request " + requestId,
        () -> pollApi.shipment(requestId),
        StatusParser::shipment,
        Acceptors.shipped(ids),
        options,
        scheduler(),
        clock);
  }

  /**
   * Waits with the default options until every unit is in the rejection status; see {@link
   * #waitUntilRejectedAsync}.
   *
   * <pre>{@code
   * fulfillment.waitUntilRejected(requestId, List.of("sku-1"));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the rejected product ids, one per unit; not empty
   * @return the confirming status, with the attempts and time it took
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws NewStoreException when a status read failed for good, or the thread was interrupted
   */
  public WaiterResult<RejectionStatus> waitUntilRejected(
      String requestId, List<String> productIds) {
    return waitUntilRejected(requestId, productIds, WaiterOptions.defaults());
  }

  /**
   * Waits, blocking the calling thread, until every unit is in the rejection status; see {@link
   * #waitUntilRejectedAsync}.
   *
   * <pre>{@code
   * fulfillment.waitUntilRejected(requestId, List.of("sku-1"), WaiterOptions.defaults());
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the rejected product ids, one per unit; not empty
   * @param options attempts, time and intervals
   * @return the confirming status, with the attempts and time it took
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws NewStoreException when a status read failed for good, or the thread was interrupted
   */
  public WaiterResult<RejectionStatus> waitUntilRejected(
      String requestId, List<String> productIds, WaiterOptions options) {
    return await(waitUntilRejectedAsync(requestId, productIds, options));
  }

  /**
   * Starts waiting until every unit is in the rejection status ({@code GET rejection}, whose body
   * shape is unconfirmed). Cancelling the future stops polling.
   *
   * <pre>{@code
   * CompletableFuture<WaiterResult<RejectionStatus>> f =
   *     fulfillment.waitUntilRejectedAsync(requestId, List.of("sku-1"), WaiterOptions.defaults());
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the rejected product ids, one per unit; not empty
   * @param options attempts, time and intervals
   * @return the future confirming status
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   */
  public CompletableFuture<WaiterResult<RejectionStatus>> waitUntilRejectedAsync(
      String requestId, List<String> productIds, WaiterOptions options) {
    List<String> ids = checkWait(requestId, productIds, options);
    return track(
        "rejection of fulfillment request " + requestId,
        () -> pollApi.rejection(requestId),
        StatusParser::rejection,
        Acceptors.rejected(ids),
        options,
        scheduler(),
        clock);
  }

  /**
   * Waits with the default options until every unit is in {@code canceled_items}; see {@link
   * #waitUntilCanceledAsync}.
   *
   * <pre>{@code
   * fulfillment.waitUntilCanceled(requestId, List.of("sku-1"));
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the canceled product ids, one per unit; not empty
   * @return the confirming status, with the attempts and time it took
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws NewStoreException when a status read failed for good, or the thread was interrupted
   */
  public WaiterResult<CancellationStatus> waitUntilCanceled(
      String requestId, List<String> productIds) {
    return waitUntilCanceled(requestId, productIds, WaiterOptions.defaults());
  }

  /**
   * Waits, blocking the calling thread, until every unit is in {@code canceled_items}; see {@link
   * #waitUntilCanceledAsync}.
   *
   * <pre>{@code
   * fulfillment.waitUntilCanceled(requestId, List.of("sku-1"), WaiterOptions.defaults());
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the canceled product ids, one per unit; not empty
   * @param options attempts, time and intervals
   * @return the confirming status, with the attempts and time it took
   * @throws WaiterTimeoutException when attempts or time ran out
   * @throws NewStoreException when a status read failed for good, or the thread was interrupted
   */
  public WaiterResult<CancellationStatus> waitUntilCanceled(
      String requestId, List<String> productIds, WaiterOptions options) {
    return await(waitUntilCanceledAsync(requestId, productIds, options));
  }

  /**
   * Starts waiting until every unit is in {@code canceled_items} ({@code GET canceled_items}, path
   * unconfirmed). Cancelling the future stops polling.
   *
   * <pre>{@code
   * CompletableFuture<WaiterResult<CancellationStatus>> f =
   *     fulfillment.waitUntilCanceledAsync(requestId, List.of("sku-1"), WaiterOptions.defaults());
   * }</pre>
   *
   * @param requestId the fulfillment request id
   * @param productIds the canceled product ids, one per unit; not empty
   * @param options attempts, time and intervals
   * @return the future confirming status
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank or the list
   *     empty, before anything is sent
   */
  public CompletableFuture<WaiterResult<CancellationStatus>> waitUntilCanceledAsync(
      String requestId, List<String> productIds, WaiterOptions options) {
    List<String> ids = checkWait(requestId, productIds, options);
    return track(
        "cancellation of fulfillment request " + requestId,
        () -> pollApi.cancellation(requestId),
        StatusParser::cancellation,
        Acceptors.canceled(ids),
        options,
        scheduler(),
        clock);
  }

  /**
   * Stops every waiter still running (its future fails with a {@link NewStoreException}; no further
   * request is sent) and the scheduler this client created for waiters. Leaves a scheduler passed
   * to {@link Builder#scheduler} and the {@link NewStoreClient} untouched.
   */
  @Override
  public void close() {
    ScheduledExecutorService own;
    synchronized (this) {
      closed = true;
      own = ownScheduler;
    }
    for (CompletableFuture<?> future : List.copyOf(waiting)) {
      future.completeExceptionally(
          new NewStoreException("FulfillmentProviderClient was closed; waiting stopped"));
    }
    if (own != null) {
      own.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "FulfillmentProviderClient";
  }

  private <T> CompletableFuture<WaiterResult<T>> track(
      String what,
      Supplier<Call<Map<String, Object>>> read,
      Function<Map<String, Object>, T> parse,
      Poller.Acceptor<T> acceptor,
      WaiterOptions options,
      ScheduledExecutorService scheduler,
      Clock clock) {
    CompletableFuture<WaiterResult<T>> future =
        Poller.start(what, read, parse, acceptor, options, scheduler, clock);
    waiting.add(future);
    future.whenComplete((r, t) -> waiting.remove(future));
    return future;
  }

  private synchronized ScheduledExecutorService scheduler() {
    if (givenScheduler != null) {
      return givenScheduler;
    }
    if (closed) {
      throw new IllegalStateException("FulfillmentProviderClient is closed");
    }
    if (ownScheduler == null) {
      ScheduledThreadPoolExecutor s =
          new ScheduledThreadPoolExecutor(
              1,
              r -> {
                Thread t = new Thread(r, "newstore-fulfillment-waiter");
                t.setDaemon(true);
                return t;
              });
      s.setRemoveOnCancelPolicy(true);
      ownScheduler = s;
    }
    return ownScheduler;
  }

  private void send(Call<Void> call, String operation) {
    try {
      executor.executeNullable(call);
    } catch (NewStoreApiException e) {
      throw RuleErrors.map(e, operation);
    }
  }

  private <T> Optional<T> read(
      String requestId,
      Function<String, Call<Map<String, Object>>> call,
      Function<Map<String, Object>, T> parse) {
    requireId(requestId);
    Map<String, Object> body;
    try {
      body = executor.executeNullable(call.apply(requestId));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    return Optional.of(parse.apply(body == null ? Map.of() : body));
  }

  private static void requireId(String requestId) {
    Checks.of("request").notBlank("requestId", requestId).throwIfInvalid();
  }

  private static List<String> checkWait(
      String requestId, List<String> productIds, WaiterOptions options) {
    Checks.of("waiter")
        .notBlank("requestId", requestId)
        .productIds("productIds", productIds)
        .notNull("options", options)
        .throwIfInvalid();
    return List.copyOf(productIds);
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new NewStoreInterruptedException("Interrupted while waiting; polling stopped", e);
    } catch (CancellationException e) {
      throw new NewStoreException("The waiter was cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new NewStoreException("The waiter failed: " + cause, cause);
    }
  }

  /** Builds a {@link FulfillmentProviderClient}. Not thread-safe. */
  public static final class Builder {
    private final NewStoreClient client;
    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable Clock clock;

    private Builder(NewStoreClient client) {
      this.client = client;
    }

    /**
     * Sets the scheduler waiters schedule their polls on, instead of one the client creates. The
     * client never shuts it down.
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
      return new FulfillmentProviderClient(this);
    }
  }
}
