package com.newstore.sdk.client;

import com.newstore.sdk.client.internal.EndpointCatalog;
import java.util.Set;

/** Publishes the test-only {@link ThingsApi} ids, as a sibling module would publish its own. */
public final class ThingsEndpointCatalog implements EndpointCatalog {
  @Override
  public Set<String> endpointIds() {
    return Set.of("things.get", "things.create", "things.create-idempotent");
  }
}
