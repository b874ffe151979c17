package com.newstore.sdk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.JdkHttpServerAdapter;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.OrderDetails;
import com.newstore.sdk.webhooks.OrderOrigin;
import com.newstore.sdk.webhooks.SalesOrder;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The probes against endpoints served by the SDK's own webhooks module, configured in the test
 * kit's simulator: what the preflight expects and what the webhooks module answers must agree.
 */
@NewStoreSimulatorTest
class SdkWebhooksProbeTest {
  private static final String ATP_KEY = "atp-key-0123456789-abcdef";
  private static final String ORDER_KEY = "order-webhook-key";

  private static SalesOrder order(String id) {
    BigDecimal ten = new BigDecimal("10.00");
    SalesOrder.Item item =
        new SalesOrder.Item(
            id + "-1",
            id + "-1",
            "complete",
            new SalesOrder.Price(ten, BigDecimal.ZERO, ten, ten, BigDecimal.ZERO),
            SalesOrder.ExternalIdentifier.NONE,
            Map.of("name", "Shirt"),
            Map.of());
    return new SalesOrder(
        id,
        OrderOrigin.EXTERNAL,
        id,
        Instant.parse("2026-01-01T00:00:00Z"),
        "complete",
        "USD",
        "store",
        "in_store_purchase",
        List.of(item),
        Map.of());
  }

  private static NewStoreWebhooks webhooks() {
    BigDecimal ten = new BigDecimal("10.00");
    return NewStoreWebhooks.builder()
        // The ATP route's documented form (the raw key) is what the probe sends.
        .apiKey(com.newstore.sdk.webhooks.WebhookKind.AVAILABILITY, ATP_KEY)
        .apiKey(com.newstore.sdk.webhooks.WebhookKind.PURCHASE_HISTORY, ORDER_KEY)
        .apiKey(com.newstore.sdk.webhooks.WebhookKind.ORDER_DETAILS, ORDER_KEY)
        .routePrefix("/newstore")
        .availabilityHandler(
            (request, context) -> {
              List<AvailabilityResponse.Availability> all = new ArrayList<>();
              for (var p : request.products()) {
                for (String location : request.fulfillmentLocations()) {
                  all.add(
                      new AvailabilityResponse.Availability(
                          p.productId(), p.externalIdentifier(), location, 2));
                }
              }
              return AvailabilityResponse.of(all);
            })
        .purchaseHistoryHandler((request, context) -> List.of(order("A-2"), order("A-1")))
        .orderDetailsHandler(
            (request, context) ->
                Optional.of(
                    new OrderDetails(
                        order(request.orderId()),
                        new OrderDetails.Totals(
                            BigDecimal.ZERO,
                            BigDecimal.ZERO,
                            ten,
                            ten,
                            BigDecimal.ZERO,
                            BigDecimal.ZERO,
                            ten),
                        null,
                        null,
                        null,
                        List.of(),
                        Map.of())))
        .build();
  }

  @Test
  void probes_againstTheSdkWebhooks_pass(NewStoreClient client, NewStoreSimulator sim)
      throws Exception {
    try (JdkHttpServerAdapter.Server server =
        JdkHttpServerAdapter.start(
            webhooks(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      String base = "http://127.0.0.1:" + server.port() + "/newstore";
      // Plain http on loopback: seeded directly, past the simulator's https rule.
      sim.setConfig(
          "v0/config/availability/webhook",
          Map.of(
              "url",
              base + "/availability",
              "api_key",
              ATP_KEY,
              "external_identifier",
              "product_id",
              "timeout",
              5));
      sim.setConfig("v0/config/routing/uses_external_atp", true);
      sim.setConfig(
          "v0/config/sales_order/external_order_webhook",
          Map.of("url", base, "api_key", ORDER_KEY, "timeout", 5));

      PreflightReport report =
          NewStorePreflight.builder()
              .client(client)
              .profiles(IntegrationProfile.ENDLESS_AISLE)
              .probeWebhooks(true)
              .probeProduct("P-1", "L-1")
              .probeOrderId("A-1")
              .build()
              .run();

      for (PreflightCheck c :
          List.of(
              PreflightCheck.PROBE_AVAILABILITY,
              PreflightCheck.PROBE_PURCHASE_HISTORY,
              PreflightCheck.PROBE_ORDER_DETAILS)) {
        CheckResult r = report.result(c).orElseThrow();
        assertThat(r.status()).as(c.id() + ": " + r.reason()).isEqualTo(CheckStatus.PASS);
        assertThat(r.reason()).contains("a wrong api key is refused");
      }
    }
  }
}
