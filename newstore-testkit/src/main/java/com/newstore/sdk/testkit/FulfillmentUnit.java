package com.newstore.sdk.testkit;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One unit of a fulfillment request the simulator routes: NewStore sends one item per unit, each
 * with its product id and price (the price decides which of several units of one product an action
 * picks; see {@link NewStoreSimulator#routeFulfillmentRequest}).
 *
 * @param productId the product id
 * @param price the unit's price, or null for none
 */
public record FulfillmentUnit(String productId, @Nullable BigDecimal price) {
  /**
   * Checks the components.
   *
   * @param productId see the record description
   * @param price see the record description
   */
  public FulfillmentUnit {
    Objects.requireNonNull(productId, "productId == null");
  }

  /**
   * Returns a unit with a price.
   *
   * @param productId the product id
   * @param price the price as a decimal string, such as {@code "19.99"}
   * @return the unit
   */
  public static FulfillmentUnit of(String productId, String price) {
    return new FulfillmentUnit(productId, new BigDecimal(price));
  }
}
