package com.newstore.examples.fulfillment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the warehouse management system: how many units of a product are on hand. */
public interface Inventory {

  /**
   * Reserves one unit of a product if one is on hand.
   *
   * @param productId the product id
   * @return true when a unit was reserved
   */
  boolean reserve(String productId);

  /**
   * Returns an in-memory inventory, for demos and tests.
   *
   * @param onHand units on hand per product id
   * @return the inventory
   */
  static Inventory inMemory(Map<String, Integer> onHand) {
    Map<String, Integer> stock = new ConcurrentHashMap<>(onHand);
    return productId -> {
      int[] reserved = {0};
      stock.computeIfPresent(
          productId,
          (id, n) -> {
            if (n > 0) {
              reserved[0] = 1;
              return n - 1;
            }
            return n;
          });
      return reserved[0] == 1;
    };
  }
}
