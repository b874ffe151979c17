package com.newstore.sdk.fulfillment;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@link FulfillmentWaiter#untilShipped} when NewStore lists a requested product in
 * {@code failed_shipments}: the shipment was refused even though the update was answered with
 * {@code 201}. {@link #failedShipments()} holds the failure details NewStore sent.
 *
 * <pre>{@code
 * try {
 *   fulfillment.waiter().untilShipped(requestId, productIds).await();
 * } catch (ShipmentFailedException e) {
 *   e.failedShipments().forEach(f -> log.error("{} failed: {}", f.productIds(), f.fields()));
 * }
 * }</pre>
 */
public class ShipmentFailedException extends WaiterException {
  private static final long serialVersionUID = 1L;

  private final transient ShipmentStatus status;
  private final transient List<StatusEntry> failedShipments;

  /**
   * Creates the exception.
   *
   * @param status the status read that listed the failure
   * @param failedShipments the entries of {@code failed_shipments} that name a requested product
   * @param attempts how many status reads were sent
   * @param elapsed how long the waiter ran
   */
  public ShipmentFailedException(
      ShipmentStatus status, List<StatusEntry> failedShipments, int attempts, Duration elapsed) {
    super(describe(failedShipments), attempts, elapsed, null);
    this.status = Objects.requireNonNull(status, "status == null");
    this.failedShipments = List.copyOf(failedShipments);
  }

  /**
   * Returns the status read that listed the failure.
   *
   * @return the shipment status
   */
  public ShipmentStatus status() {
    return status;
  }

  /**
   * Returns the entries of {@code failed_shipments} that name a requested product.
   *
   * @return the failures, not empty
   */
  public List<StatusEntry> failedShipments() {
    return failedShipments;
  }

  private static String describe(List<StatusEntry> failed) {
    StringBuilder s = new StringBuilder("NewStore lists requested products in failed_shipments:");
    for (StatusEntry e : failed) {
      s.append(' ').append(e.productIds());
      if (!e.fields().isEmpty()) {
        s.append(' ').append(e.fields());
      }
    }
    return s.toString();
  }
}
