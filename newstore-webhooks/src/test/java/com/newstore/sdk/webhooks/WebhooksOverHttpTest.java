package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drives every handler kind end to end over loopback HTTP through the JDK adapter. */
class WebhooksOverHttpTest {
  static final String KEY = "default-key-0123456789abcdef";
  static final String ATP_KEY = "atp-key-0123456789abcdefghij";

  static final List<AvailabilityRequest> atpCalls = new CopyOnWriteArrayList<>();
  static final List<WebhookContext> atpContexts = new CopyOnWriteArrayList<>();
  static final List<PurchaseHistoryRequest> historyCalls = new CopyOnWriteArrayList<>();
  static final Map<String, OrderDetails> orders = new ConcurrentHashMap<>();
  static final List<FulfillmentRequest> fulfillments = new CopyOnWriteArrayList<>();
  static final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
  static final List<String> events = new CopyOnWriteArrayList<>();
  static final List<Object> payloads = new CopyOnWriteArrayList<>();
  static volatile List<SalesOrder> history = List.of();

  static JdkHttpServerAdapter.Server server;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    EventHandler eventHandler =
        new EventHandler() {
          @Override
          public void onOrderCreated(StreamEvent event, OrderEventPayload payload) {
            events.add("created:" + payload.id());
            payloads.add(payload);
          }

          @Override
          public void onOrderCompleted(StreamEvent event, OrderEventPayload payload) {
            events.add("completed:" + payload.id());
          }

          @Override
          public void onOrderCancelled(StreamEvent event, OrderEventPayload payload) {
            events.add("cancelled:" + payload.id());
          }

          @Override
          public void onAmountAuthorized(StreamEvent event, PaymentAccountEventPayload payload) {
            events.add("authorized:" + payload.id());
            payloads.add(payload);
          }

          @Override
          public void onAmountCaptured(StreamEvent event, PaymentAccountEventPayload payload) {
            events.add("captured:" + payload.id());
          }

          @Override
          public void onFulfillmentRequestAssigned(
              StreamEvent event, FulfillmentRequestEventPayload payload) {
            events.add("assigned:" + payload.id());
          }

          @Override
          public void onOtherEvent(StreamEvent event) {
            events.add("other:" + event.name() + ":" + event.payload().get("id"));
            payloads.add(event);
          }
        };
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .apiKey(WebhookKind.AVAILABILITY, ATP_KEY)
            .routePrefix("/newstore")
            .availabilityHandler(
                (request, context) -> {
                  atpCalls.add(request);
                  atpContexts.add(context);
                  // Answer only the first location; the SDK must add atp 0 for the rest.
                  String location = request.fulfillmentLocations().get(0);
                  return AvailabilityResponse.of(
                      request.products().stream()
                          .map(
                              p ->
                                  new AvailabilityResponse.Availability(
                                      p.productId(), p.externalIdentifier(), location, 7))
                          .toList());
                })
            .purchaseHistoryHandler(
                (request, context) -> {
                  historyCalls.add(request);
                  return history;
                })
            .orderDetailsHandler(
                (request, context) -> Optional.ofNullable(orders.get(request.orderId())))
            .fulfillmentRequestHandler(
                (request, context) -> {
                  AtomicInteger left = failuresLeft.get(request.id());
                  if (left != null && left.getAndDecrement() > 0) {
                    throw new IllegalStateException("WMS down, secret=hunter2");
                  }
                  fulfillments.add(request);
                })
            .eventHandler(eventHandler)
            .build();
    server = JdkHttpServerAdapter.start(webhooks, new InetSocketAddress("127.0.0.1", 0));
    port = server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void availability_validRequest_answersEveryProductAndLocation() {
    HttpResponse<String> response =
        Http.postJson(
            port,
            "/newstore/availability",
            ATP_KEY,
            "{\"products\":[{\"product_id\":\"p-1\",\"external_identifier\":\"product_id\"},"
                + "{\"product_id\":\"p-2\",\"external_identifier\":\"product_id\",\"x\":1}],"
                + "\"fulfillment_locations\":[\"DC1\",\"store-9\"],\"future\":{\"a\":true}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    List<Map<String, Object>> availabilities =
        Http.list(Http.json(response.body()).get("availabilities"));
    assertThat(availabilities)
        .extracting(a -> a.get("product_id") + "@" + a.get("fulfillment_location"))
        .containsExactlyInAnyOrder("p-1@DC1", "p-2@DC1", "p-1@store-9", "p-2@store-9");
    assertThat(availabilities)
        .filteredOn(a -> a.get("fulfillment_location").equals("store-9"))
        .extracting(a -> a.get("atp"))
        .containsOnly(0.0);
    assertThat(availabilities)
        .filteredOn(a -> a.get("fulfillment_location").equals("DC1"))
        .extracting(a -> a.get("atp"), a -> a.get("external_identifier"))
        .containsOnly(org.assertj.core.groups.Tuple.tuple(7.0, "product_id"));
    AvailabilityRequest seen = atpCalls.get(atpCalls.size() - 1);
    assertThat(seen.unknownFields()).containsEntry("future", Map.of("a", true));
    assertThat(seen.products().get(1).unknownFields()).containsEntry("x", BigDecimal.ONE);
  }

  @Test
  void availability_context_hasDeadlineFromTimeout() {
    Http.postJson(
        port,
        "/newstore/availability",
        ATP_KEY,
        "{\"products\":[{\"product_id\":\"p-9\"}],\"fulfillment_locations\":[\"DC1\"]}");

    WebhookContext context = atpContexts.get(atpContexts.size() - 1);
    assertThat(context.deadline()).isNotNull();
    assertThat(Duration.between(context.receivedAt(), context.deadline()))
        .isEqualTo(Duration.ofSeconds(4));
    assertThat(context.remaining(context.receivedAt())).isEqualTo(Duration.ofSeconds(4));
    assertThat(atpCalls.get(atpCalls.size() - 1).products().get(0).externalIdentifier())
        .isEqualTo("product_id");
  }

  @Test
  void availability_defaultKeyInsteadOfAtpKey_isRejected() {
    HttpResponse<String> response =
        Http.postJson(
            port,
            "/newstore/availability",
            KEY,
            "{\"products\":[{\"product_id\":\"p-1\"}],\"fulfillment_locations\":[\"DC1\"]}");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Http.json(response.body())).doesNotContainKey("detail");
  }

