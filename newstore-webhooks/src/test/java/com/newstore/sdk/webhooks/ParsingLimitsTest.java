package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.contract.junit.ContractExempt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing limits and failures inside one dispatch, at the dispatcher (no HTTP). */
@ContractExempt("deliberately sends bodies beyond the parsing limits")
class ParsingLimitsTest {
  static final String KEY = "limits-key-0123456789abcdef";

  final List<String> delivered = new CopyOnWriteArrayList<>();

  NewStoreWebhooks fulfillment() {
    return NewStoreWebhooks.builder()
        .apiKey(KEY)
        .fulfillmentRequestHandler((request, context) -> delivered.add(request.id()))
        .build();
  }

  static WebhookResponse post(NewStoreWebhooks webhooks, String path, byte[] body) {
    WebhookKind kind =
        path.equals("/availability") ? WebhookKind.AVAILABILITY : WebhookKind.FULFILLMENT_REQUEST;
    return WebhookContract.handle(
        webhooks,
        WebhookRequest.builder()
            .path(path)
            .apiKey(kind, KEY)
            .header("Content-Type", "application/json")
            .body(body)
            .build());
  }

  static byte[] frWithId(byte[] idBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"id\":\"coll-".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(idBytes);
    out.writeBytes("\",\"items\":[{\"product_id\":\"p\"}]}".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static Map<String, Object> problem(WebhookResponse response) {
    return Http.json(response.bodyUtf8());
  }

  @Test
  void invalidUtf8_isRefusedNotReplaced_soTwoIdsNeverCollide() {
    NewStoreWebhooks webhooks = fulfillment();

    WebhookResponse fe =
        post(webhooks, "/fulfillment_requests", frWithId(new byte[] {(byte) 0xFE}));
    WebhookResponse ff =
        post(webhooks, "/fulfillment_requests", frWithId(new byte[] {(byte) 0xFF}));

    assertThat(fe.status()).isEqualTo(400);
    assertThat(ff.status()).isEqualTo(400);
    assertThat((String) problem(fe).get("detail")).contains("not valid UTF-8");
    assertThat(delivered).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C0AF", // overlong '/'
        "E080AF", // overlong, 3 bytes
        "EDA080", // UTF-16 surrogate
        "F4908080", // above U+10FFFF
        "E282", // truncated
        "80", // lone continuation byte
      })
  void malformedSequences_are400(String hex) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);

    WebhookResponse response = post(fulfillment(), "/fulfillment_requests", frWithId(bytes));

