package com.newstore.sdk.client.orders;

import static com.newstore.sdk.client.testing.ServiceTestSupport.body;
import static com.newstore.sdk.client.testing.ServiceTestSupport.fixture;
import static com.newstore.sdk.client.testing.ServiceTestSupport.json;
import static com.newstore.sdk.client.testing.ServiceTestSupport.parse;
import static com.newstore.sdk.client.testing.ServiceTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.ServerException;
import com.newstore.sdk.client.config.RoutingStrategy;
import com.newstore.sdk.client.testing.Samples;
import com.newstore.sdk.client.testing.ServiceTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderInjectionServiceTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private NewStoreClient client;

  @BeforeEach
  void setUp() {
    client = ServiceTestSupport.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void create_fullOrder_sendsDocumentedBodyWithExternalRouting() {
    server.enqueue(json(201, fixture("orders/fulfill_order_response.json")));

    client.orders().create(Samples.orderBuilder().build());

    assertThat(body(take(server))).isEqualTo(parse(fixture("orders/fulfill_order_request.json")));
  }

  @Test
  void create_documentedResponse_parsesIdsPerUnit() {
    server.enqueue(json(201, fixture("orders/fulfill_order_response.json")));

    InjectedOrder order = client.orders().create(Samples.orderBuilder().build());

    assertThat(order.externalId()).isEqualTo("EXT-1001");
    assertThat(order.id()).isEqualTo("c6a8f1e2-1b4c-4c43-9a59-0f0b8c2b6b11");
    assertThat(order.items())
        .containsExactly(
            new InjectedOrderItem("EXT-1001-1", "item-1", "SKU-123", null),
            new InjectedOrderItem("EXT-1001-2", "item-2", "SKU-123", null));
  }

  @Test
  void create_500Then200_retriesOnceWithSameBody() {
    server.enqueue(json(500, "{\"error_code\":\"internal_error\",\"message\":\"try again\"}"));
    server.enqueue(json(200, fixture("orders/fulfill_order_response.json")));

    InjectedOrder order = client.orders().create(Samples.orderBuilder().build());

    assertThat(order.externalId()).isEqualTo("EXT-1001");
    assertThat(server.getRequestCount()).isEqualTo(2);
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertThat(second.getMethod()).isEqualTo("POST");
    assertThat(second.getUrl().encodedPath()).isEqualTo("/v0/d/fulfill_order");
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(body(second)).isEqualTo(parse(fixture("orders/fulfill_order_request.json")));
  }

  @Test
  void create_500WithRetriesOff_throwsServerExceptionAfterOneAttempt() {
    server.enqueue(json(500, "{\"error_code\":\"internal_error\"}"));
    try (NewStoreClient noRetry =
        ServiceTestSupport.builder(server).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> noRetry.orders().create(Samples.orderBuilder().build()))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void create_minimalOrder_leavesUnsetMembersOut() {
    server.enqueue(json(201, "{\"external_id\":\"EXT-2\",\"id\":\"o-2\"}"));

    InjectedOrder order =
        client
            .orders()
            .create(
                OrderInjectionRequest.builder()
                    .externalId("EXT-2")
                    .currency("EUR")
                    .placedAt(Instant.parse("2025-03-04T10:00:00Z"))
                    .addShipment(
                        new Shipment(
                            List.of(
                                new OrderItem("u-1", "SKU-1", ItemPrice.of(new BigDecimal("9.5")))),
                            new ShippingOption("Standard", BigDecimal.ONE, null)))
                    .build());

    assertThat(order.items()).isEmpty();
    assertThat(body(take(server)))
        .isEqualTo(
            parse(
                "{\"external_id\":\"EXT-2\",\"currency\":\"EUR\","
                    + "\"placed_at\":\"2025-03-04T10:00:00Z\",\"shipments\":[{\"items\":"
                    + "[{\"external_item_id\":\"u-1\",\"product_id\":\"SKU-1\","
                    + "\"price\":{\"item_price\":9.5}}],\"shipping_option\":"
                    + "{\"service_level_identifier\":\"Standard\",\"price\":1}}],"
                    + "\"payments\":[],\"routing_strategy\":\"external\"}"));
  }

  @Test
  void create_routingStrategyCleared_leavesItOut() {
    server.enqueue(json(201, fixture("orders/fulfill_order_response.json")));

    client.orders().create(Samples.orderBuilder().routingStrategy(null).build());

    @SuppressWarnings("unchecked")
    Map<String, Object> sent = (Map<String, Object>) body(take(server));
    assertThat(sent).doesNotContainKey("routing_strategy").containsEntry("is_historical", false);
  }

  @Test
  void getByExternalId_documentedSample_parsesAndKeepsExtras() {
    server.enqueue(json(fixture("orders/external_order.json")));

    InjectedOrder order = client.orders().getByExternalId("EXT-1001");

    assertThat(order.id()).isEqualTo("c6a8f1e2-1b4c-4c43-9a59-0f0b8c2b6b11");
    assertThat(order.extras()).containsEntry("status", "in_fulfillment").containsKey("placed_at");
    assertThat(order.items().get(0).extras()).containsEntry("status", "pending");
  }

  @Test
  void getByExternalId_idWithSlash_isEncodedAsOneSegment() {
    server.enqueue(json(fixture("orders/external_order.json")));

    client.orders().getByExternalId("EXT/1 2");

    assertThat(take(server).getUrl().encodedPath()).isEqualTo("/v0/d/external_orders/EXT%2F1%202");
  }

  @Test
  void openEnums_unknownValues_areKept() {
    assertThat(PriceMethod.of("gross").isKnown()).isFalse();
    assertThat(PriceMethod.TAX_EXCLUDED.isKnown()).isTrue();
    assertThat(PaymentType.of("refunded").isKnown()).isFalse();
    assertThat(PaymentType.AUTHORIZED.isKnown()).isTrue();
    assertThatThrownBy(() -> PaymentType.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PriceMethod.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_defaultsToExternalRouting() {
    assertThat(OrderInjectionRequest.builder().build().routingStrategy())
        .isEqualTo(RoutingStrategy.EXTERNAL);
  }
}
