package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.ClientEndpoints;
import com.newstore.sdk.client.EndpointId;
import java.util.Set;
import java.util.stream.Collectors;

/** Publishes the endpoint ids of {@code newstore-client}: those of {@link ClientEndpoints}. */
public final class ClientEndpointCatalog implements EndpointCatalog {
  /** Creates the catalog; called by {@link java.util.ServiceLoader}. */
  public ClientEndpointCatalog() {}

  @Override
  public Set<String> endpointIds() {
    return ClientEndpoints.all().stream().map(EndpointId::value).collect(Collectors.toSet());
  }
}
