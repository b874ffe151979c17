package com.newstore.sdk.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds a fulfillment request NewStore sent to a fulfillment provider (a DC's WMS, an external
 * OMS): which units to fulfill, where to ship them and how. There is one {@link Item} per unit, so
 * two units of one product appear as two items with the same product id.
 *
 * @param id the fulfillment request id, used in every Fulfillment Provider API call
 * @param orderId the NewStore order id, if sent
 * @param createdAt when NewStore created the request
 * @param shippingOptions the carrier and service level NewStore chose, if sent
 * @param items the units to fulfill, one entry per unit; never empty
 * @param unknownFields every JSON field the SDK does not model, kept as parsed
 */
public record FulfillmentRequest(
    String id,
    @Nullable String orderId,
    @Nullable Instant createdAt,
    @Nullable ShippingOptions shippingOptions,
    List<Item> items,
    Map<String, Object> unknownFields) {

  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param orderId see the record description
   * @param createdAt see the record description
   * @param shippingOptions see the record description
   * @param items see the record description
   * @param unknownFields see the record description
   */
  public FulfillmentRequest {
    Objects.requireNonNull(id, "id == null");
    items = List.copyOf(items);
    unknownFields = Map.copyOf(unknownFields);
  }

  /**
   * Returns the product id of every unit, in order, one entry per unit.
   *
   * @return the product ids, with repeats for several units of one product
   */
  public List<String> productIds() {
    return items.stream().map(Item::productId).toList();
  }

  /**
   * Holds one unit to fulfill.
   *
   * @param productId the product id
   * @param extendedAttributes the item's {@code extended_attributes} as name to value
   */
  public record Item(String productId, Map<String, String> extendedAttributes) {
    /**
     * Checks and copies the components.
     *
     * @param productId see the record description
     * @param extendedAttributes see the record description
     */
    public Item {
      Objects.requireNonNull(productId, "productId == null");
      extendedAttributes = Map.copyOf(extendedAttributes);
    }
  }

  /**
   * Holds the shipping choice NewStore made for the request.
   *
   * @param carrier the carrier, such as {@code UPS}
   * @param serviceLevel the service level, such as {@code GROUND}
   */
  public record ShippingOptions(@Nullable String carrier, @Nullable String serviceLevel) {}
}
