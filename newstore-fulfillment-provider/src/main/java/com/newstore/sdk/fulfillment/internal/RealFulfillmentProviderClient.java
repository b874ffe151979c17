package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.fulfillment.CancellationStatus;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentRequestRef;
import com.newstore.sdk.fulfillment.FulfillmentWaiter;
import com.newstore.sdk.fulfillment.RejectedItems;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.RejectionStatus;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentLineItem;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/** The {@link FulfillmentProviderClient}: checks arguments, then calls {@link FulfillmentApi}. */
public final class RealFulfillmentProviderClient implements FulfillmentProviderClient {
  private final FulfillmentApi api;
  private final ApiExecutor executor;
  private final WaiterRuntime runtime;
  private final FulfillmentWaiter waiter;

  /**
   * Creates the client; use {@link FulfillmentProviderClient#builder}.
   *
   * @param client the NewStore client to call through
   * @param scheduler the caller's scheduler for waiters, or null to create one on first use
   * @param clock the waiters' clock, or null for the client's
   */
  public RealFulfillmentProviderClient(
      NewStoreClient client, @Nullable ScheduledExecutorService scheduler, @Nullable Clock clock) {
    Transport transport = Transport.of(client);
    this.api = transport.create(FulfillmentApi.class);
    this.executor = transport.executor();
    this.runtime = new WaiterRuntime(scheduler, clock != null ? clock : transport.clock());
    runtime.checkClientOpenWith(executor::checkOpen);
    this.waiter = new RealFulfillmentWaiter(api, runtime);
  }

  @Override
  public void accept(String requestId) {
    requireId(requestId);
    send(api.accept(requestId, RequestBodies.accept()), "accept the request");
  }

  @Override
  public void rejectItems(String requestId, List<RejectedItems> groups) {
    Checks.of("reject items")
        .notBlank("requestId", requestId)
        .notEmpty("groups", groups)
        .throwIfInvalid();
    send(
        api.rejectItems(requestId, RequestBodies.rejectItems(List.copyOf(groups))), "reject items");
  }

  @Override
  public void rejectItems(String requestId, List<String> productIds, RejectionReason reason) {
    requireId(requestId);
    rejectItems(requestId, List.of(new RejectedItems(reason, productIds)));
  }

  @Override
  public void rejectRequest(FulfillmentRequestRef request, RejectionReason reason) {
    Objects.requireNonNull(request, "request == null");
    rejectItems(request.id(), request.productIds(), reason);
  }

  @Override
  public void cancelItems(String requestId, List<String> productIds) {
    Checks.of("cancel items")
        .notBlank("requestId", requestId)
        .productIds("productIds", productIds)
        .throwIfInvalid();
    send(
        api.cancelItems(requestId, RequestBodies.cancelItems(List.copyOf(productIds))),
        "cancel items");
  }

  @Override
  public void updateShipment(String requestId, List<ShipmentLineItem> lineItems) {
    Checks.of("update shipment")
        .notBlank("requestId", requestId)
        .notEmpty("lineItems", lineItems)
        .throwIfInvalid();
    send(
        api.updateShipment(requestId, RequestBodies.updateShipment(List.copyOf(lineItems))),
        "update the shipment");
  }

  @Override
  public void ship(String requestId, List<String> productIds, Shipment shipment) {
    requireId(requestId);
    updateShipment(requestId, List.of(new ShipmentLineItem(productIds, shipment)));
  }

  @Override
  public Optional<RejectionStatus> rejectionStatus(String requestId) {
    return read(requestId, id -> api.rejection(id, null), StatusParser::rejection);
  }

  @Override
  public Optional<CancellationStatus> cancellationStatus(String requestId) {
    return read(requestId, id -> api.cancellation(id, null), StatusParser::cancellation);
  }

  @Override
  public Optional<ShipmentStatus> shipmentStatus(String requestId) {
    return read(requestId, id -> api.shipment(id, null), StatusParser::shipment);
  }

  @Override
  public FulfillmentWaiter waiter() {
    return waiter;
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "FulfillmentProviderClient";
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
}
