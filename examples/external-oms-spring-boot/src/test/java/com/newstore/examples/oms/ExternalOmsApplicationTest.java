package com.newstore.examples.oms;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the app against the NewStore simulator: the startup runner configures the "tenant", then
 * the simulator calls the app's webhooks as NewStore does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalOmsApplicationTest {
  private static final String KEY = "webhook-api-key-for-tests-0123456789";
  private static final String PUBLIC_URL = "https://oms.example.com";
  private static final NewStoreSimulator SIM = NewStoreSimulator.start();

  @Value("${local.server.port}")
  int port;

  @Autowired OrderBook orderBook;

  @DynamicPropertySource
  static void pointAtSimulator(DynamicPropertyRegistry registry) {
    registry.add("newstore.base-url", () -> SIM.baseUrl().toString());
    registry.add("newstore.token-url", () -> SIM.tokenUrl().toString());
    registry.add("newstore.client-id", SIM::clientId);
    registry.add("newstore.client-secret", SIM::clientSecret);
    registry.add("oms.public-url", () -> PUBLIC_URL);
    registry.add("newstore.webhooks.api-key", () -> KEY);
  }

  @AfterAll
  static void stopSimulator() {
    SIM.close();
  }

  @Test
  void startup_appliesTheExternalOmsConfiguration() {
    assertThat(value("v0/config/sales_order/external_oms")).containsEntry("enabled", true);
    assertThat(value("v0/config/sales_order/external_order_webhook"))
        .containsEntry("url", PUBLIC_URL + "/newstore");
    assertThat(value("v0/config/availability/webhook"))
        .containsEntry("url", PUBLIC_URL + "/newstore/availability")
        // newstore.webhooks.availability-timeout: registered in NewStore and the handler's
        // deadline.
        .containsEntry("timeout", 10L);
    assertThat(SIM.eventStream(ExternalOmsConfigurer.EVENT_STREAM_ID)).isPresent();
  }

  @Test
  void availability_answersAtpPerProductAndLocation() {
    WebhookResult result =
        SIM.sender()
            .requestAvailability(target("/availability"), List.of("sku-1"), List.of("store-1"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.bodyJson())
        .isEqualTo(
            Map.of(
                "availabilities",
                List.of(
                    Map.of(
                        "product_id", "sku-1",
                        "external_identifier", "sku-1",
                        "fulfillment_location", "store-1",
                        "atp", 7L))));
  }

  @Test
  void purchaseHistory_returnsTheCustomersOrdersLatestFirst() {
    WebhookResult result = SIM.sender().requestPurchaseHistory(target(""), "ada@example.com");

    assertThat(result.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> orders =
        (List<Map<String, Object>>) ((Map<String, Object>) result.bodyJson()).get("orders");
    assertThat(orders).extracting(o -> o.get("id")).containsExactly("EXT-1002", "EXT-1001");
  }

  @Test
  void orderDetails_knownOrder_isReturnedAndUnknownIs404() {
    WebhookResult found = SIM.sender().requestOrderDetails(target(""), "EXT-1001");
    WebhookResult missing = SIM.sender().requestOrderDetails(target(""), "EXT-404");

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body()).contains("\"EXT-1001\"");
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void events_orderCreated_reachesTheOms() {
    WebhookResult result =
        SIM.sender().sendEvent(target("/events"), "order.created", Map.of("id", "o-42"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(orderBook.received()).contains("order.created o-42");
  }

  @Test
  void webhook_wrongApiKey_is401() {
    WebhookTarget wrong =
        WebhookTarget.of(URI.create(local("/availability")), "not-the-configured-key-at-all");

    WebhookResult result =
        SIM.sender().requestAvailability(wrong, List.of("sku-1"), List.of("store-1"));

    assertThat(result.status()).isEqualTo(401);
  }

  @Test
  void actuator_showsTheNewStoreHealthAndTheClientMeter() throws Exception {
    HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> health = http.send(get("/actuator/health"), BodyHandlers.ofString());
    HttpResponse<String> meter =
        http.send(get("/actuator/metrics/newstore.client.requests"), BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"newstore\"").contains("\"UP\"");
    assertThat(health.body()).doesNotContain(SIM.clientSecret(), KEY);
    // The startup configuration's calls were measured, tagged by endpoint id.
    assertThat(meter.statusCode()).isEqualTo(200);
    assertThat(meter.body()).contains("\"endpoint\"").contains("\"outcome\"");
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  private WebhookTarget target(String path) {
    // NewStore would call PUBLIC_URL through the load balancer; the test calls the app directly.
    return WebhookTarget.of(URI.create(local(path)), KEY);
  }

  private String local(String path) {
    return "http://127.0.0.1:" + port + "/newstore" + path;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> value(String path) {
    return (Map<String, Object>) SIM.config(path).orElseThrow().value();
  }
}
