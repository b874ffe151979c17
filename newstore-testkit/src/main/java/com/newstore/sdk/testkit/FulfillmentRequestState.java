package com.newstore.sdk.testkit;

import java.util.List;
import java.util.Objects;

/**
 * Holds a snapshot of a fulfillment request inside the simulator, for assertions.
 *
 * <pre>{@code
 * FulfillmentRequestState state = sim.fulfillmentRequest("fr-1").orElseThrow();
 * assertThat(state.statusesOf("sku-1")).containsOnly(UnitStatus.SHIPPED);
 * }</pre>
 *
 * @param id the fulfillment request id
 * @param accepted whether the provider acknowledged it
 * @param units one entry per unit, in request order
 */
public record FulfillmentRequestState(String id, boolean accepted, List<Unit> units) {
  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param accepted see the record description
   * @param units see the record description
   */
  public FulfillmentRequestState {
    Objects.requireNonNull(id, "id == null");
    units = List.copyOf(units);
  }

  /**
   * Returns the status of every unit with a product id, in request order.
   *
   * @param productId the product id
   * @return the statuses, one per unit
   */
  public List<UnitStatus> statusesOf(String productId) {
    return units.stream().filter(u -> u.productId().equals(productId)).map(Unit::status).toList();
  }

  /**
   * Holds one unit of a fulfillment request.
   *
   * @param productId the product id
   * @param itemId the item id the simulator gave the unit
   * @param status the unit's status
   */
  public record Unit(String productId, String itemId, UnitStatus status) {}

  /** Says where a unit is in the fulfillment lifecycle. */
  public enum UnitStatus {
    /** Neither shipped, rejected nor canceled. */
    OPEN,
    /** A shipment was posted and has not settled yet; counts as shipped for the rules. */
    SHIPMENT_PENDING,
    /** The shipment settled into {@code successful_shipments}. */
    SHIPPED,
    /** Rejected with {@code reject_items} or {@code rejection}. */
    REJECTED,
    /** Canceled with {@code canceled_items}. */
    CANCELED
  }
}
