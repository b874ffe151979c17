package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.internal.EndpointCatalog;
import java.util.Set;

/**
 * Publishes the Fulfillment Provider API's endpoint ids (the constants of {@link FulfillmentApi})
 * to the client builder's path override check.
 */
public final class FulfillmentEndpointCatalog implements EndpointCatalog {
  /** Creates the catalog; called by {@link java.util.ServiceLoader}. */
  public FulfillmentEndpointCatalog() {}

  @Override
  public Set<String> endpointIds() {
    return Set.of(
        FulfillmentApi.ACCEPT,
        FulfillmentApi.REJECT_ITEMS,
        FulfillmentApi.REJECTION_STATUS,
        FulfillmentApi.CANCEL_ITEMS,
        FulfillmentApi.CANCELLATION_STATUS,
        FulfillmentApi.UPDATE_SHIPMENT,
        FulfillmentApi.SHIPMENT_STATUS);
  }
}
