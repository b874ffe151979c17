package com.newstore.examples.fulfillment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a fulfillment request's units into those reserved from stock and those not on hand.
 *
 * @param onHand the units reserved, one product id per unit
 * @param missing the units not on hand, one product id per unit
 */
record Reservation(List<String> onHand, List<String> missing) {

  /** Reserves what is on hand, one unit per entry of {@code productIds}. */
  static Reservation of(Inventory inventory, List<String> productIds) {
    List<String> onHand = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String productId : productIds) { // one entry per unit
      (inventory.reserve(productId) ? onHand : missing).add(productId);
    }
    return new Reservation(List.copyOf(onHand), List.copyOf(missing));
  }
}
