package com.newstore.sdk.fulfillment;

import com.newstore.sdk.fulfillment.internal.Checks;
import java.util.List;

/**
 * Names a fulfillment request and its units: what {@link FulfillmentProviderClient#rejectRequest}
 * and {@link FulfillmentWorkflow} need of the request NewStore sent. It keeps this module free of
 * the webhooks module: build it from the inbound request with {@code
 * FulfillmentRequestRef.of(request.id(), request.productIds())}.
 *
 * <pre>{@code
 * FulfillmentRequestRef ref = FulfillmentRequestRef.of("fr-1", List.of("sku-1", "sku-1"));
 * }</pre>
 *
 * @param id the fulfillment request id; not blank
 * @param productIds the product ids of its items, one entry per unit; not empty
 */
public record FulfillmentRequestRef(String id, List<String> productIds) {
  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param productIds see the record description
   * @throws com.newstore.sdk.client.NewStoreValidationException when the id is blank, or the
   *     product ids are empty or hold a blank id
   */
  public FulfillmentRequestRef {
    Checks.of("FulfillmentRequestRef")
        .notBlank("id", id)
        .productIds("productIds", productIds)
        .throwIfInvalid();
    productIds = List.copyOf(productIds);
  }

  /**
   * Returns a reference to a fulfillment request.
   *
   * @param id the fulfillment request id
   * @param productIds the product ids of its items, one entry per unit
   * @return the reference
   */
  public static FulfillmentRequestRef of(String id, List<String> productIds) {
    return new FulfillmentRequestRef(id, productIds);
  }
}
