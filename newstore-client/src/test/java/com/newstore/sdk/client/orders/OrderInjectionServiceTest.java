package com.newstore.sdk.client.orders;

import static com.newstore.sdk.client.testing.ServiceTestSupport.body;
import static com.newstore.sdk.client.testing.ServiceTestSupport.fixture;
import static com.newstore.sdk.client.testing.ServiceTestSupport.json;
import static com.newstore.sdk.client.testing.ServiceTestSupport.parse;
import static com.newstore.sdk.client.testing.ServiceTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.ServerException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderInjectionServiceTest {
  private static final String CREATED = fixture("orders/fulfill_order_response.json");

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

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object json) {
    return (List<Object>) json;
  }

  private static Map<String, Object> firstShipment(Map<String, Object> order) {
    return map(list(order.get("shipments")).get(0));
  }

  private static OrderInjectionRequestBuilder minimal() {
    return OrderInjectionRequest.builder()
        .externalId("EXT-2")
        .shop("storefront")
        .channelType("web")
        .channelName("webshop")
        .currency("EUR")
        .shopLocale("de-DE");
  }

  private static InjectedOrderShipment oneUnit(ShippingOption option) {
    return new InjectedOrderShipment(
        List.of(new OrderItem("u-1", "SKU-1", ItemPrice.of(new BigDecimal("9.5"), BigDecimal.TEN))),
        option);
  }

  @Test
  void create_fullOrder_sendsTheDocumentedBody() {
    server.enqueue(json(CREATED));

    client.orders().create(Samples.orderBuilder().build());

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v0/d/fulfill_order");
    assertThat(body(request)).isEqualTo(parse(fixture("orders/fulfill_order_request.json")));
  }

  @Test
  void create_fullOrder_putsRoutingOnTheShippingOptionAndNowhereElse() {
    server.enqueue(json(CREATED));

    client.orders().create(Samples.orderBuilder().build());

    Map<String, Object> sent = map(body(take(server)));
    assertThat(sent)
        .doesNotContainKeys("routing_strategy", "customer_locale")
        .containsEntry("customer_language", "en");
    Map<String, Object> option = map(firstShipment(sent).get("shipping_option"));
    assertThat(option)
        .containsEntry(
            "routing_strategy", Map.of("strategy", "external", "fulfillment_node_id", "store-42"))
        .containsEntry("service_level_identifier", "Priority")
        .containsEntry("price", 0.0)
        .containsEntry("tax", 0.0)
        .doesNotContainKey("shipping_offer_token");
  }

  @Test
  void create_minimalOrder_sendsRequiredMembersAndLeavesTheRestOut() {
    server.enqueue(json(CREATED));

    client
        .orders()
        .create(
            minimal()
                .addShipment(
                    oneUnit(
                        ShippingOption.serviceLevel("Standard", BigDecimal.ONE, BigDecimal.ZERO)))
                .build());

    assertThat(body(take(server)))
        .isEqualTo(
            parse(
                "{\"external_id\":\"EXT-2\",\"shop\":\"storefront\",\"channel_type\":\"web\","
                    + "\"channel_name\":\"webshop\",\"currency\":\"EUR\",\"shop_locale\":\"de-DE\","
                    + "\"shipments\":[{\"items\":[{\"external_item_id\":\"u-1\","
                    + "\"product_id\":\"SKU-1\",\"price\":{\"item_price\":9.5,"
                    + "\"item_list_price\":10,\"item_tax_lines\":[]}}],"
                    + "\"shipping_option\":{\"service_level_identifier\":\"Standard\","
                    + "\"price\":1,\"tax\":0}}],\"payments\":[]}"));
  }

  @Test
  void create_routingStrategies_haveTheirDocumentedShapes() {
    server.enqueue(json(CREATED));
    server.enqueue(json(CREATED));
    ShippingOption standard =
        ShippingOption.serviceLevel("Standard", BigDecimal.ONE, BigDecimal.ZERO);

    client.orders().create(minimal().addShipment(oneUnit(standard.preroutedTo("dc-1"))).build());
    client
        .orders()
        .create(
            minimal()
                .addShipment(
                    oneUnit(standard.withRoutingStrategy(RoutingStrategy.defaultRouting())))
                .build());

    assertThat(map(firstShipment(map(body(take(server)))).get("shipping_option")))
        .containsEntry(
            "routing_strategy", Map.of("strategy", "prerouted", "fulfillment_node_id", "dc-1"));
    assertThat(map(firstShipment(map(body(take(server)))).get("shipping_option")))
        .containsEntry("routing_strategy", Map.of("strategy", "default"));
  }

  @Test
  void create_severalShipmentsWithOfferTokens_sendsFormB() {
    server.enqueue(json(CREATED));
    ShippingOption a =
        ShippingOption.offerToken("offer-a", BigDecimal.ONE, BigDecimal.ZERO)
            .routedExternallyTo("store-nyc");
    ShippingOption b = ShippingOption.offerToken("offer-b", BigDecimal.ZERO, BigDecimal.ZERO);

    client.orders().create(minimal().addShipment(oneUnit(a)).addShipment(oneUnit(b)).build());

    List<Object> shipments = list(map(body(take(server))).get("shipments"));
    assertThat(map(map(shipments.get(0)).get("shipping_option")))
        .containsEntry("shipping_offer_token", "offer-a")
        .containsEntry(
            "routing_strategy", Map.of("strategy", "external", "fulfillment_node_id", "store-nyc"))
        .doesNotContainKey("service_level_identifier");
    assertThat(map(map(shipments.get(1)).get("shipping_option")))
        .isEqualTo(Map.of("shipping_offer_token", "offer-b", "price", 0.0, "tax", 0.0));
  }

  @Test
  void create_unitsSharingAnExternalItemId_areSent() {
    server.enqueue(json(CREATED));
    ItemPrice price = ItemPrice.of(BigDecimal.TEN, BigDecimal.TEN);

    client
        .orders()
        .create(
            minimal()
                .addShipment(
                    new InjectedOrderShipment(
                        List.of(
                            new OrderItem("line-1", "SKU-1", price),
                            new OrderItem("line-1", "SKU-1", price)),
                        ShippingOption.serviceLevel("Standard", BigDecimal.ZERO, BigDecimal.ZERO)))
                .build());

    List<Object> items = list(firstShipment(map(body(take(server)))).get("items"));
    assertThat(items)
        .hasSize(2)
        .allSatisfy(i -> assertThat(map(i)).containsEntry("external_item_id", "line-1"));
  }

  @Test
  void create_addonWithParentInShipment_sendsParentReference() {
    server.enqueue(json(CREATED));
    ItemPrice price = ItemPrice.of(BigDecimal.TEN, BigDecimal.TEN);

    client
        .orders()
        .create(
            minimal()
                .addShipment(
                    new InjectedOrderShipment(
                        List.of(
                            new OrderItem("shirt", "SKU-1", price),
                            new OrderItem("shirt-2", "SKU-1", price),
                            new OrderItem("engraving", "SKU-E", price).asAddonOf("shirt")),
                        ShippingOption.serviceLevel("Standard", BigDecimal.ZERO, BigDecimal.ZERO)))
                .build());

    List<Object> items = list(firstShipment(map(body(take(server)))).get("items"));
    assertThat(map(items.get(2)))
        .containsEntry("external_item_id", "engraving")
        .containsEntry("addon_parent_external_item_id", "shirt");
    assertThat(map(items.get(0))).doesNotContainKey("addon_parent_external_item_id");
  }

  @Test
  void create_optionalMembers_areSentUnderNewStoresNames() {
    server.enqueue(json(CREATED));
    ItemPrice price =
        new ItemPrice(
                new BigDecimal("18.00"),
                new BigDecimal("20.00"),
                List.of(new TaxLine(new BigDecimal("2.87"), new BigDecimal("0.19"), "VAT", "DE")),
                null,
                null,
                "outlet",
                "g-1")
            .withItemDiscount(
                DiscountInfo.percentage("SPRING-10", BigDecimal.TEN, new BigDecimal("2.00"))
                    .withCouponCode("SPRING"));
    OrderItem item =
        new OrderItem("u-1", "SKU-1", price)
            .withGiftWrapping(
                new GiftWrapping(new BigDecimal("3.00"), List.of(), "Happy birthday!", "gift"))
            .withExtendedAttributes(List.of(new ExtendedAttribute("engraving", "A.L.")));
    ShippingOption option =
        ShippingOption.serviceLevel("Standard", new BigDecimal("4.90"), new BigDecimal("0.78"))
            .withDiscount(
                DiscountInfo.fixed("FREESHIP", new BigDecimal("4.90"), new BigDecimal("4.90")));

    client
        .orders()
        .create(
            minimal()
                .placedAt(Instant.parse("2025-03-04T10:00:00Z"))
                .priceMethod(PriceMethod.TAX_EXCLUDED)
                .storeId("store-nyc")
                .associateId("assoc-7")
                .ipAddress("203.0.113.7")
                .preconfirmed(true)
                .fulfilled(false)
                .offline(true)
                .historical(false)
                .addNotificationBlacklist("order_confirmation")
                .addExtendedAttribute("source_system", "oms-eu")
                .addShipment(new InjectedOrderShipment(List.of(item), option))
                .build());

    Map<String, Object> sent = map(body(take(server)));
    assertThat(sent)
        .containsEntry("placed_at", "2025-03-04T10:00:00Z")
        .containsEntry("price_method", "tax_excluded")
        .containsEntry("store_id", "store-nyc")
        .containsEntry("associate_id", "assoc-7")
        .containsEntry("ip_address", "203.0.113.7")
        .containsEntry("is_preconfirmed", true)
        .containsEntry("is_fulfilled", false)
        .containsEntry("is_offline", true)
        .containsEntry("is_historical", false)
        .containsEntry("notification_blacklist", List.of("order_confirmation"))
        .containsEntry(
            "extended_attributes", List.of(Map.of("name", "source_system", "value", "oms-eu")));
    Map<String, Object> sentItem = map(list(firstShipment(sent).get("items")).get(0));
    assertThat(map(sentItem.get("price")))
        .containsEntry("item_price", 18.0)
        .containsEntry("item_list_price", 20.0)
        .containsEntry("pricebook", "outlet")
        .containsEntry("group_ref", "g-1")
        .containsEntry(
            "item_tax_lines",
            List.of(Map.of("amount", 2.87, "rate", 0.19, "name", "VAT", "country_code", "DE")))
        .containsEntry(
            "item_discount_info",
            List.of(
                Map.of(
                    "discount_ref", "SPRING-10",
                    "original_value", 10.0,
                    "price_adjustment", 2.0,
                    "type", "percentage",
                    "coupon_code", "SPRING")));
    assertThat(sentItem)
        .containsEntry(
            "gift_wrapping",
            Map.of(
                "item_price",
                3.0,
                "item_tax_lines",
                List.of(),
                "message",
                "Happy birthday!",
                "tax_class",
                "gift"))
        .containsEntry(
            "extended_attributes", List.of(Map.of("name", "engraving", "value", "A.L.")));
    assertThat(map(firstShipment(sent).get("shipping_option")))
        .containsEntry(
            "discount_info",
            List.of(
                Map.of(
                    "discount_ref",
                    "FREESHIP",
                    "original_value",
                    4.9,
                    "price_adjustment",
                    4.9,
                    "type",
                    "fixed")));
  }

  @Test
  void create_documentedResponse_parsesIdsPerUnit() {
    server.enqueue(json(CREATED));

    InjectedOrder order = client.orders().create(Samples.orderBuilder().build());

    assertThat(order.externalId()).isEqualTo("EXT-1001");
    assertThat(order.id()).isEqualTo("c6a8f1e2-1b4c-4c43-9a59-0f0b8c2b6b11");
    assertThat(order.items())
        .containsExactly(
            new InjectedOrderItem(
                "EXT-1001-1", "3f0e9a52-5c1d-4d7e-9b8a-1c2d3e4f5a61", "SKU-123", null),
            new InjectedOrderItem(
                "EXT-1001-2", "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c41", "SKU-123", null));
  }

  @ParameterizedTest
  @ValueSource(ints = {201, 202, 203})
  void create_successOtherThan200_throwsNamingTheStatusAndIsNotRetried(int status) {
    server.enqueue(json(status, CREATED));

    assertThatThrownBy(() -> client.orders().create(Samples.orderBuilder().build()))
        .isInstanceOfSatisfying(
            UnexpectedInjectionStatusException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.getMessage())
                  .contains("HTTP " + status)
                  .contains("POST /v0/d/fulfill_order")
                  .contains("only 200");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 504})
  void create_transientFailureThen200_retriesWithTheSameBody(int status) {
    server.enqueue(json(status, "{\"error_code\":\"rpc_timeout\",\"message\":\"try again\"}"));
    server.enqueue(json(CREATED));

    InjectedOrder order = client.orders().create(Samples.orderBuilder().build());

    assertThat(order.externalId()).isEqualTo("EXT-1001");
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertThat(second.getUrl().encodedPath()).isEqualTo("/v0/d/fulfill_order");
    assertThat(second.getBody()).isEqualTo(first.getBody());
  }

  @Test
  void create_500WithRetriesOff_throwsServerExceptionAfterOneAttempt() {
    server.enqueue(json(500, "{\"error_code\":\"grpc_unavailable\"}"));
    try (NewStoreClient noRetry =
        ServiceTestSupport.builder(server).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> noRetry.orders().create(Samples.orderBuilder().build()))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 409, 422})
  void create_sameExternalIdDifferentData_throwsOrderAlreadyInjected(int status) {
    server.enqueue(
        json(
            status,
            "{\"error_code\":\"same_order_injection_with_different_data\","
                + "\"message\":\"order already processed\",\"request_id\":\"r-1\"}"));

    assertThatThrownBy(() -> client.orders().create(Samples.orderBuilder().build()))
        .isInstanceOfSatisfying(
            OrderAlreadyInjectedException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.errorCode()).isEqualTo(OrderAlreadyInjectedException.ERROR_CODE);
              assertThat(e.requestId()).isEqualTo("r-1");
              assertThat(e.getMessage()).contains("re-import under a new external id");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void create_addonInvalidParent_throwsInvalidAddonParent() {
    server.enqueue(json(400, "{\"error_code\":\"addon_invalid_parent_item\"}"));

    assertThatThrownBy(() -> client.orders().create(Samples.orderBuilder().build()))
        .isInstanceOf(InvalidAddonParentException.class)
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("addon_invalid_parent_item")
        .hasMessageContaining("re-import under a new external id");
  }

  @Test
  void create_addonDuplicateItemId_throwsDuplicateAddonItemId() {
    server.enqueue(json(400, "{\"error_code\":\"addon_duplicate_external_item_id\"}"));

    assertThatThrownBy(() -> client.orders().create(Samples.orderBuilder().build()))
        .isInstanceOf(DuplicateAddonItemIdException.class)
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("addon_duplicate_external_item_id")
        .hasMessageContaining("re-import under a new external id");
  }

  @Test
  void create_otherBadRequest_staysAPlainBadRequest() {
    server.enqueue(json(400, "{\"error_code\":\"invalid_shipments\"}"));

    assertThatThrownBy(() -> client.orders().create(Samples.orderBuilder().build()))
        .isExactlyInstanceOf(BadRequestException.class)
        .hasMessageContaining("invalid_shipments");
  }

  @Test
  void getByExternalId_documentedSample_parsesAndKeepsExtras() {
    server.enqueue(json(fixture("orders/external_order.json")));

    InjectedOrder order = client.orders().getByExternalId("EXT-1001");

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v0/d/external_orders/EXT-1001");
    assertThat(request.getUrl().query()).isNull();
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
  void get_idTypePrefixes_areSentAsTypeEqualsId() {
    server.enqueue(json(fixture("orders/external_order.json")));
    server.enqueue(json(fixture("orders/external_order.json")));
    server.enqueue(json(fixture("orders/external_order.json")));

    client.orders().get(ExternalOrderLookup.byId("c6a8f1e2-1b4c-4c43-9a59-0f0b8c2b6b11"));
    client.orders().get(ExternalOrderLookup.of(ExternalOrderLookup.EXTERNAL_ID, "EXT-1001"));
    client.orders().get(ExternalOrderLookup.of("order_number", "A/1"));

    assertThat(take(server).getUrl().encodedPath())
        .isEqualTo("/v0/d/external_orders/id=c6a8f1e2-1b4c-4c43-9a59-0f0b8c2b6b11");
    assertThat(take(server).getUrl().encodedPath())
        .isEqualTo("/v0/d/external_orders/external_id=EXT-1001");
    assertThat(take(server).getUrl().encodedPath())
        .isEqualTo("/v0/d/external_orders/order_number=A%2F1");
  }

  @Test
  void get_emailAndCountryCode_areEncodedQueries() {
    server.enqueue(json(fixture("orders/external_order.json")));

    client
        .orders()
        .get(
            ExternalOrderLookup.byExternalId("EXT-1001")
                .withEmail("ada+orders@example.com")
                .withCountryCode("US"));

    RecordedRequest request = take(server);
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v0/d/external_orders/EXT-1001");
    assertThat(request.getUrl().queryParameter("email")).isEqualTo("ada+orders@example.com");
    assertThat(request.getUrl().queryParameter("country_code")).isEqualTo("US");
    assertThat(request.getUrl().encodedQuery())
        .contains("ada%2Borders")
        .contains("country_code=US");
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
}
