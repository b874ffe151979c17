package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreNetworkException;
import com.newstore.sdk.client.PermissionDeniedException;
import com.newstore.sdk.client.RateLimitException;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.ServerException;
import com.newstore.sdk.client.orders.InjectedOrderShipment;
import com.newstore.sdk.client.orders.ItemPrice;
import com.newstore.sdk.client.orders.OrderInjectionRequest;
import com.newstore.sdk.client.orders.OrderItem;
import com.newstore.sdk.client.orders.ShippingOption;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The java examples of docs/testing.md, run as they are shown. */
class TestingDocTest {

  @Test
  void withoutJUnit_builderOptions_apply() {
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    // docs:without-junit
    try (NewStoreSimulator sim =
            NewStoreSimulator.builder()
                .tokenLifetime(Duration.ofMinutes(5))
                .settleAfterReads(2) // a shipment shows up on the 2nd status read
                .settleDelay(Duration.ZERO) // ...and not before this much time on sim's clock
                .clock(clock) // token expiry, updated_at and delays follow this clock
                .start();
        NewStoreClient client = sim.newClient()) {
      client.salesOrderConfig().gracePeriod().set(Duration.ofSeconds(45));
      assertThat(client.salesOrderConfig().gracePeriod().get().orElseThrow().updatedAt())
          .isEqualTo(clock.instant());
    }
    // docs:end
  }

  @Test
  void withoutJUnit_settleAfterReads2_shipmentShowsOnSecondRead() {
    try (NewStoreSimulator sim = NewStoreSimulator.builder().settleAfterReads(2).start();
        NewStoreClient client = sim.newClient();
        FulfillmentProviderClient provider = FulfillmentProviderClient.create(client)) {
      sim.createFulfillmentRequest("fr-1", "sku-1");
      provider.ship("fr-1", List.of("sku-1"), com.newstore.sdk.fulfillment.Shipment.of("t", "UPS"));

      assertThat(provider.shipmentStatus("fr-1")).isEmpty();
      assertThat(provider.shipmentStatus("fr-1")).isPresent();
    }
  }

  @Test
  @SuppressWarnings("resource")
  void faultInjection_scripts_showAsTheDocSays() {
    try (NewStoreSimulator sim = NewStoreSimulator.start();
        NewStoreClient client = sim.clientBuilder().retryPolicy(RetryPolicy.none()).build();
        FulfillmentProviderClient provider = FulfillmentProviderClient.create(client)) {
      sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
      // docs:faults
      FaultScript limited =
          sim.faults()
              .on("GET", "/v0/config/sales_order/grace_period")
              .nextCalls(2)
              .respond(429, 1);
      sim.faults()
          .on("POST", "/v0/d/fulfillment_requests/{id}/shipment")
          .afterCalls(1)
          .respond(503);
      sim.faults().on("GET", "/v0/config/routing/uses_external_atp").htmlBlockPage();
      sim.faults().on("POST", "/v0/d/fulfill_order").dropConnection();
      sim.faults().on("*", "/v0/config/*").always().latency(Duration.ofMillis(200));
      // docs:end

      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> client.salesOrderConfig().gracePeriod().get().orElseThrow())
            .isInstanceOfSatisfying(
                RateLimitException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
      }
      assertThat(limited.fired()).isEqualTo(2);

      provider.ship("fr-1", List.of("sku-1"), com.newstore.sdk.fulfillment.Shipment.of("t", "UPS"));
      assertThatThrownBy(
              () ->
                  provider.ship(
                      "fr-1",
                      List.of("sku-2"),
                      com.newstore.sdk.fulfillment.Shipment.of("t", "UPS")))
          .isInstanceOfSatisfying(
              ServerException.class, e -> assertThat(e.statusCode()).isEqualTo(503));

      assertThatThrownBy(() -> client.availabilityConfig().usesExternalAtp().get().orElseThrow())
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("not JSON");

      assertThatThrownBy(() -> client.orders().create(order()))
          .isInstanceOf(NewStoreNetworkException.class);

      long start = System.nanoTime();
      assertThat(client.salesOrderConfig().gracePeriod().get()).isEmpty();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(200));

      sim.faults().clear();
      client.availabilityConfig().usesExternalAtp().set(true);
      assertThat(client.availabilityConfig().usesExternalAtp().get().orElseThrow().value())
          .isTrue();
    }
  }

  private static OrderInjectionRequest order() {
    return OrderInjectionRequest.builder()
        .externalId("EXT-1")
        .shop("storefront")
        .channelType("store")
        .channelName("store-1")
        .shopLocale("en-US")
        .currency("USD")
        .placedAt(Instant.parse("2025-03-04T10:00:00Z"))
        .addShipment(
            new InjectedOrderShipment(
                List.of(
                    new OrderItem(
                        "EXT-1-1", "SKU-1", ItemPrice.of(BigDecimal.TEN, BigDecimal.TEN))),
                ShippingOption.serviceLevel("Standard", BigDecimal.ZERO, BigDecimal.ZERO)))
        .build();
  }
}
