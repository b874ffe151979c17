package com.newstore.sdk.client.internal;

/**
 * Lists the endpoint ids a module defines, so that the client can check endpoint ids it is given
 * (such as {@code pathOverride} keys) against every module on the class path. Modules register an
 * implementation in {@code META-INF/services/com.newstore.sdk.client.internal.EndpointCatalog}; it
 * is loaded with {@link java.util.ServiceLoader}. Internal: not for SDK users.
 */
public interface EndpointCatalog {
  /**
   * Returns the endpoint ids this module defines.
   *
   * @return the ids, such as {@code fulfillment-request.accept}
   */
  java.util.Set<String> endpointIds();
}
