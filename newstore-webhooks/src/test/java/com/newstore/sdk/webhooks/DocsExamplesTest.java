package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The code shown in docs/webhooks.md, kept compiling and doing what the page says. */
class DocsExamplesTest {
  private final Atp atp = new Atp();
  private final Oms oms = new Oms();
  private final Wms wms = new Wms();
  private final List<String> createdOrders = new CopyOnWriteArrayList<>();

  @Test
  void quickStart_servesEveryWebhookUnderThePrefixWithItsOwnKey() throws Exception {
    String webhookKey = "default-key-0123456789";
    String atpKey = "atp-key-0123456789abcdef";
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
    // docs:webhooks-quick-start
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(webhookKey) // default for every webhook
            .apiKey(WebhookKind.AVAILABILITY, atpKey) // one per webhook if they differ
            .routePrefix("/newstore")
            .availabilityHandler((request, context) -> atp.lookup(request))
            .purchaseHistoryHandler((request, context) -> oms.ordersOf(request.consumerEmail()))
            .orderDetailsHandler((request, context) -> oms.findOrder(request.orderId()))
            .fulfillmentRequestHandler((request, context) -> wms.enqueue(request))
            .eventHandler(new MyEventHandler())
            .build();

    JdkHttpServerAdapter.Server server = JdkHttpServerAdapter.start(webhooks, address);
    // docs:end
    try (server) {
      int port = server.port();
      String availability =
          "{\"products\":[{\"product_id\":\"p-1\",\"external_identifier\":\"product_id\"}],"
              + "\"fulfillment_locations\":[\"DC1\"]}";

      HttpResponse<String> atpAnswer =
          Http.postJson(port, "/newstore/availability", atpKey, availability);
      assertThat(atpAnswer.statusCode()).isEqualTo(200);
      assertThat(Http.list(Http.json(atpAnswer.body()).get("availabilities")))
          .singleElement()
          .satisfies(a -> assertThat(((Number) a.get("atp")).intValue()).isEqualTo(7));
      assertThat(
              Http.postJson(port, "/newstore/availability", webhookKey, availability).statusCode())
          .isEqualTo(401);

      HttpResponse<String> history =
          Http.get(port, "/newstore/orders?consumer_email=jane%40example.com", webhookKey);
      assertThat(history.statusCode()).isEqualTo(200);
      assertThat(Http.list(Http.json(history.body()).get("orders")))
          .extracting(o -> o.get("id"))
          .containsExactly("o-1");
      assertThat(oms.emails).containsExactly("jane@example.com");

      assertThat(Http.get(port, "/newstore/orders/GD-1", webhookKey).statusCode()).isEqualTo(200);
      assertThat(Http.get(port, "/newstore/orders/nope", webhookKey).statusCode()).isEqualTo(404);

      assertThat(
              Http.postJson(
                      port,
                      "/newstore/fulfillment_requests",
                      webhookKey,
                      "{\"id\":\"fr-1\",\"billing_address\":{\"country_code\":\"USA\"},\"shipping_address\":{\"country_code\":\"USA\"},\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},\"created_at\":\"2026-11-26T12:00:00Z\",\"items\":[{\"product_id\":\"p-1\"}]}")
                  .statusCode())
          .isEqualTo(200);
      assertThat(wms.queue).extracting(FulfillmentRequest::id).containsExactly("fr-1");

      assertThat(
              Http.postJson(
                      port,
                      "/newstore/events",
                      webhookKey,
                      "{\"tenant\":\"acme\",\"name\":\"order.created\","
                          + "\"published_at\":\"2024-05-01T10:00:00Z\",\"payload\":{\"id\":\"o-9\"}}")
                  .statusCode())
          .isEqualTo(200);
      assertThat(createdOrders).containsExactly("o-9");
      assertThat(webhooks.routes())
          .containsEntry(WebhookKind.AVAILABILITY, "/newstore/availability")
          .containsEntry(WebhookKind.EVENT, "/newstore/events");
    }
  }

  @Test
  void testRequest_withApiKey_isAuthenticatedAndHandled() {
    List<FulfillmentRequest> received = new ArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey("test-key")
            .routePrefix("/newstore")
            .fulfillmentRequestHandler((request, context) -> received.add(request))
            .build();
    // docs:webhooks-test-request
    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .method("POST")
                .path("/newstore/fulfillment_requests")
                .apiKey("test-key")
                .jsonBody(
                    "{\"id\":\"fr-1\",\"billing_address\":{\"country_code\":\"USA\"},\"shipping_address\":{\"country_code\":\"USA\"},\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},\"created_at\":\"2026-11-26T12:00:00Z\",\"items\":[{\"product_id\":\"p-1\"}]}")
                .build());
    // docs:end

    assertThat(response.status()).isEqualTo(200);
    assertThat(received).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("fr-1"));
  }

  /** Stands for the integrator's ATP service: 7 of everything everywhere. */
  private static final class Atp {
    AvailabilityResponse lookup(AvailabilityRequest request) {
      List<AvailabilityResponse.Availability> all = new ArrayList<>();
      for (AvailabilityRequest.Product p : request.products()) {
        for (String location : request.fulfillmentLocations()) {
          all.add(
              new AvailabilityResponse.Availability(
                  p.productId(), p.externalIdentifier(), location, 7));
        }
      }
      return AvailabilityResponse.of(all);
    }
  }

  /** Stands for the integrator's order system: one order, GD-1. */
  private static final class Oms {
    final List<@Nullable String> emails = new CopyOnWriteArrayList<>();

    List<SalesOrder> ordersOf(@Nullable String email) {
      emails.add(email);
      return List.of(Samples.order("o-1", Instant.parse("2024-05-01T10:00:00Z")));
    }

    Optional<OrderDetails> findOrder(String orderId) {
      return orderId.equals("GD-1")
          ? Optional.of(Samples.details(orderId, List.of()))
          : Optional.empty();
    }
  }

  /** Stands for the integrator's warehouse queue. */
  private static final class Wms {
    final List<FulfillmentRequest> queue = new CopyOnWriteArrayList<>();

    boolean enqueue(FulfillmentRequest request) {
      return queue.add(request);
    }
  }

  private final class MyEventHandler implements EventHandler {
    @Override
    public void onOrderCreated(StreamEvent event, OrderEventPayload order) {
      createdOrders.add(order.id());
    }

    @Override
    public void onOtherEvent(StreamEvent event) {
      // nothing else is used in this example
    }
  }
}
