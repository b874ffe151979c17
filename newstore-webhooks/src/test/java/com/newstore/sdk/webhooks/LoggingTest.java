package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Captures what the SDK logs (System.Logger maps to java.util.logging by default): the correlation
 * id of a failure is logged, secrets and bodies never are.
 */
class LoggingTest {
  static final String KEY = "logging-key-0123456789";
  static final String SECRET_BODY_VALUE = "card-4111111111111111";

  @RegisterExtension final LogCapture logs = new LogCapture("com.newstore.sdk.webhooks");

  @Test
  void handlerFailure_logsCorrelationIdButNoKeyOrBody() {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .fulfillmentRequestHandler(
                (request, context) -> {
                  throw new IllegalStateException("WMS unavailable");
                })
            .build();
    String body =
        "{\"id\":\"fr-1\",\"billing_address\":{\"country_code\":\"USA\"},\"shipping_address\":{\"country_code\":\"USA\"},\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},\"created_at\":\"2026-11-26T12:00:00Z\",\"items\":[{\"product_id\":\"p\"}],\"note\":\""
            + SECRET_BODY_VALUE
            + "\"}";

    WebhookResponse failed =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .path("/fulfillment_requests")
                .apiKey(KEY)
                .jsonBody(body)
                .build());
    WebhookResponse unauthorized =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .path("/fulfillment_requests")
                .apiKey("wrong-" + KEY)
                .jsonBody(body)
                .build());

    assertThat(failed.status()).isEqualTo(500);
    assertThat(unauthorized.status()).isEqualTo(401);
    String correlationId = failed.header("X-Correlation-Id");
    assertThat(logs.records())
        .anySatisfy(
            r -> {
              assertThat(r.getMessage()).contains(correlationId);
              assertThat(r.getThrown()).hasMessage("WMS unavailable");
            });
    assertThat(logs.records())
        .allSatisfy(
            r -> assertThat(r.getMessage()).doesNotContain(KEY).doesNotContain(SECRET_BODY_VALUE));
  }

  @Test
  void purchaseHistoryCut_isLoggedAtDebugWithoutCustomer() {
    java.time.Instant base = java.time.Instant.parse("2024-01-01T00:00:00Z");
    List<SalesOrder> orders =
        java.util.stream.IntStream.range(0, 101)
            .mapToObj(i -> Samples.order("o-" + i, base.plusSeconds(i)))
            .toList();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .purchaseHistoryHandler((request, context) -> orders)
            .build();

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .method("GET")
                .path("/orders?consumer_email=jane%40example.com")
                .apiKey(KEY)
                .build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(logs.records()).anySatisfy(r -> assertThat(r.getMessage()).contains("[o-0]"));
    assertThat(logs.records())
        .allSatisfy(r -> assertThat(r.getMessage()).doesNotContain("jane").doesNotContain(KEY));
  }
}
