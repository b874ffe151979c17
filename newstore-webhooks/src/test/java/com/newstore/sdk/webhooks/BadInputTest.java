package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.contract.junit.ContractExempt;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends malformed requests over HTTP and checks each gets the right 4xx with a problem+json body,
 * never a 5xx or a hang.
 */
@ContractExempt("deliberately sends malformed and schema-breaking webhook bodies")
class BadInputTest {
  static final String KEY = "bad-input-key-0123456789";

  static JdkHttpServerAdapter.Server server;

  @BeforeAll
  static void start() throws Exception {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .availabilityHandler((request, context) -> AvailabilityResponse.of(java.util.List.of()))
            .purchaseHistoryHandler((request, context) -> java.util.List.of())
            .orderDetailsHandler((request, context) -> Optional.empty())
            .fulfillmentRequestHandler((request, context) -> {})
            .eventHandler(event -> {})
            .build();
    server = JdkHttpServerAdapter.start(webhooks, new InetSocketAddress("127.0.0.1", 0), 4);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** One malformed request and the answer it must get. */
  record Case(
      String name,
      String method,
      String path,
      @Nullable String authorization,
      @Nullable String contentType,
      byte[] body,
      int status,
      @Nullable String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String ATP = "/availability";
  static final String FR = "/fulfillment_requests";
  static final String EV = "/events";
  static final String OK_FR =
      "{\"id\":\"fr-1\",\"items\":[{\"product_id\":\"p-1\"}],\"created_at\":\"2024-05-01T10:00:00Z\"}";

  static Case json(String name, String path, String body, int status, @Nullable String field) {
    return new Case(
        name,
        "POST",
        path,
        path.equals(ATP) ? KEY : "Bearer " + KEY, // as NewStore sends each
        "application/json",
        body.getBytes(StandardCharsets.UTF_8),
        status,
        field);
  }

  static Case raw(
      String name,
      String method,
      String path,
      @Nullable String authorization,
      @Nullable String contentType,
      String body,
      int status) {
    return new Case(
        name,
        method,
        path,
        authorization,
        contentType,
        body.getBytes(StandardCharsets.UTF_8),
        status,
        null);
  }

  static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static Stream<Case> cases() {
    String bearer = "Bearer " + KEY;
    byte[] huge = new byte[2 * 1024 * 1024 + 17];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    return Stream.of(
        // Malformed JSON
        json("bad JSON", ATP, "{", 400, null),
        json("truncated body", ATP, "{\"products\":[{\"product_id\":\"p", 400, null),
        json("trailing garbage", ATP, "{} x", 400, null),
        json("single quotes", ATP, "{'products':[]}", 400, null),
        json("NaN literal", ATP, "{\"products\":NaN}", 400, null),
        json("number out of range", FR, "{\"id\":\"x\",\"n\":1e9999999999}", 400, null),
        json("duplicate keys", FR, "{\"id\":\"a\",\"id\":\"b\"}", 400, null),
        json("empty body", ATP, "", 400, null),
        json("array instead of object", ATP, "[]", 400, null),
        json("string instead of object", EV, "\"event\"", 400, null),
        json("null document", FR, "null", 400, null),
        json("deep nesting 100", EV, "{\"payload\":" + nested(100) + "}", 400, null),
        json("deep nesting 100000", ATP, nested(100_000), 400, null),
        // Missing fields and wrong types: availability
        json("products missing", ATP, "{\"fulfillment_locations\":[\"DC1\"]}", 400, "products"),
        json(
            "products empty",
            ATP,
            "{\"products\":[],\"fulfillment_locations\":[\"DC1\"]}",
            400,
            "products"),
        json(
            "products not an array",
            ATP,
            "{\"products\":{},\"fulfillment_locations\":[\"DC1\"]}",
            400,
            "products"),
        json(
            "product not an object",
            ATP,
            "{\"products\":[\"p-1\"],\"fulfillment_locations\":[\"DC1\"]}",
            400,
            "products[0]"),
        json(
            "product_id a number",
            ATP,
            "{\"products\":[{\"product_id\":1}],\"fulfillment_locations\":[\"DC1\"]}",
            400,
            "products[0].product_id"),
        json(
            "product_id blank",
            ATP,
            "{\"products\":[{\"product_id\":\" \"}],\"fulfillment_locations\":[\"DC1\"]}",
            400,
            "products[0].product_id"),
        json(
            "locations missing",
            ATP,
            "{\"products\":[{\"product_id\":\"p\"}]}",
            400,
            "fulfillment_locations"),
        json(
            "location a number",
            ATP,
            "{\"products\":[{\"product_id\":\"p\"}],\"fulfillment_locations\":[7]}",
            400,
            "fulfillment_locations[0]"),
        // Fulfillment requests
        json("request id missing", FR, "{\"items\":[{\"product_id\":\"p\"}]}", 400, "id"),
        json("request id an object", FR, "{\"id\":{},\"items\":[]}", 400, "id"),
        json("items empty", FR, "{\"id\":\"fr\",\"items\":[]}", 400, "items"),
        json(
            "item product_id missing",
            FR,
            "{\"id\":\"fr\",\"items\":[{}]}",
            400,
            "items[0].product_id"),
        json(
            "created_at not a timestamp",
            FR,
            "{\"id\":\"fr\",\"created_at\":\"yesterday\",\"items\":[{\"product_id\":\"p\"}]}",
            400,
            "created_at"),
        json(
            "extended_attributes not an array",
            FR,
            "{\"id\":\"fr\",\"items\":[{\"product_id\":\"p\"}],\"extended_attributes\":{}}",
            400,
            "extended_attributes"),
        json(
            "shipping_address a string",
            FR,
            "{\"id\":\"fr\",\"items\":[{\"product_id\":\"p\"}],\"shipping_address\":\"Main St\"}",
            400,
            "shipping_address"),
        // Events
        json("event name missing", EV, "{\"tenant\":\"t\",\"payload\":{}}", 400, "name"),
        json("event tenant a number", EV, "{\"tenant\":1,\"name\":\"x\"}", 400, "tenant"),
        json(
            "event payload an array",
            EV,
            "{\"tenant\":\"t\",\"name\":\"x\",\"payload\":[]}",
            400,
            "payload"),
        json(
            "order event without id",
            EV,
            "{\"tenant\":\"t\",\"name\":\"order.created\",\"payload\":{}}",
            400,
            "payload.id"),
        json(
            "published_at garbage",
            EV,
            "{\"tenant\":\"t\",\"name\":\"x\",\"published_at\":\"soon\"}",
            400,
            "published_at"),
        // Query strings
        raw("purchase history without customer", "GET", "/orders", bearer, null, "", 400),
        raw(
            "purchase history blank email",
            "GET",
            "/orders?consumer_email=",
            bearer,
            null,
            "",
            400),
        // Size, auth, method, route, content type
        new Case("huge body", "POST", FR, bearer, "application/json", huge, 413, null),
        raw("missing key", "POST", FR, null, "application/json", OK_FR, 401),
        raw("wrong key", "POST", FR, "Bearer not-the-key", "application/json", OK_FR, 401),
        raw(
            "key with wrong case",
            "POST",
            FR,
            "Bearer " + KEY.toUpperCase(),
            "application/json",
            OK_FR,
            401),
        raw("basic auth", "POST", FR, "Basic " + KEY, "application/json", OK_FR, 401),
        raw("empty bearer", "POST", FR, "Bearer ", "application/json", OK_FR, 401),
        raw("wrong method GET", "GET", ATP, KEY, null, "", 405),
        raw("wrong method PUT", "PUT", EV, bearer, "application/json", "{}", 405),
        raw("wrong method DELETE on order", "DELETE", "/orders/1", bearer, null, "", 405),
        raw("unknown route", "POST", "/nope", bearer, "application/json", "{}", 404),
        raw("unknown nested route", "GET", "/orders/a/b", bearer, null, "", 404),
        raw("text/plain", "POST", FR, bearer, "text/plain", OK_FR, 415),
        raw("form encoded", "POST", FR, bearer, "application/x-www-form-urlencoded", "id=1", 415),
        raw("missing content type", "POST", FR, bearer, null, OK_FR, 415),
        raw(
            "latin-1 charset",
            "POST",
            FR,
            bearer,
            "application/json; charset=ISO-8859-1",
            OK_FR,
            415));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void malformedRequest_answers4xxProblem(Case c) {
    HttpRequest.Builder builder =
        Http.request(server.port(), c.path())
            .method(
                c.method(),
                c.body().length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body()));
    if (c.authorization() != null) {
      builder.header("Authorization", c.authorization());
    }
    if (c.contentType() != null) {
      builder.header("Content-Type", c.contentType());
    }

    HttpResponse<String> response = Http.send(builder.build());

    assertThat(response.statusCode()).isEqualTo(c.status());
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    Map<String, Object> problem = Http.json(response.body());
    assertThat(problem).containsEntry("status", (double) c.status()).containsKey("title");
    if (c.field() != null) {
      assertThat(problem).containsEntry("field", c.field());
    }
    if (c.status() == 401) {
      assertThat(problem).doesNotContainKey("detail");
    }
    assertThat(response.body()).doesNotContain(KEY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void malformedRequest_sameThroughDispatcherDirectly(Case c) {
    // The same table without HTTP: the dispatcher alone gives the same answers and never throws.
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .availabilityHandler((request, context) -> AvailabilityResponse.of(java.util.List.of()))
            .purchaseHistoryHandler((request, context) -> java.util.List.of())
            .orderDetailsHandler((request, context) -> Optional.empty())
            .fulfillmentRequestHandler((request, context) -> {})
            .eventHandler(event -> {})
            .build();
    WebhookRequest.Builder request =
        WebhookRequest.builder().method(c.method()).path(c.path()).body(c.body());
    if (c.authorization() != null) {
      request.header("Authorization", c.authorization());
    }
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }

    WebhookResponse response = WebhookContract.handle(webhooks, request.build());

    assertThat(response.status()).isEqualTo(c.status());
    assertThat(response.header("content-type")).isEqualTo("application/problem+json");
  }
}
