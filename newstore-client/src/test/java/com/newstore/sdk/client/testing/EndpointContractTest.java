package com.newstore.sdk.client.testing;

import static com.newstore.sdk.client.testing.ServiceTestSupport.assertRequest;
import static com.newstore.sdk.client.testing.ServiceTestSupport.empty;
import static com.newstore.sdk.client.testing.ServiceTestSupport.fixture;
import static com.newstore.sdk.client.testing.ServiceTestSupport.json;
import static com.newstore.sdk.client.testing.ServiceTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.config.AssociateAppCapabilities;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.RefundOption;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.client.eventstream.CallbackParameters;
import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks every endpoint's method, path, headers, path override and error mapping. */
class EndpointContractTest {
  @StartStop final MockWebServer server = new MockWebServer();

  record Case(
      String id,
      String method,
      String path,
      String overrideTemplate,
      String overriddenPath,
      MockResponse success,
      Consumer<NewStoreClient> call) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Case> endpoints() {
    CallbackParameters callback =
        new CallbackParameters("https://oms.example.com/events", "stream-key-0123456789");
    EventStreamIntegration integration = EventStreamIntegration.permanent("oms", callback);
    return Stream.of(
        new Case(
            "associate-app.config.get",
            "GET",
            "/v0/config/associate_app",
            "v1/r/config/associate_app",
            "/v1/r/config/associate_app",
            json(fixture("config/associate_app.json")),
            c -> c.associateAppConfig().get()),
        new Case(
            "associate-app.config.set",
            "POST",
            "/v0/config/associate_app",
            "v1/r/config/associate_app",
            "/v1/r/config/associate_app",
            empty(204),
            c ->
                c.associateAppConfig()
                    .set(new AssociateAppConfiguration(true, new AssociateAppCapabilities(true)))),
        new Case(
            "payment.config.get",
            "GET",
            "/v0/config/payment",
            "v1/r/config/payment",
            "/v1/r/config/payment",
            json(fixture("config/payment.json")),
            c -> c.paymentConfig().get()),
        new Case(
            "payment.config.set",
            "POST",
            "/v0/config/payment",
            "v1/r/config/payment",
            "/v1/r/config/payment",
            empty(200),
            c ->
                c.paymentConfig()
                    .set(new PaymentConfiguration(true, List.of(RefundOption.ORIGINAL)))),
        new Case(
            "fulfillment.config.get",
            "GET",
            "/v0/config/fulfillment",
            "v0/fulfillment_config",
            "/v0/fulfillment_config",
            json(fixture("config/fulfillment_config_seed000.json")),
            c -> c.fulfillmentConfig().get()),
        new Case(
            "fulfillment.config.set",
            "POST",
            "/v0/config/fulfillment",
            "v0/fulfillment_config",
            "/v0/fulfillment_config",
            empty(200),
            c -> c.fulfillmentConfig().set(Samples.seedFulfillmentConfig())),
        new Case(
            "transfer-shipping.config.get",
            "GET",
            "/v0/config/transfer_shipping",
            "v0/transfer_config",
            "/v0/transfer_config",
            json(fixture("config/transfer_shipping.json")),
            c -> c.transferShippingConfig().get()),
        new Case(
            "transfer-shipping.config.set",
            "POST",
            "/v0/config/transfer_shipping",
            "v0/transfer_config",
            "/v0/transfer_config",
            empty(201),
            c ->
                c.transferShippingConfig()
                    .set(TransferShippingConfiguration.from(Samples.seedFulfillmentConfig()))),
        new Case(
            "distribution-center.config.get",
            "GET",
            "/v0/config/distribution_centers/DC-01",
            "v1/dc/{fulfillment_node_id}/config",
            "/v1/dc/DC-01/config",
            json(fixture("config/distribution_center.json")),
            c -> c.distributionCenterConfig().get("DC-01")),
        new Case(
            "distribution-center.config.set",
            "POST",
            "/v0/config/distribution_centers/DC-01",
            "v1/dc/{fulfillment_node_id}/config",
            "/v1/dc/DC-01/config",
            empty(204),
            c ->
                c.distributionCenterConfig()
                    .set(
                        "DC-01",
                        new DistributionCenterConfiguration(
                            "https://wms.example.com/ff", "dc-key-0123456789"))),
        new Case(
            "event-stream.integration.create",
            "POST",
            "/api/v1/org/integrations/eventstream",
            "api/v2/eventstream",
            "/api/v2/eventstream",
            json(201, fixture("eventstream/integration.json")),
            c -> c.eventStream().create(integration)),
        new Case(
            "event-stream.integration.list",
            "GET",
            "/api/v1/org/integrations/eventstream",
            "api/v2/eventstream",
            "/api/v2/eventstream",
            json(fixture("eventstream/list.json")),
            c -> c.eventStream().list()),
        new Case(
            "event-stream.integration.get",
            "GET",
            "/api/v1/org/integrations/eventstream/oms",
            "api/v2/eventstream/{id}",
            "/api/v2/eventstream/oms",
            json(fixture("eventstream/integration.json")),
            c -> c.eventStream().get("oms")),
        new Case(
            "event-stream.integration.delete",
            "DELETE",
            "/api/v1/org/integrations/eventstream/oms",
            "api/v2/eventstream/{id}",
            "/api/v2/eventstream/oms",
            empty(204),
            c -> c.eventStream().delete("oms")),
        new Case(
            "event-stream.integration.start",
            "POST",
            "/api/v1/org/integrations/eventstream/oms/_start",
            "api/v2/eventstream/{id}/start",
            "/api/v2/eventstream/oms/start",
            empty(204),
            c -> c.eventStream().start("oms")),
        new Case(
            "event-stream.integration.stop",
            "POST",
            "/api/v1/org/integrations/eventstream/oms/_stop",
            "api/v2/eventstream/{id}/stop",
            "/api/v2/eventstream/oms/stop",
            empty(204),
            c -> c.eventStream().stop("oms")),
        new Case(
            "orders.fulfill-order.create",
            "POST",
            "/v0/d/fulfill_order",
            "v1/d/fulfill_order",
            "/v1/d/fulfill_order",
            json(fixture("orders/fulfill_order_response.json")),
            c -> c.orders().create(Samples.orderBuilder().build())),
        new Case(
            "orders.external-order.get",
            "GET",
            "/v0/d/external_orders/EXT-1001",
            "v1/d/external_orders/{id}",
            "/v1/d/external_orders/EXT-1001",
            json(fixture("orders/external_order.json")),
            c -> c.orders().getByExternalId("EXT-1001")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_success_sendsMethodPathAndHeaders(Case c) {
    server.enqueue(c.success());
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      c.call().accept(client);
    }
    RecordedRequest request = take(server);
    assertRequest(request, c.method(), c.path());
    boolean bodyless = c.id().endsWith(".start") || c.id().endsWith(".stop");
    if (c.method().equals("POST") || c.method().equals("PUT")) {
      assertThat(request.getBodySize() > 0).as("request has a JSON body").isNotEqualTo(bodyless);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_pathOverridden_usesOverrideWithPlaceholders(Case c) {
    server.enqueue(c.success());
    try (NewStoreClient client =
        ServiceTestSupport.builder(server).pathOverride(c.id(), c.overrideTemplate()).build()) {
      c.call().accept(client);
    }
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo(c.method());
    assertThat(request.getUrl().encodedPath()).isEqualTo(c.overriddenPath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void call_problemJson404_throwsNotFoundWithDetails(Case c) {
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
      assertThatThrownBy(() -> c.call().accept(client))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.errorCode()).isEqualTo("not_found");
                assertThat(e.requestId()).isEqualTo("req-404");
              });
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
      assertThatThrownBy(() -> c.call().accept(client))
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
      assertThatThrownBy(() -> c.call().accept(client)).isInstanceOf(ConflictException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
