package com.newstore.sdk.fulfillment;

import com.newstore.sdk.fulfillment.internal.Checks;
import java.util.List;

/**
 * Says which items left in which package: one entry of {@code line_items} in an update shipping
 * status call. Repeat a product id once per unit shipped; with several units of one product id
 * NewStore picks which unit is meant (the least or the most expensive first).
 *
 * <pre>{@code
 * ShipmentLineItem line = ShipmentLineItem.of(List.of("sku-1", "sku-2"), Shipment.of("1Z9", "UPS"));
 * }</pre>
 *
 * @param productIds the product ids in the package, one entry per unit; not empty
 * @param shipment the package
 */
public record ShipmentLineItem(List<String> productIds, Shipment shipment) {
  /**
   * Checks and copies the components.
   *
   * @param productIds see the record description
   * @param shipment see the record description
   * @throws com.newstore.sdk.client.NewStoreValidationException when the product ids are empty or
   *     the shipment is missing
   */
  public ShipmentLineItem {
    Checks.of("ShipmentLineItem")
        .productIds("productIds", productIds)
        .notNull("shipment", shipment)
        .throwIfInvalid();
    productIds = List.copyOf(productIds);
  }

  /**
   * Returns a line item.
   *
   * @param productIds the product ids, one entry per unit
   * @param shipment the package
   * @return the line item
   */
  public static ShipmentLineItem of(List<String> productIds, Shipment shipment) {
    return new ShipmentLineItem(productIds, shipment);
  }
}
