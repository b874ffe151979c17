package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.internal.EndpointCatalog;
import com.newstore.sdk.fulfillment.FulfillmentEndpoints;
import java.util.Set;

/** Registers the fulfillment endpoint ids with the client, through {@link EndpointCatalog}. */
public final class FulfillmentEndpointCatalog implements EndpointCatalog {
  /** Creates the catalog; called by {@link java.util.ServiceLoader}. */
  public FulfillmentEndpointCatalog() {}

  @Override
  public Set<String> endpointIds() {
    return FulfillmentEndpoints.ALL;
  }
}
