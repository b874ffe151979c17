package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.internal.JsonSupport;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A fulfillment provider in miniature: it receives the fulfillment request webhook, answers 202,
 * then (on another thread) accepts and ships through the Fulfillment Provider API.
 */
@NewStoreSimulatorTest
class EndToEndFulfillmentTest {
  private static final String KEY = "dc-api-key";

  @Test
  void webhookToProvider_acceptAndShip_settlesAsShipped(
      NewStoreClient client, NewStoreSimulator sim) throws Exception {
    Http http = new Http(client, sim);
    ExecutorService worker = Executors.newSingleThreadExecutor();
    HttpServer provider =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    provider.createContext(
        "/fulfillment",
        exchange -> {
          boolean authorized =
              ("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"));
          Map<String, Object> body =
              JsonSupport.asMap(JsonSupport.parse(exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(authorized ? 202 : 401, -1);
          exchange.close();
          if (authorized) {
            String prefix = "v0/d/fulfillment_requests/" + body.get("id") + "/";
            worker.submit(
                () -> {
                  http.post(prefix + "acknowledgement", "{}");
                  http.post(
                      prefix + "shipment",
                      "{\"line_items\":[{\"product_ids\":[\"sku-1\",\"sku-2\"],"
                          + "\"shipment\":{\"tracking_code\":\"1Z999\",\"carrier\":\"UPS\"}}]}");
                });
          }
        });
    provider.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/fulfillment");
      sim.configureDistributionCenter("dc-1", url, KEY);
      var request = sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");

      WebhookResult delivered = sim.sender().sendFulfillmentRequest(request, "dc-1");
      sim.awaitRequests(
          "POST", "/v0/d/fulfillment_requests/fr-1/shipment", 1, Duration.ofSeconds(5));

      assertThat(delivered.status()).isEqualTo(202);
      assertThat(delivered.attempts()).isEqualTo(1);
      assertThat(http.get("v0/d/fulfillment_requests/fr-1/shipment").status()).isEqualTo(200);
      FulfillmentRequestState state = sim.fulfillmentRequest("fr-1").orElseThrow();
      assertThat(state.accepted()).isTrue();
      assertThat(state.units())
          .extracting(FulfillmentRequestState.Unit::status)
          .containsOnly(UnitStatus.SHIPPED);
    } finally {
      provider.stop(0);
      worker.shutdownNow();
    }
  }
}
