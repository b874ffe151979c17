package com.newstore.sdk.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.internal.Endpoint;
import com.newstore.sdk.client.internal.EndpointCatalog;
import com.newstore.sdk.fulfillment.internal.FulfillmentApi;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EndpointCatalogTest {
  @Test
  void serviceLoader_findsTheFulfillmentCatalog_listingEveryEndpointOfTheApi() {
    Set<String> annotated =
        Arrays.stream(FulfillmentApi.class.getMethods())
            .map((Method m) -> m.getAnnotation(Endpoint.class))
            .map(Endpoint::value)
            .collect(Collectors.toSet());
    Set<String> registered =
        ServiceLoader.load(EndpointCatalog.class).stream()
            .map(ServiceLoader.Provider::get)
            .flatMap(c -> c.endpointIds().stream())
            .collect(Collectors.toSet());

    assertThat(annotated).isEqualTo(FulfillmentEndpoints.ALL).hasSize(7);
    assertThat(registered).containsAll(FulfillmentEndpoints.ALL);
  }
}
