package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FulfillmentLifecycleTest {
  private static final String FR = "v0/d/fulfillment_requests/fr-1/";

  private final MutableClock clock = new MutableClock();
  private final NewStoreSimulator sim =
      NewStoreSimulator.builder().clock(clock).settleAfterReads(2).start();
  private final Http http = new Http(sim);

  @AfterEach
  void stop() {
    http.close();
    sim.close();
  }

  private static String ship(String... productIds) {
    return "{\"line_items\":[{\"product_ids\":"
        + json(productIds)
        + ",\"shipment\":{\"tracking_code\":\"1Z\",\"carrier\":\"UPS\"}}]}";
  }

  private static String json(String... ids) {
    return "[\"" + String.join("\",\"", ids) + "\"]";
  }

  private static void assertRefused(Http.Answer answer, int status, String code) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.json()).containsEntry("error_code", code).containsKey("error_description");
  }

  @Test
  void accept_marksRequestAccepted() {
    sim.createFulfillmentRequest("fr-1", "sku-1");

    assertThat(http.post(FR + "acknowledgement", "{}").status()).isEqualTo(200);

    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().accepted()).isTrue();
  }

  @Test
  void unknownRequest_answers404InProviderShape() {
    assertRefused(http.post(FR + "acknowledgement", "{}"), 404, "not_found");
  }

  @Test
  void shipment_settlesAfterConfiguredReads_404Before() {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");

    assertThat(http.post(FR + "shipment", ship("sku-1", "sku-2")).status()).isEqualTo(201);
    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().statusesOf("sku-1"))
        .containsExactly(UnitStatus.SHIPMENT_PENDING);

    assertRefused(http.get(FR + "shipment"), 404, "not_found");
    Http.Answer settled = http.get(FR + "shipment");

    assertThat(settled.status()).isEqualTo(200);
    List<?> ok = (List<?>) settled.json().get("successful_shipments");
    assertThat(ok).hasSize(1);
    assertThat(((Map<?, ?>) ok.get(0)).get("product_ids")).isEqualTo(List.of("sku-1", "sku-2"));
    assertThat((List<?>) settled.json().get("failed_shipments")).isEmpty();
    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().statusesOf("sku-2"))
        .containsExactly(UnitStatus.SHIPPED);
  }

  @Test
  void shipment_failingProduct_settlesIntoFailedShipments() {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
    sim.failShipmentsOf("fr-1", "sku-2");

    http.post(FR + "shipment", ship("sku-1", "sku-2"));
    http.get(FR + "shipment");
    Map<String, Object> status = http.get(FR + "shipment").json();

    List<?> failed = (List<?>) status.get("failed_shipments");
    assertThat(failed).hasSize(1);
    assertThat(((Map<?, ?>) failed.get(0)).get("product_ids")).isEqualTo(List.of("sku-2"));
    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().statusesOf("sku-2"))
        .containsExactly(UnitStatus.OPEN);
  }

  @Test
  void shipment_ofCanceledItem_isAcceptedThenFails() {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    http.post(FR + "canceled_items", "{\"product_ids\":[\"sku-1\"]}");

    assertThat(http.post(FR + "shipment", ship("sku-1")).status()).isEqualTo(201);
    http.get(FR + "shipment");
    Map<String, Object> status = http.get(FR + "shipment").json();

    assertThat((List<?>) status.get("successful_shipments")).isEmpty();
    assertThat((List<?>) status.get("failed_shipments")).hasSize(1);
  }

  @Test
  void shipment_settleDelay_waitsForClock() {
    try (NewStoreSimulator delayed =
            NewStoreSimulator.builder()
                .clock(clock)
                .settleAfterReads(1)
                .settleDelay(Duration.ofSeconds(30))
                .start();
        Http h = new Http(delayed)) {
      delayed.createFulfillmentRequest("fr-1", "sku-1");
      h.post(FR + "shipment", ship("sku-1"));

      assertThat(h.get(FR + "shipment").status()).isEqualTo(404);
      clock.advance(Duration.ofSeconds(30));

      assertThat(h.get(FR + "shipment").status()).isEqualTo(200);
    }
  }

  @Test
  void cancel_shippedItem_isRefusedAlreadyShipped() {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    http.post(FR + "shipment", ship("sku-1"));

    assertRefused(
        http.post(FR + "canceled_items", "{\"product_ids\":[\"sku-1\"]}"), 400, "already_shipped");
  }

  @Test
  void reject_shippedItem_isRefusedAlreadyShipped() {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    http.post(FR + "shipment", ship("sku-1"));
    http.get(FR + "shipment");
    http.get(FR + "shipment");

    assertRefused(
        http.post(
            FR + "reject_items",
            "{\"missing_items\":[{\"reason\":\"no_inventory\",\"product_ids\":[\"sku-1\"]}]}"),
        400,
        "already_shipped");
  }

  @Test
  void cancel_rejectedItem_isRefusedAlreadyRejected() {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    http.post(
        FR + "reject_items",
        "{\"missing_items\":[{\"reason\":\"cannot_fulfill\",\"product_ids\":[\"sku-1\"]}]}");

    assertRefused(
        http.post(FR + "canceled_items", "{\"product_ids\":[\"sku-1\"]}"), 400, "already_rejected");
  }

  @Test
  void reject_afterAccept_isAllowed_andStatusSettles() {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
    http.post(FR + "acknowledgement", "{}");

    Http.Answer rejected =
        http.post(
            FR + "reject_items",
            "{\"missing_items\":[{\"reason\":\"no_inventory\",\"product_ids\":[\"sku-2\"]}]}");

    assertThat(rejected.status()).isEqualTo(201);
    assertThat(http.get(FR + "rejection").status()).isEqualTo(404);
    Map<String, Object> status = http.get(FR + "rejection").json();
    List<?> items = (List<?>) status.get("rejected_items");
    assertThat(items).hasSize(1);
    assertThat(Http.map(items.get(0)))
        .containsEntry("product_id", "sku-2")
        .containsEntry("reason", "no_inventory")
        .containsKeys("item_id", "accepted_at", "received_at");
  }

  @Test
  void reject_unknownReason_isRefused() {
    sim.createFulfillmentRequest("fr-1", "sku-1");

    assertRefused(
        http.post(
            FR + "reject_items",
            "{\"missing_items\":[{\"reason\":\"bored\",\"product_ids\":[\"sku-1\"]}]}"),
        400,
        "bad_request");
    assertThat(
            (String)
                http.post(
                        FR + "reject_items",
                        "{\"missing_items\":[{\"reason\":\"bored\",\"product_ids\":[\"sku-1\"]}]}")
                    .json()
                    .get("error_description"))
        .contains("missing_items[0].reason");
    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().statusesOf("sku-1"))
        .containsExactly(UnitStatus.OPEN);
  }

  @Test
  void cancel_unknownProduct_isRefused() {
    sim.createFulfillmentRequest("fr-1", "sku-1");

    assertRefused(
        http.post(FR + "canceled_items", "{\"product_ids\":[\"sku-9\"]}"), 400, "unknown_product");
  }

  @Test
  void cancel_severalUnitsOfOneProduct_cancelsOnePerEntry_andStatusSettles() {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-1", "sku-1");

    assertThat(http.post(FR + "canceled_items", "{\"product_ids\":[\"sku-1\",\"sku-1\"]}").status())
        .isEqualTo(201);

    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().statusesOf("sku-1"))
        .containsExactly(UnitStatus.CANCELED, UnitStatus.CANCELED, UnitStatus.OPEN);
    assertThat(http.get(FR + "canceled_items").status()).isEqualTo(404);
    List<?> canceled = (List<?>) http.get(FR + "canceled_items").json().get("canceled_items");
    assertThat(canceled).hasSize(2);
    assertThat(Http.map(canceled.get(0))).containsKeys("product_id", "item_id", "accepted_at");
  }

  @Test
  void legacyRejection_emptyList_rejectsEveryOpenUnit() {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");

    Http.Answer answer =
        http.post(
            FR + "rejection",
            "{\"rejection_reason\":\"cannot_fulfill\",\"missing_product_ids\":[]}");

    assertThat(answer.status()).isEqualTo(201);
    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().units())
        .extracting(FulfillmentRequestState.Unit::status)
        .containsOnly(UnitStatus.REJECTED);
  }

  @Test
  void refusal_isAtomic_noUnitChanges() {
    sim.createFulfillmentRequest("fr-1", "sku-1", "sku-2");
    http.post(FR + "shipment", ship("sku-2"));

    http.post(FR + "canceled_items", "{\"product_ids\":[\"sku-1\",\"sku-2\"]}");

    assertThat(sim.fulfillmentRequest("fr-1").orElseThrow().statusesOf("sku-1"))
        .containsExactly(UnitStatus.OPEN);
  }
}
