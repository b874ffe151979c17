package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.testkit.internal.JsonSupport;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {
  private static final String KEY = "integrator-key-0123456789";

  private final NewStoreSimulator sim = NewStoreSimulator.start();
  private final MockWebServer receiver = new MockWebServer();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.close();
    sim.close();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{}").build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = receiver.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the receiver").isNotNull();
    return r;
  }

  private static Map<String, Object> json(RecordedRequest r) {
    return JsonSupport.parseObject(r.getBody().utf8());
  }

  @Test
  void fulfillmentRequest_failsThreeTimes_isDeliveredOnFourthAttempt() throws Exception {
    sim.configureDistributionCenter("dc-1", receiver.url("/fulfillment").uri(), KEY);
    FulfillmentRequest fr = sim.createFulfillmentRequest("fr-1", "sku-1", "sku-1");
    receiver.enqueue(status(500));
    receiver.enqueue(status(503));
    receiver.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    receiver.enqueue(status(202));

    WebhookResult result = sim.sender().sendFulfillmentRequest(fr, "dc-1");

    assertThat(result.successful()).isTrue();
    assertThat(result.status()).isEqualTo(202);
    assertThat(result.attempts()).isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      RecordedRequest r = take();
      assertThat(r.getMethod()).isEqualTo("POST");
      assertThat(r.getUrl().encodedPath()).isEqualTo("/fulfillment");
      assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
      Map<String, Object> body = json(r);
      assertThat(body).containsEntry("id", "fr-1").containsKeys("shipping_address", "created_at");
      assertThat((List<?>) body.get("items")).hasSize(2);
    }
  }

  @Test
  void fulfillmentRequest_alwaysFailing_stopsAfterThreeRetries() throws Exception {
    FulfillmentRequest fr = sim.createFulfillmentRequest("fr-1", "sku-1");
    for (int i = 0; i < 5; i++) {
      receiver.enqueue(status(500));
    }

    WebhookResult result =
        sim.sender()
            .sendFulfillmentRequest(WebhookTarget.of(receiver.url("/fr").uri(), "dc-key"), fr);

    assertThat(result.successful()).isFalse();
    assertThat(result.status()).isEqualTo(500);
    assertThat(result.attempts()).isEqualTo(1 + WebhookSender.FULFILLMENT_REQUEST_RETRIES);
    assertThat(receiver.getRequestCount()).isEqualTo(4);
    // NewStore always sends the DC's key as a bearer key (specs/newstore-webhooks.yaml).
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer dc-key");
  }

  @Test
  void fulfillmentRequest_noDcConfig_throws() {
    FulfillmentRequest fr = sim.createFulfillmentRequest("fr-1", "sku-1");

    assertThatThrownBy(() -> sim.sender().sendFulfillmentRequest(fr, "dc-unknown"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(SimulatorRoutes.dcConfig("dc-unknown"))
        .hasMessageContaining("configureDistributionCenter");
  }

  @Test
  void notConfigured_messagesSayWhichCallConfiguresIt() {
    assertThatThrownBy(() -> sim.sender().requestAvailability(List.of("a"), List.of("b")))
        .hasMessageContaining("/v0/config/availability/webhook");
    assertThatThrownBy(() -> sim.sender().requestPurchaseHistory("a@b.example"))
        .hasMessageContaining("/v0/config/sales_order/external_order_webhook");
    assertThatThrownBy(() -> sim.sender().sendEvent("order.created", Map.of()))
        .hasMessageContaining("/api/v1/org/integrations/eventstream");
  }

  @Test
  void forward_httpsRegisteredAtpWebhook_reachesLoopbackReceiver_withRawKey() throws Exception {
    try (Http http = new Http(sim)) {
      assertThat(
              http.put(
                      SimulatorRoutes.ATP_WEBHOOK,
                      "{\"url\":\"https://oms.example/atp\",\"api_key\":\""
                          + KEY
                          + "\",\"external_identifier\":\"product_id\",\"timeout\":5}")
                  .status())
          .isEqualTo(200);
    }
    sim.webhooks().forward(java.net.URI.create("https://oms.example"), receiver.url("/").uri());
    receiver.enqueue(status(200));

    sim.webhooks().requestAvailability(List.of("sku-1"), List.of("dc-1")).assertSuccess();

    RecordedRequest r = take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/atp");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(KEY);
  }

  @Test
  void assertSuccess_onFailure_throwsWithStatus_withoutTheKey() {
    receiver.enqueue(status(500));

    WebhookResult result =
        sim.sender()
            .sendEvent(WebhookTarget.of(receiver.url("/e").uri(), KEY), "order.created", Map.of());

    assertThatThrownBy(result::assertSuccess)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("500")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
  }

  @Test
  void orderWebhook_rawKeyOption_andConsumerToken() throws Exception {
    WebhookTarget target = WebhookTarget.of(receiver.url("/oms/").uri(), KEY);
    receiver.enqueue(status(200));

    sim.sender()
        .withOrderWebhookAuthorization(WebhookAuthorization.RAW)
        .requestPurchaseHistoryByToken(target, "tok-123");

    RecordedRequest r = take();
    assertThat(r.getUrl().queryParameter("consumer_token")).isEqualTo("tok-123");
    assertThat(r.getUrl().queryParameter("consumer_email")).isNull();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(KEY);
  }

  @Test
  void availability_usesAtpWebhookConfig() throws Exception {
    sim.setConfig(
        SimulatorRoutes.ATP_WEBHOOK,
        Map.of(
            "url",
            receiver.url("/atp").toString(),
            "api_key",
            KEY,
            "external_identifier",
            "product_id",
            "timeout",
            5));
    receiver.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "{\"availabilities\":[{\"product_id\":\"sku-1\",\"external_identifier\":\"sku-1\","
                    + "\"fulfillment_location\":\"dc-1\",\"atp\":3}]}")
            .build());

    WebhookResult result = sim.sender().requestAvailability(List.of("sku-1"), List.of("dc-1"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(Http.map(result.bodyJson())).containsKey("availabilities");
    RecordedRequest r = take();
    // The ATP webhook gets the raw key, not "Bearer <key>" (docs.newstore.com, external OMS).
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(KEY);
    assertThat(json(r))
        .isEqualTo(
            Map.of(
                "products",
                List.of(Map.of("product_id", "sku-1", "external_identifier", "sku-1")),
                "fulfillment_locations",
                List.of("dc-1")));
  }

  @Test
  void availability_timeout_givesNoStatusAndFailure() {
    receiver.enqueue(
        new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body("{}").build());
    WebhookTarget target =
        new WebhookTarget(receiver.url("/atp").uri(), KEY, Duration.ofMillis(200));

    WebhookResult result = sim.sender().requestAvailability(target, List.of("a"), List.of("b"));

    assertThat(result.status()).isEqualTo(-1);
    assertThat(result.failure()).isNotNull();
    assertThat(result.successful()).isFalse();
  }

  @Test
  void purchaseHistoryAndOrderDetails_useExternalOrderWebhookBaseUrl() throws Exception {
    sim.setConfig(
        SimulatorRoutes.EXTERNAL_ORDER_WEBHOOK,
        Map.of("url", receiver.url("/oms/").toString(), "api_key", KEY, "timeout", 15));
    receiver.enqueue(status(200));
    receiver.enqueue(status(200));

    assertThat(sim.sender().requestPurchaseHistory("ada@example.com").status()).isEqualTo(200);
    assertThat(sim.sender().requestOrderDetails("order 1").status()).isEqualTo(200);

    RecordedRequest history = take();
    assertThat(history.getMethod()).isEqualTo("GET");
    assertThat(history.getUrl().encodedPath()).isEqualTo("/oms/orders");
    assertThat(history.getUrl().queryParameter("consumer_email")).isEqualTo("ada@example.com");
    assertThat(history.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    RecordedRequest details = take();
    assertThat(details.getUrl().pathSegments()).containsExactly("oms", "orders", "order 1");
  }

  @Test
  void event_usesRunningEventStreamRegistration_andEnvelope() throws Exception {
    try (Http http = new Http(sim)) {
      http.post(
          SimulatorRoutes.EVENT_STREAMS,
          "{\"id\":\"s\",\"integration_type\":\"permanent\",\"callback_parameters\":"
              + "{\"callback_url\":\""
              + receiver.url("/events")
              + "\",\"api_key\":\""
              + KEY
              + "\"}}");
    }
    receiver.enqueue(status(200));

    WebhookResult result = sim.sender().sendEvent("order.created", Map.of("id", "o-1"));

    assertThat(result.successful()).isTrue();
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    Map<String, Object> envelope = json(r);
    assertThat(envelope)
        .containsEntry("tenant", sim.tenant())
        .containsEntry("name", "order.created")
        .containsEntry("payload", Map.of("id", "o-1"))
        .containsKey("published_at");
  }

  @Test
  void event_withoutRegistration_throws() {
    assertThatThrownBy(() -> sim.sender().sendEvent("order.created", Map.of()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void webhookTarget_toString_hidesApiKey() {
    assertThat(WebhookTarget.of(receiver.url("/").uri(), KEY).toString())
        .doesNotContain(KEY)
        .contains("<redacted>");
  }

  @Test
  void withRoutes_overridesExternalOrderRoutes() throws Exception {
    WebhookTarget target = WebhookTarget.of(receiver.url("/base").uri(), KEY);
    receiver.enqueue(status(200));
    receiver.enqueue(status(200));
    WebhookSender sender = sim.sender().withRoutes("/history", "order/{id}/details");

    sender.requestPurchaseHistory(target, "a@b.example");
    sender.requestOrderDetails(target, "o/1");

    assertThat(take().getUrl().encodedPath()).isEqualTo("/base/history");
    assertThat(take().getUrl().pathSegments()).containsExactly("base", "order", "o/1", "details");
    assertThatThrownBy(() -> sim.sender().withRoutes("h", "orders"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
