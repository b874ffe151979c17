package com.newstore.sdk.testkit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Available-to-promise per fulfillment location and product. Unknown means "no stock information"
 * and counts as available. A {@code no_inventory} rejection sets the ATP of the rejected products
 * at that location to 0 (seed 004). Thread-safe.
 */
public final class Inventory {
  private final Map<String, Map<String, Long>> atp = new HashMap<>();

  /** Creates an empty inventory. */
  public Inventory() {}

  /**
   * Sets the ATP of a product at a location.
   *
   * @param location the fulfillment node id
   * @param productId the product id
   * @param quantity the ATP
   */
  public synchronized void set(String location, String productId, long quantity) {
    atp.computeIfAbsent(location, l -> new HashMap<>()).put(productId, quantity);
  }

  /**
   * Returns the ATP of a product at a location.
   *
   * @param location the fulfillment node id
   * @param productId the product id
   * @return the ATP, or empty when unknown
   */
  public synchronized OptionalLong get(String location, String productId) {
    Long value = atp.getOrDefault(location, Map.of()).get(productId);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * Returns whether a location may have a product: its ATP is unknown or positive.
   *
   * @param location the fulfillment node id
   * @param productId the product id
   * @return false only when the ATP is known to be 0 or less
   */
  public synchronized boolean mayHave(String location, String productId) {
    OptionalLong value = get(location, productId);
    return value.isEmpty() || value.getAsLong() > 0;
  }
}