    assertThat(response.status()).isEqualTo(400);
    assertThat(delivered).isEmpty();
  }

  @Test
  void wellFormedMultiByteUtf8_isAccepted() {
    String id = "é-€-😀";

    WebhookResponse response =
        post(fulfillment(), "/fulfillment_requests", frWithId(id.getBytes(StandardCharsets.UTF_8)));

    assertThat(response.status()).isEqualTo(200);
    assertThat(delivered).containsExactly("coll-" + id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "1E65"})
  void hugeExponent_is400BeforeAnyoneSeesTheNumber(String number) {
    String body = "{\"id\":\"fr\",\"order_id\":" + number + ",\"items\":[{\"product_id\":\"p\"}]}";

    WebhookResponse response =
        post(fulfillment(), "/fulfillment_requests", body.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat((String) problem(response).get("detail")).contains("exponent");
    assertThat(delivered).isEmpty();
  }

  @Test
  void longNumber_is400() {
    String body =
        "{\"id\":\"fr\",\"order_id\":"
            + "9".repeat(900_000)
            + ",\"items\":[{\"product_id\":\"p\"}]}";

    WebhookResponse response =
        post(fulfillment(), "/fulfillment_requests", body.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat((String) problem(response).get("detail")).contains("number longer than 64");
  }

  @Test
  void numbersWithinTheLimits_areAccepted() {
    String body =
        "{\"id\":\"fr\",\"order_id\":12345678901234567890,\"items\":[{\"product_id\":\"p\"}]}";

    WebhookResponse response =
        post(fulfillment(), "/fulfillment_requests", body.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void longString_is400() {
    String body =
        "{\"id\":\"fr\",\"note\":\""
            + "x".repeat(70_000)
            + "\",\"items\":[{\"product_id\":\"p\"}]}";

    WebhookResponse response =
        post(fulfillment(), "/fulfillment_requests", body.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat((String) problem(response).get("detail")).contains("string longer than");
  }

  @Test
  void deepNesting_is400() {
    String body = "{\"id\":\"fr\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";

    WebhookResponse response =
        post(fulfillment(), "/fulfillment_requests", body.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat((String) problem(response).get("detail")).contains("deeper than 32");
  }

  static String atpRequest(int products, int locations) {
    List<String> p = new ArrayList<>();
    for (int i = 0; i < products; i++) {
      p.add("{\"product_id\":\"p" + i + "\"}");
    }
    List<String> l = new ArrayList<>();
    for (int i = 0; i < locations; i++) {
      l.add("\"L" + i + "\"");
    }
    return "{\"products\":["
        + String.join(",", p)
        + "],\"fulfillment_locations\":["
        + String.join(",", l)
        + "]}";
  }

  @Test
  void availability_moreProductLocationPairsThanTheBound_is400WithoutCallingTheHandler() {
    AtomicInteger calls = new AtomicInteger();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .availabilityHandler(
                (request, context) -> {
                  calls.incrementAndGet();
                  return AvailabilityResponse.of(List.of());
                })
            .build();

    WebhookResponse response =
        post(webhooks, "/availability", atpRequest(1000, 1000).getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat(problem(response)).containsEntry("field", "fulfillment_locations");
    assertThat((String) problem(response).get("detail")).contains("1000000").contains("50000");
    assertThat(response.bodyLength()).isLessThan(1000);
    assertThat(calls).hasValue(0);
  }

  @Test
  void availability_boundIsABuilderOption() {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .maxAvailabilityPairs(6)
            .availabilityHandler((request, context) -> AvailabilityResponse.of(List.of()))
            .build();

    WebhookResponse six =
        post(webhooks, "/availability", atpRequest(2, 3).getBytes(StandardCharsets.UTF_8));
    WebhookResponse eight =
        post(webhooks, "/availability", atpRequest(2, 4).getBytes(StandardCharsets.UTF_8));

    assertThat(six.status()).isEqualTo(200);
    assertThat((List<?>) Http.json(six.bodyUtf8()).get("availabilities")).hasSize(6);
    assertThat(eight.status()).isEqualTo(400);
  }

  @Test
  void errorsThrownByAHandler_failThatRequestOnlyWith500() {
    AtomicInteger calls = new AtomicInteger();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .fulfillmentRequestHandler(
                (request, context) -> {
                  switch (calls.incrementAndGet()) {
                    case 1 -> throw new StackOverflowError("deep");
                    case 2 -> throw new OutOfMemoryError("simulated");
                    default -> delivered.add(request.id());
                  }
                })
            .build();
    byte[] body = "{\"id\":\"fr-e\",\"items\":[{\"product_id\":\"p\"}]}".getBytes();

    WebhookResponse first = post(webhooks, "/fulfillment_requests", body);
    WebhookResponse second = post(webhooks, "/fulfillment_requests", body);
    WebhookResponse third = post(webhooks, "/fulfillment_requests", body);

    assertThat(first.status()).isEqualTo(500);
    assertThat(problem(first)).containsKey("correlation_id");
    assertThat(first.header("X-Correlation-Id")).isEqualTo(problem(first).get("correlation_id"));
    assertThat(second.status()).isEqualTo(500);
    // The failed deliveries released the id, so NewStore's retry reaches the handler.
    assertThat(third.status()).isEqualTo(200);
    assertThat(delivered).containsExactly("fr-e");
  }
}
