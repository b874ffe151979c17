package com.newstore.examples.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookTarget;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.StreamEvent;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls the servlet on Jetty the way NewStore does, with the simulator's webhook sender. */
class JettyWebhookServerTest {
  private static final String KEY = "webhook-api-key-for-tests-0123456789";

  private NewStoreSimulator sim;
  private JettyWebhookServer server;

  @BeforeEach
  void start() throws Exception {
    sim = NewStoreSimulator.start();
    server =
        JettyWebhookServer.start(KEY, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    sim.close();
  }

  @Test
  void availability_answersFromTheStockTable() {
    WebhookResult result =
        sim.sender()
            .requestAvailability(
                target("/newstore/availability", KEY), List.of("sku-1", "sku-2"), List.of("dc-1"));

    assertThat(result.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>) ((Map<String, Object>) result.bodyJson()).get("availabilities");
    assertThat(rows)
        .extracting(r -> r.get("product_id"), r -> r.get("atp"))
        .containsExactly(Tuple.tuple("sku-1", 12L), Tuple.tuple("sku-2", 0L));
  }

  @Test
  void fulfillmentRequest_landsInTheInboxOnce() throws Exception {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-1", "sku-1", "sku-1");
    WebhookTarget dc = target("/newstore/fulfillment_requests", KEY);

    assertThat(sim.sender().sendFulfillmentRequest(dc, request).status()).isEqualTo(200);
    assertThat(sim.sender().sendFulfillmentRequest(dc, request).status()).isEqualTo(200);

    FulfillmentRequest received = server.fulfillmentInbox().poll(5, TimeUnit.SECONDS);
    assertThat(received).isNotNull();
    assertThat(received.id()).isEqualTo("fr-1");
    assertThat(received.productIds()).containsExactly("sku-1", "sku-1");
    assertThat(server.fulfillmentInbox()).isEmpty(); // the second delivery was a duplicate
  }

  @Test
  void event_isDeliveredInItsEnvelope() throws Exception {
    WebhookResult result =
        sim.sender()
            .sendEvent(target("/newstore/events", KEY), "order.created", Map.of("id", "o-7"));

    assertThat(result.status()).isEqualTo(200);
    StreamEvent event = server.events().poll(5, TimeUnit.SECONDS);
    assertThat(event).isNotNull();
    assertThat(event.name()).isEqualTo("order.created");
    assertThat(event.tenant()).isEqualTo(sim.tenant());
    assertThat(event.payload()).containsEntry("id", "o-7");
  }

  @Test
  void webhook_wrongKey_is401AndUnknownPathIs404() {
    WebhookResult wrongKey =
        sim.sender()
            .requestAvailability(
                target("/newstore/availability", "not-the-key"), List.of("sku-1"), List.of("dc-1"));
    WebhookResult unknownPath =
        sim.sender()
            .requestAvailability(target("/elsewhere", KEY), List.of("sku-1"), List.of("dc-1"));

    assertThat(wrongKey.status()).isEqualTo(401);
    assertThat(unknownPath.status()).isEqualTo(404);
    assertThat(unknownPath.body()).contains("\"status\"");
  }

  private WebhookTarget target(String path, String key) {
    return WebhookTarget.of(URI.create("http://127.0.0.1:" + server.port() + path), key);
  }
}
