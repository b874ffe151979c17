package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.JsonValues;
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
 * @param shippingAddress the {@code shipping_address}, if sent
 * @param billingAddress the {@code billing_address}, if sent
 * @param extendedAttributes the request's {@code extended_attributes} as name to value, in order
 */
public record FulfillmentRequest(
    String id,
    @Nullable String orderId,
    @Nullable Instant createdAt,
    @Nullable ShippingOptions shippingOptions,
    List<Item> items,
    Map<String, @Nullable Object> unknownFields,
    @Nullable Address shippingAddress,
    @Nullable Address billingAddress,
    Map<String, String> extendedAttributes) {

  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param orderId see the record description
   * @param createdAt see the record description
   * @param shippingOptions see the record description
   * @param items see the record description
   * @param unknownFields see the record description
   * @param shippingAddress see the record description
   * @param billingAddress see the record description
   * @param extendedAttributes see the record description
   */
  public FulfillmentRequest {
    Objects.requireNonNull(id, "id == null");
    items = List.copyOf(items);
    unknownFields = JsonValues.immutableCopy(unknownFields);
    extendedAttributes =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extendedAttributes));
  }

  /**
   * Creates a request without addresses or request-level extended attributes.
   *
   * @param id see the record description
   * @param orderId see the record description
   * @param createdAt see the record description
   * @param shippingOptions see the record description
   * @param items see the record description
   * @param unknownFields see the record description
   */
  public FulfillmentRequest(
      String id,
      @Nullable String orderId,
      @Nullable Instant createdAt,
      @Nullable ShippingOptions shippingOptions,
      List<Item> items,
      Map<String, @Nullable Object> unknownFields) {
    this(id, orderId, createdAt, shippingOptions, items, unknownFields, null, null, Map.of());
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
   * @param unknownFields every other JSON field of the item, kept as parsed
   */
  public record Item(
      String productId,
      Map<String, String> extendedAttributes,
      Map<String, @Nullable Object> unknownFields) {
    /**
     * Checks and copies the components.
     *
     * @param productId see the record description
     * @param extendedAttributes see the record description
     * @param unknownFields see the record description
     */
    public Item {
      Objects.requireNonNull(productId, "productId == null");
      extendedAttributes =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extendedAttributes));
      unknownFields = JsonValues.immutableCopy(unknownFields);
    }

    /**
     * Creates an item without unknown fields.
     *
     * @param productId see the record description
     * @param extendedAttributes see the record description
     */
    public Item(String productId, Map<String, String> extendedAttributes) {
      this(productId, extendedAttributes, Map.of());
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
