package com.newstore.sdk.webhooks;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds NewStore's availability (ATP) question: {@code {products: [{product_id,
 * external_identifier}], fulfillment_locations: [...]}}.
 *
 * @param products the products, never empty
 * @param fulfillmentLocations the fulfillment location ids, never empty; NewStore picks them, and
 *     does not say whether the call comes from a product page or the checkout
 * @param unknownFields every other JSON field, kept as parsed
 */
public record AvailabilityRequest(
    List<Product> products,
    List<String> fulfillmentLocations,
    Map<String, @Nullable Object> unknownFields) {

  /**
   * Checks and copies the components.
   *
   * @param products see the record description
   * @param fulfillmentLocations see the record description
   * @param unknownFields see the record description
   */
  public AvailabilityRequest {
    products = List.copyOf(products);
    fulfillmentLocations = List.copyOf(fulfillmentLocations);
    unknownFields = com.newstore.sdk.webhooks.internal.JsonValues.immutableCopy(unknownFields);
  }

  /**
   * Holds one product asked about.
   *
   * @param productId the product id
   * @param externalIdentifier the kind of identifier; only {@code product_id} is sent today
   * @param unknownFields every other JSON field, kept as parsed
   */
  public record Product(
      String productId, String externalIdentifier, Map<String, @Nullable Object> unknownFields) {
    /**
     * Checks and copies the components.
     *
     * @param productId see the record description
     * @param externalIdentifier see the record description
     * @param unknownFields see the record description
     */
    public Product {
      Objects.requireNonNull(productId, "productId == null");
      Objects.requireNonNull(externalIdentifier, "externalIdentifier == null");
      unknownFields = com.newstore.sdk.webhooks.internal.JsonValues.immutableCopy(unknownFields);
    }
  }
}
