package com.newstore.sdk.testkit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.eventstream.CallbackParameters;
import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import com.newstore.sdk.client.eventstream.IntegrationStatus;
import com.newstore.sdk.client.internal.OrderInjectionApi;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.orders.InjectedOrder;
import com.newstore.sdk.client.orders.InjectedOrderItem;
import com.newstore.sdk.client.orders.ItemPrice;
import com.newstore.sdk.client.orders.OrderInjectionRequest;
import com.newstore.sdk.client.orders.OrderItem;
import com.newstore.sdk.client.orders.Shipment;
import com.newstore.sdk.client.orders.ShippingOption;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Order injection and event stream registration in the simulator, through their clients. */
@NewStoreSimulatorTest
class OrdersAndEventStreamClientTest {

  private static OrderInjectionRequest order(String externalId) {
    return OrderInjectionRequest.builder()
        .externalId(externalId)
        .shop("storefront")
        .channelType("store")
        .channelName("store-1")
        .shopLocale("en-US")
        .currency("USD")
        .placedAt(Instant.parse("2025-03-04T10:00:00Z"))
        .addShipment(
            new Shipment(
                List.of(
                    new OrderItem(
                        externalId + "-1", "SKU-1", ItemPrice.of(BigDecimal.TEN, BigDecimal.TEN)),
                    new OrderItem(
                        externalId + "-2", "SKU-2", ItemPrice.of(BigDecimal.ONE, BigDecimal.ONE))),
                ShippingOption.serviceLevel("Standard", BigDecimal.ZERO, BigDecimal.ZERO)))
        .build();
  }

  @Test
  void create_newOrder_answersItemsAndIsReadableByExternalId(NewStoreClient client) {
    InjectedOrder created = client.orders().create(order("EXT-1"));
    InjectedOrder read = client.orders().getByExternalId("EXT-1");

    assertThat(created.externalId()).isEqualTo("EXT-1");
    assertThat(created.id()).isNotBlank();
    assertThat(created.items())
        .extracting(InjectedOrderItem::externalItemId, InjectedOrderItem::productId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EXT-1-1", "SKU-1"),
            org.assertj.core.groups.Tuple.tuple("EXT-1-2", "SKU-2"));
    assertThat(read.id()).isEqualTo(created.id());
    assertThat(read.items()).isEqualTo(created.items());
  }

  @Test
  void create_sameExternalIdTwice_isIdempotent(NewStoreClient client, NewStoreSimulator sim) {
    InjectedOrder first = client.orders().create(order("EXT-2"));
    InjectedOrder second = client.orders().create(order("EXT-2"));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.items()).isEqualTo(first.items());
    assertThat(sim.injectedOrderCount()).isEqualTo(1);
  }

  @Test
  void create_failedOnce_retriedSafely(NewStoreSimulator sim) {
    sim.faults().on("POST", "/v0/d/fulfill_order").nextCalls(1).respond(503);
    try (NewStoreClient client =
        sim.clientBuilder()
            .retryPolicy(com.newstore.sdk.client.RetryPolicy.defaults())
            .sleeper(d -> {})
            .build()) {
      InjectedOrder created = client.orders().create(order("EXT-3"));

      assertThat(created.externalId()).isEqualTo("EXT-3");
      assertThat(sim.requests("POST", "/v0/d/fulfill_order")).hasSize(2);
      assertThat(sim.injectedOrderCount()).isEqualTo(1);
    }
  }

  @Test
  void getByExternalId_unknown_notFound(NewStoreClient client) {
    assertThatThrownBy(() -> client.orders().getByExternalId("nope"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void create_noShipmentsPastClientValidation_badRequest(NewStoreClient client) {
    OrderInjectionRequest invalid =
        OrderInjectionRequest.builder().externalId("EXT-4").currency("USD").build();
    OrderInjectionApi raw = Transport.of(client).create(OrderInjectionApi.class);

    assertThatThrownBy(() -> Transport.of(client).executor().execute(raw.create(invalid)))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("shipments");
  }

  private static EventStreamIntegration integration(String id) {
    return EventStreamIntegration.permanent(
        id, new CallbackParameters("https://events.example.com/ns", "event-key"));
  }

  @Test
  void eventStream_createListGetDeleteRecreate_roundTrips(NewStoreClient client) {
    EventStreamIntegration created = client.eventStream().create(integration("es-1"));
    client.eventStream().create(integration("es-2"));
    EventStreamIntegration changed =
        integration("es-1").withStartsAt(Instant.parse("2025-01-01T00:00:00Z"));

    // NewStore documents no update: a change is delete + create.
    client.eventStream().delete("es-1");
    EventStreamIntegration updated = client.eventStream().create(changed);

    assertThat(created.id()).isEqualTo("es-1");
    assertThat(created.status()).isEqualTo(IntegrationStatus.RUNNING);
    assertThat(client.eventStream().list())
        .extracting(EventStreamIntegration::id)
        .containsExactlyInAnyOrder("es-1", "es-2");
    assertThat(updated.startsAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(client.eventStream().get("es-1").startsAt())
        .isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(client.eventStream().get("es-1").callbackParameters().callbackUrl())
        .isEqualTo("https://events.example.com/ns");
  }

  @Test
  void eventStream_stopThenStart_changesStatus(NewStoreClient client, NewStoreSimulator sim) {
    client.eventStream().create(integration("es-1"));

    client.eventStream().stop("es-1");
    assertThat(client.eventStream().get("es-1").status()).isEqualTo(IntegrationStatus.STOPPED);
    assertThat(sim.eventStream("es-1").orElseThrow()).containsEntry("status", "stopped");

    client.eventStream().start("es-1");
    assertThat(client.eventStream().get("es-1").status()).isEqualTo(IntegrationStatus.RUNNING);
  }

  @Test
  void eventStream_duplicateId_conflict(NewStoreClient client) {
    client.eventStream().create(integration("es-1"));

    assertThatThrownBy(() -> client.eventStream().create(integration("es-1")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void eventStream_unknownId_notFound(NewStoreClient client) {
    assertThatThrownBy(() -> client.eventStream().get("nope"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.eventStream().start("nope"))
        .isInstanceOf(NotFoundException.class);
  }
}
