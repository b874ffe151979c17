package com.newstore.sdk.client.testing;

import static com.newstore.sdk.client.testing.ServiceTestSupport.empty;
import static com.newstore.sdk.client.testing.ServiceTestSupport.fixture;
import static com.newstore.sdk.client.testing.ServiceTestSupport.json;
import static com.newstore.sdk.client.testing.ServiceTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.ClientEndpoints;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.EndpointId;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.BigOrderLimits;
import com.newstore.sdk.client.config.CancelOnConflictPolicy;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.client.config.OrderInjectionConfig;
import com.newstore.sdk.client.config.PaymentConfigName;
import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.RoutingFlag;
import com.newstore.sdk.client.config.TransferRoute;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.client.config.VersionConflictException;
import com.newstore.sdk.client.eventstream.CallbackParameters;
import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import com.newstore.sdk.client.internal.Endpoint;
import com.newstore.sdk.client.internal.EndpointRegistry;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every endpoint of the module, driven by {@link ClientEndpoints}: a new id without a row
 * here, or an {@link Endpoint} annotation without an id there, fails {@link
 * #table_coversEveryRegisteredEndpoint()}.
 */
class EndpointContractTest {
  /** Ids registered before their call exists (branch orders adds the delete call). */
  private static final Set<String> PENDING = Set.of();

  /** Every Retrofit interface of the module. */
  private static final List<Class<?>> APIS =
      List.of(
          com.newstore.sdk.client.internal.SalesOrderConfigApi.class,
          com.newstore.sdk.client.internal.AvailabilityConfigApi.class,
          com.newstore.sdk.client.internal.OrderInjectionConfigApi.class,
          com.newstore.sdk.client.internal.AssociateAppConfigApi.class,
          com.newstore.sdk.client.internal.PaymentConfigApi.class,
          com.newstore.sdk.client.internal.FulfillmentConfigApi.class,
          com.newstore.sdk.client.internal.TransferShippingConfigApi.class,
          com.newstore.sdk.client.internal.DistributionCenterConfigApi.class,
          com.newstore.sdk.client.internal.EventStreamApi.class,
          com.newstore.sdk.client.internal.OrderInjectionApi.class);

  @StartStop final MockWebServer server = new MockWebServer();

  record Case(
      String id,
      String method,
      String path,
      @Nullable String query,
      String overrideTemplate,
      String overriddenPath,
      MockResponse success,
      Function<NewStoreClient, Object> call) {
    @Override
    public String toString() {
      return id;
    }

    boolean isConfigRead() {
      return method.equals("GET") && !id.startsWith("orders.") && !id.startsWith("event-stream.");
    }
  }

  static Stream<Case> endpoints() {
    CallbackParameters callback =
        new CallbackParameters("https://oms.example.com/events", "stream-key-0123456789");
    EventStreamIntegration integration = EventStreamIntegration.permanent("oms", callback);
    return Stream.of(
        new Case(
            "sales-order.external-oms.get",
            "GET",
            "/v0/config/sales_order/external_oms",
            null,
            "v1/so/external_oms",
            "/v1/so/external_oms",
            json(fixture("config/sales-order-external-oms.json")),
            c -> c.salesOrderConfig().externalOms().get()),
        new Case(
            "sales-order.external-oms.set",
            "POST",
            "/v0/config/sales_order/external_oms",
            null,
            "v1/so/external_oms",
            "/v1/so/external_oms",
            empty(200),
            c -> {
              c.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true));
              return null;
            }),
        new Case(
            "sales-order.order-id-sequence.get",
            "GET",
            "/v0/config/sales_order/sales_order_generator_sequence",
            null,
            "v1/so/sales_order_generator_sequence",
            "/v1/so/sales_order_generator_sequence",
            json(fixture("config/order-id-sequence.json")),
            c -> c.salesOrderConfig().orderIdSequence().get()),
        new Case(
            "sales-order.order-id-sequence.set",
            "POST",
            "/v0/config/sales_order/sales_order_generator_sequence",
            null,
            "v1/so/sales_order_generator_sequence",
            "/v1/so/sales_order_generator_sequence",
            empty(200),
            c -> {
              c.salesOrderConfig().orderIdSequence().set(new OrderIdSequence("NS", 8, 1, 1));
              return null;
            }),
        new Case(
            "sales-order.grace-period.get",
            "GET",
            "/v0/config/sales_order/grace_period",
            null,
            "v1/so/grace_period",
            "/v1/so/grace_period",
            json(fixture("config/grace-period.json")),
            c -> c.salesOrderConfig().gracePeriod().get()),
        new Case(
            "sales-order.grace-period.set",
            "POST",
            "/v0/config/sales_order/grace_period",
            null,
            "v1/so/grace_period",
            "/v1/so/grace_period",
            empty(200),
            c -> {
              c.salesOrderConfig().gracePeriod().set(Duration.ofSeconds(20));
              return null;
            }),
        new Case(
            "sales-order.cancellable-locations.get",
            "GET",
            "/v0/config/sales_order/cancellable_locations",
            null,
            "v1/so/cancellable_locations",
            "/v1/so/cancellable_locations",
            json(fixture("config/cancellable-locations.json")),
            c -> c.salesOrderConfig().cancellableLocations().get()),
        new Case(
            "sales-order.cancellable-locations.set",
            "POST",
            "/v0/config/sales_order/cancellable_locations",
            null,
            "v1/so/cancellable_locations",
            "/v1/so/cancellable_locations",
            empty(200),
            c -> {
              c.salesOrderConfig().cancellableLocations().set(Set.of(LocationType.STORE));
              return null;
            }),
        new Case(
            "sales-order.big-orders.get",
            "GET",
            "/v0/config/sales_order/big_orders",
            null,
            "v1/so/big_orders",
            "/v1/so/big_orders",
            json(fixture("config/big-orders.json")),
            c -> c.salesOrderConfig().bigOrders().get()),
        new Case(
            "sales-order.big-orders.set",
            "POST",
            "/v0/config/sales_order/big_orders",
            null,
            "v1/so/big_orders",
            "/v1/so/big_orders",
            empty(200),
            c -> {
              c.salesOrderConfig().bigOrders().set(new BigOrderLimits(300));
              return null;
            }),
        new Case(
            "sales-order.external-order-webhook.get",
            "GET",
            "/v0/config/sales_order/external_order_webhook",
            null,
            "v1/so/external_order_webhook",
            "/v1/so/external_order_webhook",
            json(fixture("config/external-order-webhook.json")),
            c -> c.salesOrderConfig().externalOrderWebhook().get()),
        new Case(
            "sales-order.external-order-webhook.set",
            "POST",
            "/v0/config/sales_order/external_order_webhook",
            null,
            "v1/so/external_order_webhook",
            "/v1/so/external_order_webhook",
            empty(200),
            c -> {
              c.salesOrderConfig()
                  .externalOrderWebhook()
                  .set(
                      ExternalOrderWebhookConfig.of(
                          "https://oms.example.com/ns", "webhook-key-0123456789"));
              return null;
            }),
        new Case(
            "availability.webhook.get",
            "GET",
            "/v0/config/availability/webhook",
            null,
            "v1/atp/webhook",
            "/v1/atp/webhook",
            json(fixture("config/availability-webhook.json")),
            c -> c.availabilityConfig().webhook().get()),
        new Case(
            "availability.webhook.update",
            "POST",
            "/v0/config/availability/webhook",
            null,
            "v1/atp/webhook",
            "/v1/atp/webhook",
            empty(200),
            c -> {
              c.availabilityConfig()
                  .webhook()
                  .set(
                      AvailabilityWebhookConfig.of(
                          "https://oms.example.com/atp",
                          "atp-secret-key-0123456789",
                          Duration.ofSeconds(10)));
              return null;
            }),
        new Case(
            "availability.webhook.delete",
            "DELETE",
            "/v0/config/availability/webhook",
            null,
            "v1/atp/webhook",
            "/v1/atp/webhook",
            empty(204),
            c -> {
              c.availabilityConfig().deleteWebhook();
              return null;
            }),
        new Case(
            "routing.uses-external-atp.get",
            "GET",
            "/v0/config/routing/uses_external_atp",
            null,
            "v1/routing/uses_external_atp",
            "/v1/routing/uses_external_atp",
            json(fixture("config/routing-flag.json")),
            c -> c.availabilityConfig().usesExternalAtp().get()),
        new Case(
            "routing.uses-external-atp.set",
            "POST",
            "/v0/config/routing/uses_external_atp",
            null,
            "v1/routing/uses_external_atp",
            "/v1/routing/uses_external_atp",
            empty(200),
            c -> {
              c.availabilityConfig().usesExternalAtp().set(true);
              return null;
            }),
        new Case(
            "routing.flag.get",
            "GET",
            "/v0/config/routing/enable_automatic_rerouting",
            null,
            "v1/routing/{flag}",
            "/v1/routing/enable_automatic_rerouting",
            json(fixture("config/routing-flag.json")),
            c -> c.availabilityConfig().routingFlag(RoutingFlag.ENABLE_AUTOMATIC_REROUTING).get()),
        new Case(
            "routing.flag.set",
            "POST",
            "/v0/config/routing/enable_automatic_rerouting",
            null,
            "v1/routing/{flag}",
            "/v1/routing/enable_automatic_rerouting",
            empty(200),
            c -> {
              c.availabilityConfig().routingFlag(RoutingFlag.ENABLE_AUTOMATIC_REROUTING).set(true);
              return null;
            }),
        new Case(
            "routing.cancel-on-conflict.get",
            "GET",
            "/v0/config/routing/cancel_on_conflict",
            null,
            "v1/routing/coc",
            "/v1/routing/coc",
            json(fixture("config/cancel-on-conflict.json")),
            c -> c.availabilityConfig().cancelOnConflict().get()),
        new Case(
            "routing.cancel-on-conflict.set",
            "POST",
            "/v0/config/routing/cancel_on_conflict",
            null,
            "v1/routing/coc",
            "/v1/routing/coc",
            empty(200),
            c -> {
              c.availabilityConfig()
                  .cancelOnConflict()
                  .set(new CancelOnConflictPolicy(true, List.of("insufficient_stock")));
              return null;
            }),
        new Case(
            "order-injection.get",
            "GET",
            "/v1/r/config/order_injection",
            null,
            "v2/r/config/order_injection",
            "/v2/r/config/order_injection",
            json(fixture("config/order-injection.json")),
            c -> c.orderInjectionConfig().get()),
        new Case(
            "order-injection.replace",
            "POST",
            "/v1/r/config/order_injection",
            "version=1",
            "v2/r/config/order_injection",
            "/v2/r/config/order_injection",
            json(fixture("config/order-injection-v4.json")),
            c -> c.orderInjectionConfig().replace(OrderInjectionConfig.empty(), "1")),
        new Case(
            "order-injection.patch",
            "PATCH",
            "/v1/r/config/order_injection",
            "version=3",
            "v2/r/config/order_injection",
            "/v2/r/config/order_injection",
            json(fixture("config/order-injection-v4.json")),
            c -> c.orderInjectionConfig().patch(OrderInjectionConfig.empty(), "3")),
        new Case(
            "associate-app.config.get",
            "GET",
            "/api/v1/associate-app/config",
            null,
            "api/v2/associate-app/config",
            "/api/v2/associate-app/config",
            json(fixture("config/associate_app.json")),
            c -> c.associateAppConfig().get()),
        new Case(
            "associate-app.config.set",
            "POST",
            "/api/v1/associate-app/config",
            null,
            "api/v2/associate-app/config",
            "/api/v2/associate-app/config",
            empty(204),
            c -> {
              c.associateAppConfig().set(AssociateAppConfiguration.empty().withMixedCart(true));
              return null;
            }),
        new Case(
            "payment.config.get",
            "GET",
            "/v1/p/config/adyen_adapter",
            null,
            "v2/p/config/{name}",
            "/v2/p/config/adyen_adapter",
            json(fixture("config/payment_adyen_adapter.json")),
            c -> c.paymentConfig().config(PaymentConfigName.ADYEN_ADAPTER).get()),
        new Case(
            "payment.config.set",
            "POST",
            "/v1/p/config/adyen_adapter",
            null,
            "v2/p/config/{name}",
            "/v2/p/config/adyen_adapter",
            empty(204),
            c -> {
              c.paymentConfig()
                  .config(PaymentConfigName.ADYEN_ADAPTER)
                  .set(PaymentConfiguration.empty().withUseChargeApi(true));
              return null;
            }),
        new Case(
            "fulfillment.config.get",
            "GET",
            "/_/v0/dontuse/fulfillment_config",
            null,
            "v0/fulfillment_config",
            "/v0/fulfillment_config",
            json(fixture("config/fulfillment_config_seed000.json")),
            c -> c.fulfillmentConfig().get()),
        new Case(
            "fulfillment.config.set",
            "POST",
            "/_/v0/dontuse/fulfillment_config",
            null,
            "v0/fulfillment_config",
            "/v0/fulfillment_config",
            empty(204),
            c -> {
              c.fulfillmentConfig()
                  .set(FulfillmentConfigDocument.of(Samples.seedFulfillmentConfig()));
              return null;
            }),
        new Case(
            "transfer-shipping.config.get",
            "GET",
            "/v0/i/inventory/transfer_shipping_config",
            null,
            "v1/i/transfer",
            "/v1/i/transfer",
            json(fixture("config/transfer_shipping.json")),
            c -> c.transferShippingConfig().get()),
        new Case(
            "transfer-shipping.config.set",
            "POST",
            "/v0/i/inventory/transfer_shipping_config",
            null,
            "v1/i/transfer",
            "/v1/i/transfer",
            empty(204),
            c -> {
              c.transferShippingConfig()
                  .set(
                      TransferShippingConfiguration.of(
                          List.of(
                              TransferRoute.of(
                                  "store1_NYC", List.of("DC01"), List.of("TRADITIONAL")))));
              return null;
            }),
        new Case(
            "distribution-center.config.get",
            "GET",
            "/v0/d/config/dc/DC-01",
            null,
            "v1/dc/{fulfillment_node_id}/config",
            "/v1/dc/DC-01/config",
            json(fixture("config/distribution_center.json")),
            c -> c.distributionCenterConfig().node("DC-01").get()),
        new Case(
            "distribution-center.config.set",
            "POST",
            "/v0/d/config/dc/DC-01",
            null,
            "v1/dc/{fulfillment_node_id}/config",
            "/v1/dc/DC-01/config",
            empty(204),
            c -> {
              c.distributionCenterConfig()
                  .node("DC-01")
                  .set(
                      new DistributionCenterConfiguration(
                          "https://wms.example.com/ff", "dc-key-0123456789"));
              return null;
            }),
        new Case(
            "event-stream.integration.create",
            "POST",
            "/api/v1/org/integrations/eventstream",
            null,
            "api/v2/eventstream",
            "/api/v2/eventstream",
            json(201, fixture("eventstream/integration.json")),
            c -> c.eventStream().create(integration)),
        new Case(
            "event-stream.integration.list",
            "GET",
            "/api/v1/org/integrations/eventstream",
            null,
            "api/v2/eventstream",
            "/api/v2/eventstream",
            json(fixture("eventstream/list.json")),
            c -> c.eventStream().list()),
        new Case(
            "event-stream.integration.get",
            "GET",
            "/api/v1/org/integrations/eventstream/oms",
            null,
            "api/v2/eventstream/{id}",
            "/api/v2/eventstream/oms",
            json(fixture("eventstream/integration.json")),
            c -> c.eventStream().get("oms")),
        new Case(
            "event-stream.integration.delete",
            "DELETE",
            "/api/v1/org/integrations/eventstream/oms",
            null,
            "api/v2/eventstream/{id}",
            "/api/v2/eventstream/oms",
            empty(204),
            c -> {
              c.eventStream().delete("oms");
              return null;
            }),
        new Case(
            "event-stream.integration.start",
            "POST",
            "/api/v1/org/integrations/eventstream/oms/_start",
            null,
            "api/v2/eventstream/{id}/start",
            "/api/v2/eventstream/oms/start",
            empty(204),
            c -> {
              c.eventStream().start("oms");
              return null;
            }),
        new Case(
            "event-stream.integration.stop",
            "POST",
            "/api/v1/org/integrations/eventstream/oms/_stop",
            null,
            "api/v2/eventstream/{id}/stop",
            "/api/v2/eventstream/oms/stop",
            empty(204),
            c -> {
              c.eventStream().stop("oms");
              return null;
            }),
        new Case(
            "orders.fulfill-order.create",
            "POST",
            "/v0/d/fulfill_order",
            null,
            "v1/d/fulfill_order",
            "/v1/d/fulfill_order",
            json(fixture("orders/fulfill_order_response.json")),
            c -> c.orders().create(Samples.orderBuilder().build())),
        new Case(
            "orders.external-order.get",
            "GET",
            "/v0/d/external_orders/EXT-1001",
            null,
            "v1/d/external_orders/{id}",
            "/v1/d/external_orders/EXT-1001",
            json(fixture("orders/external_order.json")),
            c -> c.orders().getByExternalId("EXT-1001")));
  }

  @Test
  void table_coversEveryRegisteredEndpoint() {
    Set<String> table = endpoints().map(Case::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> registered =
        ClientEndpoints.all().stream()
            .map(EndpointId::value)
            .filter(id -> !PENDING.contains(id))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(table).isEqualTo(registered);
    assertThat(EndpointRegistry.knownIds()).containsAll(registered);
  }

  @Test
  void everyEndpointAnnotation_isRegistered() {
    Set<String> annotated = new TreeSet<>();
    for (Class<?> api : APIS) {
      for (Method m : api.getDeclaredMethods()) {
        Endpoint e = m.getAnnotation(Endpoint.class);
        assertThat(e).as(api.getSimpleName() + "." + m.getName() + " has @Endpoint").isNotNull();
        annotated.add(e.value());
      }
    }
    Set<String> registered =
        ClientEndpoints.all().stream().map(EndpointId::value).collect(Collectors.toSet());
    assertThat(registered).containsAll(annotated);
    assertThat(annotated).containsAll(Sets.minus(registered, PENDING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_success_sendsMethodPathAndHeaders(Case c) {
    server.enqueue(c.success());
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      Object result = c.call().apply(client);
      if (c.isConfigRead()) {
        assertThat((Optional<?>) result).as("fixture reads as set").isPresent();
      }
    }
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo(c.method());
    assertThat(request.getUrl().encodedPath()).isEqualTo(c.path());
    assertThat(request.getUrl().query()).isEqualTo(c.query());
    assertThat(request.getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + ServiceTestSupport.TOKEN);
    if (request.getBodySize() > 0) {
      assertThat(request.getHeaders().get("Content-Type"))
          .isEqualTo("application/json; charset=UTF-8");
    }
    boolean bodyless =
        c.id().endsWith(".start") || c.id().endsWith(".stop") || c.method().equals("DELETE");
    if (c.method().equals("POST") || c.method().equals("PUT") || c.method().equals("PATCH")) {
      assertThat(request.getBodySize() > 0).as("request has a JSON body").isNotEqualTo(bodyless);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ContractExempt("exercises caller-supplied path overrides")
  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_pathOverridden_usesOverrideWithPlaceholders(Case c) {
    server.enqueue(c.success());
    try (NewStoreClient client =
        ServiceTestSupport.builder(server)
            .pathOverride(EndpointId.of(c.id()), c.overrideTemplate())
            .build()) {
      c.call().apply(client);
    }
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo(c.method());
    assertThat(request.getUrl().encodedPath()).isEqualTo(c.overriddenPath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_problemJson404_readsAsNotSetOrThrowsNotFound(Case c) {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "application/problem+json")
            .body(
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"error_code\":\"not_found\",\"message\":\"no such resource\","
                    + "\"request_id\":\"req-404\"}")
            .build());
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      if (c.isConfigRead()) {
        assertThat((Optional<?>) c.call().apply(client)).isEmpty();
      } else {
        assertThatThrownBy(() -> c.call().apply(client))
            .isInstanceOfSatisfying(
                NotFoundException.class,
                e -> {
                  assertThat(e.statusCode()).isEqualTo(404);
                  assertThat(e.errorCode()).isEqualTo("not_found");
                  assertThat(e.requestId()).isEqualTo("req-404");
                });
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_errorDescription400_throwsBadRequest(Case c) {
    server.enqueue(
        json(400, "{\"error_code\":\"invalid_payload\",\"error_description\":\"bad field\"}"));
    // After a refused create, the event stream service lists integrations to spot the limit.
    server.enqueue(json("{\"integrations\":[]}"));
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      assertThatThrownBy(() -> c.call().apply(client))
          .isInstanceOfSatisfying(
              BadRequestException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo("invalid_payload");
                assertThat(e.serverMessage()).isEqualTo("bad field");
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_conflict409_throwsConflict(Case c) {
    server.enqueue(json(409, "{\"error_code\":\"conflict\",\"message\":\"exists\"}"));
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      assertThatThrownBy(() -> c.call().apply(client))
          .isInstanceOfAny(
              ConflictException.class,
              com.newstore.sdk.client.config.OrderIdSequenceAlreadySetException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_conflictVersion_throwsVersionConflictWhateverTheStatus(Case c) {
    server.enqueue(json(400, "{\"error_code\":\"conflict_version\",\"message\":\"stale\"}"));
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      assertThatThrownBy(() -> c.call().apply(client))
          .isInstanceOfSatisfying(
              VersionConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
    }
  }

  /** Set difference, for readability. */
  private static final class Sets {
    static Set<String> minus(Set<String> a, Set<String> b) {
      Set<String> r = new TreeSet<>(a);
      r.removeAll(b);
      return r;
    }
  }
}
