package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.internal.NoRetry;
import com.newstore.sdk.fulfillment.CancellationStatus;
import com.newstore.sdk.fulfillment.FulfillmentWaiter;
import com.newstore.sdk.fulfillment.RejectionStatus;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.Wait;
import com.newstore.sdk.fulfillment.WaiterOptions;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import retrofit2.Call;

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
    return until(
        "shipment",
        requestId,
        productIds,
        api::shipment,
        StatusParser::shipment,
        Acceptors::shipped);
  }

  @Override
  public Wait<RejectionStatus> untilRejected(String requestId, List<String> productIds) {
    return until(
        "rejection",
        requestId,
        productIds,
        api::rejection,
        StatusParser::rejection,
        Acceptors::rejected);
  }

  @Override
  public Wait<CancellationStatus> untilCanceled(String requestId, List<String> productIds) {
    return until(
        "cancellation",
        requestId,
        productIds,
        api::cancellation,
        StatusParser::cancellation,
        Acceptors::canceled);
  }

  @Override
  public String toString() {
    return "FulfillmentWaiter";
  }

  /** One wait: checks the arguments, then polls {@code read} until {@code acceptor} is done. */
  private <T> Wait<T> until(
      String what,
      String requestId,
      List<String> productIds,
      BiFunction<String, NoRetry, Call<Map<String, Object>>> read,
      Function<Map<String, Object>, T> parse,
      Function<List<String>, Poller.Acceptor<T>> acceptor) {
    List<String> ids = check(requestId, productIds);
    PollSpec<T> spec =
        new PollSpec<>(
            what + " of fulfillment request " + requestId,
            () -> read.apply(requestId, NoRetry.INSTANCE),
            parse,
            acceptor.apply(ids));
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
