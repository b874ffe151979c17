package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The property every webhook fuzz test checks: whatever request arrives, {@link
 * NewStoreWebhooks#handle} returns (never throws), answers below 500 when the handlers themselves
 * do not fail, finishes within a bound, and never echoes the api key.
 */
final class WebhookFuzzing {
  static final String KEY = "fuzz-api-key-7f3a9c1e5b2d4f60";
  static final int MAX_BODY = 2048;
  static final Duration BOUND = Duration.ofSeconds(5);
  static final AtomicLong INPUTS = new AtomicLong();

  private static final String[] PATHS = {
    "/availability",
    "/orders",
    "/orders/o-1",
    "/orders/%2e%2e",
    "/fulfillment_requests",
    "/events",
    "/",
    "/availability/",
    "//orders",
    "/orders/a/b",
  };
  private static final String[] METHODS = {"POST", "GET", "PUT", "DELETE", "HEAD", "post", "X"};
  private static final String[] CONTENT_TYPES = {
    "application/json",
    "application/json; charset=utf-8",
    "application/problem+json",
    "application/json; charset=latin1",
    "text/plain",
    "",
  };
  private static final String[] TEMPLATES = {
    "{\"products\":[{\"product_id\":\"p-1\",\"external_identifier\":\"product_id\"}],"
        + "\"fulfillment_locations\":[\"store-1\",\"dc-1\"]}",
    "{\"id\":\"fr-1\",\"order_id\":\"o-1\",\"created_at\":\"2024-05-01T10:00:00Z\","
        + "\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},"
        + "\"items\":[{\"product_id\":\"p-1\",\"extended_attributes\":[{\"name\":\"a\","
        + "\"value\":\"b\"}]}],\"shipping_address\":{\"first_name\":\"Jane\","
        + "\"country_code\":\"US\"}}",
    "{\"tenant\":\"acme\",\"name\":\"order.created\",\"published_at\":\"2024-05-01T10:00:00Z\","
        + "\"payload\":{\"id\":\"o-1\",\"placed_at\":\"2024-05-01T10:00:00Z\"}}",
    "{\"tenant\":\"acme\",\"name\":\"payment_account.amount_captured\",\"payload\":{\"id\":"
        + "\"pa-1\",\"amount\":10.5,\"currency\":\"USD\"}}",
    "{\"tenant\":\"acme\",\"name\":\"fulfillment_request.assigned\",\"payload\":{\"id\":\"fr-1\"}}",
  };

  private static final NewStoreWebhooks WEBHOOKS = webhooks();

  private WebhookFuzzing() {}

  /** Webhooks whose handlers never fail, so any 5xx is the dispatcher's own fault. */
  static NewStoreWebhooks webhooks() {
    SalesOrder order = Samples.order("o-1", Instant.parse("2024-05-01T10:00:00Z"));
    return NewStoreWebhooks.builder()
        .apiKey(KEY)
        .maxBodyBytes(MAX_BODY)
        .availabilityHandler(
            (request, context) -> {
              List<AvailabilityResponse.Availability> answer = new ArrayList<>();
              for (AvailabilityRequest.Product p : request.products()) {
                answer.add(
                    new AvailabilityResponse.Availability(
                        p.productId(), p.externalIdentifier(), "store-1", 1));
              }
              return AvailabilityResponse.of(answer);
            })
        .purchaseHistoryHandler((request, context) -> List.of(order))
        .orderDetailsHandler(
            (request, context) ->
                request.orderId().equals("o-1")
                    ? Optional.of(Samples.details("o-1", List.of(Samples.payment("credit_card"))))
                    : Optional.empty())
        .fulfillmentRequestHandler((request, context) -> {})
        .eventHandler(event -> {})
        .build();
  }

  /** Builds one request from the fuzzer's data and checks the properties. */
  static void check(FuzzedDataProvider data) {
    WebhookRequest request = request(data);
    long start = System.nanoTime();
    WebhookResponse response = WEBHOOKS.handle(request);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    INPUTS.incrementAndGet();

    assertThat(response).isNotNull();
    assertThat(response.status()).as("status for %s", request).isBetween(200, 499);
    assertThat(took).as("time for %s", request).isLessThan(BOUND);
    assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).doesNotContain(KEY);
    assertThat(response.headers().toString()).doesNotContain(KEY);
  }

  static WebhookRequest request(FuzzedDataProvider data) {
    WebhookRequest.Builder b = WebhookRequest.builder();
    b.method(data.pickValue(METHODS));
    String path = data.consumeBoolean() ? data.pickValue(PATHS) : "/" + data.consumeString(40);
    b.path(path.isEmpty() ? "/" : path);
    switch (data.consumeInt(0, 4)) {
      case 0 -> b.apiKey(KEY);
      case 1 -> b.header("Authorization", KEY);
      case 2 -> b.header("Authorization", "Bearer " + data.consumeString(60));
      case 3 -> b.header("Authorization", data.consumeString(80));
      default -> {
        // no Authorization header
      }
    }
    if (data.consumeBoolean()) {
      b.query(data.consumeString(60));
    }
    String type = data.consumeBoolean() ? data.pickValue(CONTENT_TYPES) : data.consumeString(40);
    if (!type.isEmpty()) {
      b.header("Content-Type", type);
    }
    int extraHeaders = data.consumeInt(0, 3);
    for (int i = 0; i < extraHeaders; i++) {
      b.header(data.consumeString(20), data.consumeString(40));
    }
    b.body(body(data));
    return b.build();
  }

  private static byte[] body(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 2)) {
      case 0 -> {
        return data.consumeRemainingAsBytes();
      }
      case 1 -> {
        // A valid document with a fuzzed splice, so the fuzzer starts near real payloads.
        byte[] template = data.pickValue(TEMPLATES).getBytes(StandardCharsets.UTF_8);
        int at = data.consumeInt(0, template.length);
        int cut = data.consumeInt(0, template.length - at);
        byte[] insert = data.consumeRemainingAsBytes();
        byte[] out = new byte[template.length - cut + insert.length];
        System.arraycopy(template, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(template, at + cut, out, at + insert.length, template.length - at - cut);
        return out;
      }
      default -> {
        // A valid document with one string value replaced by fuzzed JSON text.
        String template = data.pickValue(TEMPLATES);
        String value = data.consumeRemainingAsString();
        return template
            .replaceFirst(
                "\"p-1\"|\"fr-1\"|\"o-1\"|\"acme\"",
                java.util.regex.Matcher.quoteReplacement(value))
            .getBytes(StandardCharsets.UTF_8);
      }
    }
  }
}
