package com.newstore.sdk.client.config;

import static com.newstore.sdk.client.config.ConfigTestSupport.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Never set" is Optional.empty(), never a decoding error; other answers stay errors. */
class EmptyValuesTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private NewStoreClient client;

  @BeforeEach
  void setUp() {
    client = client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private void answer(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  @Test
  void emptyValueObject_readsAsNotSet() {
    answer(200, "{\"value\": {}}");
    answer(200, "{\"value\": null, \"updated_at\": null}");
    answer(200, "{\"value\": []}");
    answer(200, "");

    assertThat(client.salesOrderConfig().orderIdSequence().get()).isEmpty();
    assertThat(client.salesOrderConfig().externalOrderWebhook().get()).isEmpty();
    assertThat(client.salesOrderConfig().cancellableLocations().get()).isEmpty();
    assertThat(client.salesOrderConfig().bigOrders().get()).isEmpty();
  }

  @Test
  void notFoundWithNotFoundCode_readsAsNotSet_otherCodeStaysAnError() {
    answer(404, "{\"error_code\": \"not_found\"}");
    answer(404, "{\"error_code\": \"route_missing\"}");

    assertThat(client.salesOrderConfig().gracePeriod().get()).isEmpty();
    assertThatThrownBy(() -> client.salesOrderConfig().gracePeriod().get())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void orderInjection_versionIsAString_evenNonNumeric() {
    answer(
        200,
        "{\"value\": {\"skip_soft_routing_on_injection\": true}, \"version\": \"v7-abc\","
            + " \"updated_at\": \"2024-05-01T10:00:00Z\", \"updated_by\": \"ops\"}");

    assertThat(client.orderInjectionConfig().get().orElseThrow().version()).isEqualTo("v7-abc");
  }

  @ContractExempt("deliberately sends an undocumented location type through the escape hatch")
  @Test
  void cancellableLocations_undocumentedType_refusedUnlessTheEscapeHatchIsUsed() {
    Set<LocationType> withWarehouse = Set.of(LocationType.STORE, LocationType.of("warehouse"));

    assertThatThrownBy(() -> client.salesOrderConfig().cancellableLocations().set(withWarehouse))
        .isInstanceOf(NewStoreValidationException.class)
        .hasMessageContaining("cancellableLocationsAllowingUndocumentedTypes");
    assertThat(server.getRequestCount()).isZero();

    answer(200, "");
    client.salesOrderConfig().cancellableLocationsAllowingUndocumentedTypes().set(withWarehouse);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
