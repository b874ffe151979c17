package com.newstore.sdk.client.config;

import static com.newstore.sdk.client.config.ConfigTestSupport.client;
import static com.newstore.sdk.client.config.ConfigTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks, for every configuration endpoint, its method, path and query, and that seed 003's
 * problem+json sample maps to the same typed exception.
 */
class ConfigErrorMappingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  static Stream<Arguments> endpoints() {
    String atpKey = "atp-secret-key-0123456789";
    return Stream.of(
        call("GET", "/v0/config/external_oms", c -> c.externalOmsConfig().get()),
        call("POST", "/v0/config/external_oms", c -> c.externalOmsConfig().enable()),
        call("GET", "/v0/config/sales_order/external_oms", c -> c.salesOrderConfig().externalOms()),
        call(
            "POST",
            "/v0/config/sales_order/external_oms",
            c -> c.salesOrderConfig().setExternalOms(new ExternalOmsSetting(true))),
        call(
            "GET",
            "/v0/config/sales_order/order_id_sequence",
            c -> c.salesOrderConfig().orderIdSequence()),
        call("GET", "/v0/config/sales_order/grace_period", c -> c.salesOrderConfig().gracePeriod()),
        call(
            "POST",
            "/v0/config/sales_order/grace_period",
            c -> c.salesOrderConfig().setGracePeriod(Duration.ofSeconds(20))),
        call(
            "GET",
            "/v0/config/sales_order/cancellable_locations",
            c -> c.salesOrderConfig().cancellableLocations()),
        call(
            "POST",
            "/v0/config/sales_order/cancellable_locations",
            c -> c.salesOrderConfig().setCancellableLocations(Set.of(LocationType.DC))),
        call(
            "GET", "/v0/config/sales_order/big_orders", c -> c.salesOrderConfig().bigOrderLimits()),
        call(
            "POST",
            "/v0/config/sales_order/big_orders",
            c -> c.salesOrderConfig().setBigOrderLimits(BigOrderLimits.defaults())),
        call(
            "GET",
            "/v0/config/sales_order/external_order_webhook",
            c -> c.salesOrderConfig().externalOrderWebhook()),
        call(
            "POST",
            "/v0/config/sales_order/external_order_webhook",
            c ->
                c.salesOrderConfig()
                    .setExternalOrderWebhook(
                        ExternalOrderWebhookConfig.of("https://oms.example.com", "k"))),
        call("GET", "/v0/config/availability/webhook", c -> c.availabilityConfig().webhook()),
        call(
            "POST",
            "/v0/config/availability/webhook",
            c ->
                c.availabilityConfig()
                    .updateWebhook(
                        AvailabilityWebhookConfig.of(
                            "https://oms.example.com/atp", atpKey, Duration.ofSeconds(5)))),
        call(
            "DELETE",
            "/v0/config/availability/webhook",
            c -> c.availabilityConfig().deleteWebhook()),
        call(
            "GET",
            "/v0/config/routing/uses_external_atp",
            c -> c.availabilityConfig().usesExternalAtp()),
        call(
            "POST",
            "/v0/config/routing/uses_external_atp",
            c -> c.availabilityConfig().setUsesExternalAtp(false)),
        call(
            "GET",
            "/v0/config/routing/cancel_on_conflict",
            c -> c.availabilityConfig().routingFlag(RoutingFlag.CANCEL_ON_CONFLICT)),
        call(
            "POST",
            "/v0/config/routing/cancel_on_conflict",
            c -> c.availabilityConfig().setRoutingFlag(RoutingFlag.CANCEL_ON_CONFLICT, true)),
        call("GET", "/v1/r/config/order_injection", c -> c.orderInjectionConfig().get()),
        call(
            "POST",
            "/v1/r/config/order_injection",
            c -> c.orderInjectionConfig().replace(OrderInjectionConfig.empty(), 1)),
        call(
            "PATCH",
            "/v1/r/config/order_injection",
            c -> c.orderInjectionConfig().patch(OrderInjectionConfig.empty(), 1)));
  }

  private static Arguments call(String method, String path, Consumer<NewStoreClient> action) {
    return Arguments.of(method, path, action);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("endpoints")
  void endpoint_seedProblem_throwsBadRequestWithDetails(
      String method, String path, Consumer<NewStoreClient> action) throws Exception {
    server.enqueue(problem(400, "problem-bad-request.json"));

    try (NewStoreClient client = client(server)) {
      assertThatThrownBy(() -> action.accept(client))
          .isInstanceOfSatisfying(
              BadRequestException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.errorCode()).isEqualTo("bad_request");
                assertThat(e.serverMessage()).isEqualTo("Value provided should be a string.");
                assertThat(e.requestId()).isEqualTo("ec2f3c9bb016ba971bf6074098363");
                assertThat(e.error().path()).isEqualTo(path);
              });
    }
    RecordedRequest request = ConfigTestSupport.expect(server, method, path);
    String expectedQuery = path.startsWith("/v1/r/") && !method.equals("GET") ? "version=1" : null;
    assertThat(request.getUrl().query()).isEqualTo(expectedQuery);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
