package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.internal.JsonSupport;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing and rerouting of fulfillment requests (seed 004), driven through the Fulfillment Provider
 * API over raw HTTP, with DC configs registered under https URLs and forwarded to a loopback
 * receiver.
 */
class FulfillmentRoutingTest {
  private static final String FR = "/v0/d/fulfillment_requests/";

  private final NewStoreSimulator sim = NewStoreSimulator.builder().settleAfterReads(0).start();
  private final Http http = new Http(sim);
  private final MockWebServer receiver = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    receiver.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().code(200).body("ok").build();
          }
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.close();
    http.close();
    sim.close();
  }

  private void registerDc(String node) {
    URI registered = URI.create("https://" + node + ".example");
    sim.webhooks().forward(registered, receiver.url("/" + node).uri());
    Http.Answer answer =
        http.put(
            "/v0/d/config/dc/" + node,
            "{\"url\":\"https://" + node + ".example/fr\",\"api_key\":\"key-" + node + "\"}");
    assertThat(answer.status()).isEqualTo(200);
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = receiver.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a fulfillment request reached the receiver").isNotNull();
    return r;
  }

  private void route(String id, String node) {
    sim.routeFulfillmentRequest(
        id,
        "order-1",
        node,
        List.of(
            FulfillmentUnit.of("sku-1", "5.00"),
            FulfillmentUnit.of("sku-1", "20.00"),
            FulfillmentUnit.of("sku-2", "1.00")));
  }

  private Http.Answer reject(String id, String reason, String productId) {
    return http.post(
        FR + id + "/reject_items",
        "{\"missing_items\":[{\"reason\":\""
            + reason
            + "\",\"product_ids\":[\""
            + productId
            + "\"]}]}");
  }

  private List<FulfillmentRequestState> requestsAt(String node) {
    return sim.fulfillmentRequests().stream()
        .filter(r -> node.equals(r.fulfillmentNodeId()))
        .toList();
  }

  @Test
  void routedRequest_isPostedWithNewStoresMembers_andBearerKey() throws Exception {
    registerDc("dc-a");

    route("fr-1", "dc-a");

    RecordedRequest r = take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/dc-a/fr");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer key-dc-a");
    Map<String, Object> body = JsonSupport.parseObject(r.getBody().utf8());
    assertThat(body)
        .containsEntry("id", "fr-1")
        .containsEntry("order_id", "order-1")
        .containsEntry("fulfillment_node_id", "dc-a")
        .containsKeys("billing_address", "shipping_address", "created_at", "extended_attributes");
    assertThat(Http.map(body.get("shipping_options"))).containsKeys("carrier", "service_level");
    List<?> items = (List<?>) body.get("items");
    assertThat(items).hasSize(3);
    assertThat(Http.map(items.get(1)))
        .containsEntry("product_id", "sku-1")
        .containsEntry("price", 20L);
    assertThat(sim.emittedEvents())
        .extracting(EmittedEvent::name)
        .contains("fulfillment_request.assigned");
  }

  @Test
  void noInventory_setsAtpZero_andReroutesRejectedUnitsAsNewRequest() throws Exception {
    registerDc("dc-a");
    registerDc("dc-b");
    route("fr-1", "dc-a");
    take();

    assertThat(reject("fr-1", "no_inventory", "sku-2").status()).isEqualTo(201);

    assertThat(sim.availability("dc-a", "sku-2")).hasValue(0);
    List<FulfillmentRequestState> atB = requestsAt("dc-b");
    assertThat(atB).hasSize(1);
    assertThat(atB.get(0).id()).isNotEqualTo("fr-1");
    assertThat(atB.get(0).orderId()).isEqualTo("order-1");
    assertThat(atB.get(0).units())
        .extracting(FulfillmentRequestState.Unit::productId)
        .containsExactly("sku-2");
    RecordedRequest rerouted = take();
    assertThat(rerouted.getUrl().encodedPath()).isEqualTo("/dc-b/fr");
    assertThat(JsonSupport.parseObject(rerouted.getBody().utf8()))
        .containsEntry("id", atB.get(0).id())
        .containsEntry("fulfillment_node_id", "dc-b");
  }

  @Test
  void noInventory_reroute_skipsNodesWithoutStock() {
    registerDc("dc-a");
    registerDc("dc-b");
    registerDc("dc-c");
    sim.setAvailability("dc-b", "sku-2", 0);
    route("fr-1", "dc-a");

    reject("fr-1", "no_inventory", "sku-2");

    assertThat(requestsAt("dc-b")).isEmpty();
    assertThat(requestsAt("dc-c")).hasSize(1);
  }

  @Test
  void cannotFulfill_reroutes_andNeverSendsThisOrderBackThere() {
    registerDc("dc-a");
    registerDc("dc-b");
    route("fr-1", "dc-a");

    reject("fr-1", "cannot_fulfill", "sku-2");
    String atB = requestsAt("dc-b").get(0).id();
    reject(atB, "no_inventory", "sku-2");

    assertThat(requestsAt("dc-a")).extracting(FulfillmentRequestState::id).containsExactly("fr-1");
    assertThat(sim.availability("dc-a", "sku-2")).isEmpty();
  }

  @Test
  void cancel_neverReroutes() {
    registerDc("dc-a");
    registerDc("dc-b");
    route("fr-1", "dc-a");

    assertThat(http.post(FR + "fr-1/canceled_items", "{\"product_ids\":[\"sku-2\"]}").status())
        .isEqualTo(201);

    assertThat(sim.fulfillmentRequests()).hasSize(1);
  }

  @Test
  void severalUnitsOfOneProduct_shipTakesMostExpensive_cancelAndRejectTakeCheapest() {
    registerDc("dc-a");
    sim.routeFulfillmentRequest(
        "fr-1",
        "order-1",
        "dc-a",
        List.of(
            FulfillmentUnit.of("sku-1", "5.00"),
            FulfillmentUnit.of("sku-1", "20.00"),
            FulfillmentUnit.of("sku-1", "10.00"),
            FulfillmentUnit.of("sku-1", "1.00")));

    http.post(
        FR + "fr-1/shipment",
        "{\"line_items\":[{\"product_ids\":[\"sku-1\"],\"shipment\":{\"tracking_code\":\"1Z\",\"carrier\":\"UPS\"}}]}");
    http.post(FR + "fr-1/canceled_items", "{\"product_ids\":[\"sku-1\"]}");
    reject("fr-1", "cannot_fulfill", "sku-1");

    Map<BigDecimal, UnitStatus> byPrice = new java.util.TreeMap<>();
    sim.fulfillmentRequest("fr-1")
        .orElseThrow()
        .units()
        .forEach(u -> byPrice.put(u.price().stripTrailingZeros(), u.status()));
    assertThat(byPrice)
        .containsEntry(new BigDecimal("20"), UnitStatus.SHIPPED)
        .containsEntry(new BigDecimal("1"), UnitStatus.CANCELED)
        .containsEntry(new BigDecimal("5"), UnitStatus.REJECTED)
        .containsEntry(new BigDecimal("10"), UnitStatus.OPEN);
  }

  @Test
  void ruleViolation_is400InProviderShape_andChangesNothing() {
    registerDc("dc-a");
    route("fr-1", "dc-a");
    http.post(
        FR + "fr-1/shipment",
        "{\"line_items\":[{\"product_ids\":[\"sku-2\"],\"shipment\":{\"tracking_code\":\"1Z\",\"carrier\":\"UPS\"}}]}");

    Http.Answer answer = reject("fr-1", "no_inventory", "sku-2");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json())
        .containsEntry("error_code", "already_shipped")
        .containsKey("error_description");
    assertThat(sim.fulfillmentRequests()).hasSize(1);
    assertThat(sim.availability("dc-a", "sku-2")).isEmpty();
  }

  @Test
  void requestSentThroughTheSender_isAtThatNode_andIsNeverReroutedBackToIt() throws Exception {
    registerDc("dc-a");
    var request = sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
    sim.webhooks().sendFulfillmentRequest(request, "dc-a").assertSuccess();
    take();

    reject("fr-1", "no_inventory", "sku-2");

    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().fulfillmentNodeId()).isEqualTo("dc-a");
    assertThat(sim.fulfillmentRequests()).hasSize(1);
    assertThat(sim.availability("dc-a", "sku-2")).hasValue(0);
  }

  @Test
  void requestNeverSentToANode_isNotRerouted() {
    registerDc("dc-a");
    sim.createFulfillmentRequest("fr-1", "sku-1");

    reject("fr-1", "cannot_fulfill", "sku-1");

    assertThat(sim.fulfillmentRequests()).hasSize(1);
  }
}
