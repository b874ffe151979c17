package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WebhookListenerTest {
  static final String KEY = "dc-key-0123456789abcdef";
  static final String FR =
      "{\"id\":\"fr-1\",\"billing_address\":{\"country_code\":\"USA\"},\"shipping_address\":{\"country_code\":\"USA\"},\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},\"created_at\":\"2026-11-26T12:00:00Z\",\"items\":[{\"product_id\":\"p\"}]}";

  final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
  final AtomicBoolean fail = new AtomicBoolean();

  NewStoreWebhooks webhooks(WebhookListener listener) {
    return NewStoreWebhooks.builder()
        .apiKey(KEY)
        .fulfillmentRequestHandler(
            (request, context) -> {
              if (fail.get()) {
                throw new IllegalStateException("warehouse down");
              }
            })
        .listener(listener)
        .build();
  }

  @Test
  void deliveries_reportKindStatusDuplicateAndHandlerFailure() {
    NewStoreWebhooks webhooks = webhooks(deliveries::add);

    WebhookContract.handle(webhooks, fulfillmentRequest(FR));
    WebhookContract.handle(webhooks, fulfillmentRequest(FR));
    fail.set(true);
    WebhookContract.handle(webhooks, fulfillmentRequest(FR.replace("fr-1", "fr-2")));
    WebhookContract.handle(
        webhooks, WebhookRequest.builder().method("POST").path("/nowhere").jsonBody("{}").build());

    assertThat(deliveries)
        .extracting(
            WebhookDelivery::kind,
            WebhookDelivery::status,
            WebhookDelivery::duplicate,
            WebhookDelivery::handlerFailed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Optional.of(WebhookKind.FULFILLMENT_REQUEST), 200, false, false),
            org.assertj.core.groups.Tuple.tuple(
                Optional.of(WebhookKind.FULFILLMENT_REQUEST), 200, true, false),
            org.assertj.core.groups.Tuple.tuple(
                Optional.of(WebhookKind.FULFILLMENT_REQUEST), 500, false, true),
            org.assertj.core.groups.Tuple.tuple(Optional.empty(), 404, false, false));
    assertThat(deliveries).allSatisfy(d -> assertThat(d.duration().isNegative()).isFalse());
    assertThat(deliveries.toString()).doesNotContain(KEY, "fr-1");
  }

  @Test
  void throwingListener_neverChangesTheAnswer() {
    NewStoreWebhooks webhooks =
        webhooks(
            d -> {
              throw new IllegalStateException("listener bug");
            });
    assertThat(WebhookContract.handle(webhooks, fulfillmentRequest(FR)).status()).isEqualTo(200);
  }

  @Test
  void overHttp_theListenerSeesTheDeliveryTheAdapterServed() throws Exception {
    NewStoreWebhooks webhooks = webhooks(deliveries::add);
    try (JdkHttpServerAdapter.Server server =
        JdkHttpServerAdapter.start(webhooks, new InetSocketAddress("127.0.0.1", 0))) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.port() + "/fulfillment_requests"))
                      .header("Authorization", "Bearer " + KEY)
                      .header("Content-Type", "application/json")
                      .timeout(Duration.ofSeconds(10))
                      .POST(HttpRequest.BodyPublishers.ofString(FR))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
    }
    assertThat(deliveries).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(200));
  }

  private static WebhookRequest fulfillmentRequest(String body) {
    return WebhookRequest.builder()
        .method("POST")
        .path("/fulfillment_requests")
        .apiKey(WebhookKind.FULFILLMENT_REQUEST, KEY)
        .jsonBody(body)
        .build();
  }
}