  @Test
  void purchaseHistory_moreThan100Orders_answersLatest100LatestFirst() {
    Instant base = Instant.parse("2024-01-01T00:00:00Z");
    List<SalesOrder> all = new ArrayList<>();
    IntStream.range(0, 130).forEach(i -> all.add(Samples.order("o-" + i, base.plusSeconds(i))));
    Collections.shuffle(all, new java.util.Random(42));
    history = all;

    HttpResponse<String> response =
        Http.get(port, "/newstore/orders?consumer_email=jane%2Btest%40example.com", KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    List<Map<String, Object>> orders = Http.list(Http.json(response.body()).get("orders"));
    assertThat(orders).hasSize(100);
    assertThat(orders.get(0).get("id")).isEqualTo("o-129");
    assertThat(orders.get(99).get("id")).isEqualTo("o-30");
    List<String> placedAt = orders.stream().map(o -> (String) o.get("placed_at")).toList();
    assertThat(placedAt).isSortedAccordingTo(Collections.reverseOrder());
    assertThat(orders.get(0))
        .containsEntry("origin", "external")
        .containsEntry("channel_type", "store")
        .containsKey("items");
    assertThat(historyCalls.get(historyCalls.size() - 1).consumerEmail())
        .isEqualTo("jane+test@example.com");
  }

  @Test
  void purchaseHistory_consumerToken_reachesHandler() {
    history = List.of(Samples.order("o-1", Instant.parse("2024-01-01T00:00:00Z")));

    HttpResponse<String> response = Http.get(port, "/newstore/orders?consumer_token=tok-1", KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    PurchaseHistoryRequest seen = historyCalls.get(historyCalls.size() - 1);
    assertThat(seen.consumerToken()).isEqualTo("tok-1");
    assertThat(seen.consumerEmail()).isNull();
    assertThat(seen.toString()).doesNotContain("tok-1");
  }

  @Test
  void orderDetails_supportedPaymentMethods_keepsPaymentHistory() {
    orders.put(
        "GD-1",
        Samples.details("GD-1", List.of(Samples.payment("credit_card"), Samples.payment("cash"))));

    HttpResponse<String> response = Http.get(port, "/newstore/orders/GD-1", KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> body = Http.json(response.body());
    assertThat(body)
        .containsEntry("id", "GD-1")
        .containsEntry("origin", "external")
        .containsEntry("origin_id", "GD-1")
        .containsEntry("store_id", "store-1")
        .containsKeys("totals", "customer", "shipping_address");
    assertThat(Http.list(body.get("payment_history")))
        .extracting(p -> p.get("method"))
        .containsExactly("credit_card", "cash");
    assertThat(Http.map(body.get("totals"))).containsEntry("gift_wrapping", 0.0);
  }

  @Test
  void orderDetails_otherPaymentMethod_omitsPaymentHistory() {
    orders.put(
        "GD-2",
        Samples.details(
            "GD-2", List.of(Samples.payment("credit_card"), Samples.payment("paypal"))));

    HttpResponse<String> response = Http.get(port, "/newstore/orders/GD-2", KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> body = Http.json(response.body());
    assertThat(body).containsEntry("id", "GD-2").doesNotContainKey("payment_history");
  }

  @Test
  void orderDetails_encodedId_isDecoded() {
    orders.put("GD/3 x", Samples.details("GD/3 x", List.of()));

    HttpResponse<String> response = Http.get(port, "/newstore/orders/GD%2F3%20x", KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response.body())).containsEntry("id", "GD/3 x");
  }

  @Test
  void orderDetails_unknownOrder_answers404Problem() {
    HttpResponse<String> response = Http.get(port, "/newstore/orders/nope", KEY);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  static String fulfillmentJson(String id) {
    return "{\"id\":\""
        + id
        + "\",\"order_id\":\"o-1\",\"created_at\":\"2024-05-01T10:00:00Z\","
        + "\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},"
        + "\"shipping_address\":{\"first_name\":\"Jane\",\"country_code\":\"USA\",\"zip_code\":\"02110\","
        + "\"floor\":3},"
        + "\"billing_address\":{\"city\":\"Boston\"},"
        + "\"items\":[{\"product_id\":\"sku-1\",\"extended_attributes\":[{\"name\":\"gift\",\"value\":\"yes\"}]},"
        + "{\"product_id\":\"sku-1\",\"extended_attributes\":[]}],"
        + "\"extended_attributes\":[{\"name\":\"priority\",\"value\":2}],"
        + "\"brand_new_field\":[1,null,\"x\"]}";
  }

  @Test
  @SuppressWarnings("unchecked")
  void fulfillmentRequest_valid_reachesHandlerWithEveryField() {
    HttpResponse<String> response =
        Http.postJson(port, "/newstore/fulfillment_requests", KEY, fulfillmentJson("fr-full"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response.body())).isEmpty();
    FulfillmentRequest seen =
        fulfillments.stream().filter(f -> f.id().equals("fr-full")).findFirst().orElseThrow();
    assertThat(seen.productIds()).containsExactly("sku-1", "sku-1");
    assertThat(seen.orderId()).isEqualTo("o-1");
    assertThat(seen.createdAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(seen.shippingOptions())
        .isEqualTo(new FulfillmentRequest.ShippingOptions("UPS", "GROUND"));
    assertThat(seen.items().get(0).extendedAttributes()).containsEntry("gift", "yes");
    assertThat(seen.extendedAttributes()).containsEntry("priority", "2");
    assertThat(seen.shippingAddress().countryCode()).isEqualTo("USA");
    assertThat(seen.shippingAddress().unknownFields()).containsEntry("floor", new BigDecimal(3));
    assertThat(seen.billingAddress().city()).isEqualTo("Boston");
    assertThat(seen.unknownFields()).containsKey("brand_new_field");
    assertThat((List<Object>) seen.unknownFields().get("brand_new_field"))
        .containsExactly(BigDecimal.ONE, null, "x");
  }

  @Test
  void fulfillmentRequest_deliveredFourTimes_reachesHandlerOnce() {
    for (int i = 0; i < 4; i++) {
      HttpResponse<String> response =
          Http.postJson(port, "/newstore/fulfillment_requests", KEY, fulfillmentJson("fr-dup"));
      assertThat(response.statusCode()).isEqualTo(200);
    }

    assertThat(fulfillments).filteredOn(f -> f.id().equals("fr-dup")).hasSize(1);
  }

  @Test
  void fulfillmentRequest_handlerFailsOnce_retryIsHandled() {
    failuresLeft.put("fr-retry", new AtomicInteger(1));

    HttpResponse<String> first =
        Http.postJson(port, "/newstore/fulfillment_requests", KEY, fulfillmentJson("fr-retry"));
    HttpResponse<String> second =
        Http.postJson(port, "/newstore/fulfillment_requests", KEY, fulfillmentJson("fr-retry"));

    assertThat(first.statusCode()).isEqualTo(500);
    Map<String, Object> problem = Http.json(first.body());
    assertThat(problem).containsKey("correlation_id");
    assertThat(first.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    assertThat(first.headers().firstValue("X-Correlation-Id"))
        .hasValue((String) problem.get("correlation_id"));
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(fulfillments).filteredOn(f -> f.id().equals("fr-retry")).hasSize(1);
  }

  static String event(String name, String id) {
    return "{\"tenant\":\"acme\",\"name\":\""
        + name
        + "\",\"published_at\":\"2024-05-01T10:00:00.123Z\","
        + "\"payload\":{\"id\":\""
        + id
        + "\",\"amount\":12.5,\"currency\":\"USD\",\"extra\":{\"deep\":[1,2]}},\"trace\":\"t-1\"}";
  }

  @ParameterizedTest
  @CsvSource({
    "order.created, created",
    "order.completed, completed",
    "order.cancelled, cancelled",
    "payment_account.amount_authorized, authorized",
    "payment_account.amount_captured, captured",
    "fulfillment_request.assigned, assigned",
    "order.items_swapped, other:order.items_swapped",
  })
  void event_byName_routedToItsMethod(String name, String expectedPrefix) {
    String id = "ev-" + name;

    HttpResponse<String> response = Http.postJson(port, "/newstore/events", KEY, event(name, id));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(events).contains(expectedPrefix + ":" + id);
  }

  @Test
  void event_unknownName_reachesFallbackWithRawPayload() {
    HttpResponse<String> response =
        Http.postJson(port, "/newstore/events", KEY, event("brand.new_event", "ev-new"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(events).contains("other:brand.new_event:ev-new");
    StreamEvent seen =
        payloads.stream()
            .filter(p -> p instanceof StreamEvent e && e.name().equals("brand.new_event"))
            .map(StreamEvent.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(seen.tenant()).isEqualTo("acme");
    assertThat(seen.publishedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
    assertThat(seen.unknownFields()).containsEntry("trace", "t-1");
    assertThat(Http.map(seen.payload().get("extra"))).containsKey("deep");
    assertThat(seen.toString()).doesNotContain("ev-new");
  }

  @Test
  void event_typedPayload_keepsUnknownFields() {
    Http.postJson(
        port, "/newstore/events", KEY, event("payment_account.amount_authorized", "pa-7"));

    PaymentAccountEventPayload seen =
        payloads.stream()
            .filter(p -> p instanceof PaymentAccountEventPayload pa && "pa-7".equals(pa.id()))
            .map(PaymentAccountEventPayload.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(seen.amount()).isEqualByComparingTo("12.5");
    assertThat(seen.currency()).isEqualTo("USD");
    assertThat(seen.unknownFields()).containsOnlyKeys("extra");
  }

  @Test
  void event_redelivered_reachesHandlerOnce() {
    for (int i = 0; i < 3; i++) {
      assertThat(
              Http.postJson(port, "/newstore/events", KEY, event("order.created", "ev-dup"))
                  .statusCode())
          .isEqualTo(200);
    }

    assertThat(events).filteredOn("created:ev-dup"::equals).hasSize(1);
  }

  @Test
  void event_cancelledBeforeCreated_bothDelivered() {
    Http.postJson(port, "/newstore/events", KEY, event("order.cancelled", "ev-order-x"));
    Http.postJson(port, "/newstore/events", KEY, event("order.created", "ev-order-x"));

    assertThat(events).containsSubsequence("cancelled:ev-order-x", "created:ev-order-x");
  }

  @Test
  void fulfillmentRequest_concurrentDuplicates_reachHandlerOnce() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(
            pool.submit(
                () ->
                    Http.postJson(
                        port, "/newstore/fulfillment_requests", KEY, fulfillmentJson("fr-race"))));
      }
      for (var future : futures) {
        assertThat(future.get(10, java.util.concurrent.TimeUnit.SECONDS).statusCode())
            .isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(fulfillments).filteredOn(f -> f.id().equals("fr-race")).hasSize(1);
  }
}
