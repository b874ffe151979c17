package com.newstore.sdk.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one fulfillment request in the simulator: where it was routed, whether the provider
 * accepted it, and the status of each unit.
 *
 * @param id the fulfillment request id
 * @param orderId the order it belongs to, or null
 * @param fulfillmentNodeId the node it was routed to, or null when created without one
 * @param accepted whether the provider acknowledged it
 * @param units one entry per unit, in request order
 */
public record FulfillmentRequestState(
    String id,
    @Nullable String orderId,
    @Nullable String fulfillmentNodeId,
    boolean accepted,
    List<Unit> units) {
  /**
   * Copies the units.
   *
   * @param id see the record description
   * @param orderId see the record description
   * @param fulfillmentNodeId see the record description
   * @param accepted see the record description
   * @param units see the record description
   */
  public FulfillmentRequestState {
    Objects.requireNonNull(id, "id == null");
    units = List.copyOf(units);
  }

  /**
   * Returns the statuses of every unit of one product, in request order.
   *
   * @param productId the product id
   * @return the statuses
   */
  public List<UnitStatus> statusesOf(String productId) {
    return units.stream().filter(u -> u.productId().equals(productId)).map(Unit::status).toList();
  }

  /**
   * One unit of a fulfillment request.
   *
   * @param productId the product id
   * @param itemId the unit's item id
   * @param price the unit's price, or null when the request carried none
   * @param status the unit's status
   */
  public record Unit(
      String productId, String itemId, @Nullable BigDecimal price, UnitStatus status) {}

  /** A unit's status. */
  public enum UnitStatus {
    /** Not yet shipped, rejected or canceled. */
    OPEN,
    /** A shipment was posted and has not settled. */
    SHIPMENT_PENDING,
    /** Shipped. */
    SHIPPED,
    /** Rejected by the provider. */
    REJECTED,
    /** Canceled by the provider. */
    CANCELED
  }
}
