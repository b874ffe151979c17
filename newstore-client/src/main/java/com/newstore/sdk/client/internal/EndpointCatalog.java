package com.newstore.sdk.client.internal;

import java.util.Set;

/**
 * Publishes the endpoint ids of one SDK module, so that {@code NewStoreClient.Builder.build()} can
 * reject a path override for an id no module knows. Implementations are found with {@link
 * java.util.ServiceLoader} ({@code
 * META-INF/services/com.newstore.sdk.client.internal.EndpointCatalog}) and need a public
 * no-argument constructor. Not for users.
 */
public interface EndpointCatalog {
  /**
   * Returns the ids of every {@link Endpoint} of the module.
   *
   * @return the ids, such as {@code fulfillment.accept}
   */
  Set<String> endpointIds();
}
