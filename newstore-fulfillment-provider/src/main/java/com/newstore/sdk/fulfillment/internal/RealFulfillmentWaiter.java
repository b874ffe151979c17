package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.internal.NoRetry;
import com.newstore.sdk.fulfillment.CancellationStatus;
import com.newstore.sdk.fulfillment.FulfillmentWaiter;
import com.newstore.sdk.fulfillment.RejectionStatus;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.Wait;
import com.newstore.sdk.fulfillment.WaiterOptions;
import java.util.List;

/** The {@link FulfillmentWaiter}: builds one {@link PollSpec} per kind of wait. */
public final class RealFulfillmentWaiter implements FulfillmentWaiter {
  private final FulfillmentApi api;
  private final WaiterRuntime runtime;

  /**
   * Creates the waiter.
   *
   * @param api the Fulfillment Provider API
   * @param runtime runs the polls
   */
  public RealFulfillmentWaiter(FulfillmentApi api, WaiterRuntime runtime) {
    this.api = api;
    this.runtime = runtime;
  }

  @Override
  public Wait<ShipmentStatus> untilShipped(String requestId, List<String> productIds) {
    List<String> ids = check(requestId, productIds);
    return wait(
        new PollSpec<>(
            "shipment of fulfillment request " + requestId,
            () -> api.shipment(requestId, NoRetry.INSTANCE),
            StatusParser::shipment,
            Acceptors.shipped(ids)));
  }

  @Override
  public Wait<RejectionStatus> untilRejected(String requestId, List<String> productIds) {
    List<String> ids = check(requestId, productIds);
    return wait(
        new PollSpec<>(
            "rejection of fulfillment request " + requestId,
            () -> api.rejection(requestId, NoRetry.INSTANCE),
            StatusParser::rejection,
            Acceptors.rejected(ids)));
  }

  @Override
  public Wait<CancellationStatus> untilCanceled(String requestId, List<String> productIds) {
    List<String> ids = check(requestId, productIds);
    return wait(
        new PollSpec<>(
            "cancellation of fulfillment request " + requestId,
            () -> api.cancellation(requestId, NoRetry.INSTANCE),
            StatusParser::cancellation,
            Acceptors.canceled(ids)));
  }

  @Override
  public String toString() {
    return "FulfillmentWaiter";
  }

  private <T> Wait<T> wait(PollSpec<T> spec) {
    return new RealWait<>(runtime, spec, WaiterOptions.defaults());
  }

  private static List<String> check(String requestId, List<String> productIds) {
    Checks.of("waiter")
        .notBlank("requestId", requestId)
        .productIds("productIds", productIds)
        .throwIfInvalid();
    return List.copyOf(productIds);
  }
}
