package com.newstore.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookTarget;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot 4 application with the starter, a handful of properties and one handler bean,
 * served on a real port: the simulator delivers a fulfillment request over HTTP, the handler
 * accepts it through the auto-configured client, and the meters and the health endpoint show it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = StarterOverHttpTest.App.class,
    properties = {
      "management.endpoints.web.exposure.include=health",
      "management.endpoint.health.show-components=always",
      "management.endpoint.health.show-details=always"
    })
class StarterOverHttpTest {
  static final String KEY = "webhook-key-not-real-0123";
  static final NewStoreSimulator SIM = NewStoreSimulator.start();

  @LocalServerPort int port;
  @Autowired Accepting handler;
  @Autowired MeterRegistry meters;
  @Autowired ConfigurableApplicationContext context;

  @DynamicPropertySource
  static void newstore(DynamicPropertyRegistry registry) {
    registry.add("newstore.base-url", () -> SIM.baseUrl().toString());
    registry.add("newstore.token-url", () -> SIM.tokenUrl().toString());
    registry.add("newstore.client-id", SIM::clientId);
    registry.add("newstore.client-secret", SIM::clientSecret);
    registry.add("newstore.webhooks.api-key", () -> KEY);
  }

  @AfterAll
  static void stopSimulator() {
    SIM.close();
  }

  @Test
  void fulfillmentRequest_isServedAcceptedMeasuredAndHealthy() throws Exception {
    FulfillmentRequest request = SIM.createFulfillmentRequest("fr-boot-1", "sku-1");
    URI url = URI.create("http://127.0.0.1:" + port + "/newstore/fulfillment_requests");

    WebhookResult result = SIM.sender().sendFulfillmentRequest(WebhookTarget.of(url, KEY), request);

    assertThat(result.successful()).as(result.toString()).isTrue();
    assertThat(handler.received).containsExactly("fr-boot-1");
    assertThat(SIM.fulfillmentRequest("fr-boot-1").orElseThrow().toString()).contains("accept");
    assertThat(
            meters
                .find("newstore.client.requests")
                .tag("endpoint", "fulfillment-request.accept")
                .tag("outcome", "SUCCESS")
                .timer())
        .isNotNull()
        .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
    assertThat(
            meters
                .find("newstore.webhooks.deliveries")
                .tag("kind", "fulfillment_request")
                .tag("status", "200")
                .tag("duplicate", "false")
                .timer())
        .isNotNull()
        .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));

    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"newstore\"").contains("UP");
    assertThat(health.body()).doesNotContain(SIM.clientSecret(), KEY);
  }

  @Test
  void wrongKey_isRefusedWithProblemJson() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/newstore/fulfillment_requests"))
                    .header("Authorization", "Bearer not-the-key-at-all-000")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  /** The application: the starter configures everything but this one handler. */
  @SpringBootApplication
  static class App {
    @Bean
    Accepting accepting(FulfillmentProviderClient fulfillment) {
      return new Accepting(fulfillment);
    }
  }

  /** Accepts each fulfillment request it receives. */
  static final class Accepting implements FulfillmentRequestHandler {
    final List<String> received = new CopyOnWriteArrayList<>();
    private final FulfillmentProviderClient fulfillment;

    Accepting(FulfillmentProviderClient fulfillment) {
      this.fulfillment = fulfillment;
    }

    @Override
    public void fulfillmentRequest(
        FulfillmentRequest request, com.newstore.sdk.webhooks.WebhookContext ctx) {
      received.add(request.id());
      fulfillment.accept(request.id());
    }
  }
}
