package com.newstore.sdk.fulfillment;

import com.newstore.sdk.fulfillment.internal.Checks;
import java.util.List;

/**
 * Groups the items rejected for one reason. Repeat a product id once per unit: to reject two units
 * of {@code sku-1}, list {@code sku-1} twice. When a request holds several units of one product id
 * at different prices, NewStore decides which unit a product id refers to (the least or the most
 * expensive first); the SDK cannot choose.
 *
 * <pre>{@code
 * RejectedItems group = RejectedItems.of(RejectionReason.NO_INVENTORY, List.of("sku-1", "sku-1"));
 * }</pre>
 *
 * @param reason why the items are rejected; required
 * @param productIds the product ids, one entry per unit; not empty
 */
public record RejectedItems(RejectionReason reason, List<String> productIds) {
  /**
   * Checks and copies the components.
   *
   * @param reason see the record description
   * @param productIds see the record description
   * @throws com.newstore.sdk.client.NewStoreValidationException when the reason is missing or the
   *     product ids are empty or hold a blank id
   */
  public RejectedItems {
    Checks.of("RejectedItems")
        .notNull("reason", reason)
        .productIds("productIds", productIds)
        .throwIfInvalid();
    productIds = List.copyOf(productIds);
  }

  /**
   * Returns a group of rejected items.
   *
   * @param reason why the items are rejected
   * @param productIds the product ids, one entry per unit
   * @return the group
   */
  public static RejectedItems of(RejectionReason reason, List<String> productIds) {
    return new RejectedItems(reason, productIds);
  }
}
