package com.newstore.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookContractTest {

  private static final NewStoreContract WEBHOOKS = NewStoreContract.webhooks();
  private static final Map<String, List<String>> JSON =
      Map.of("Content-Type", List.of("application/json"));

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> members(ContractReport report) {
    return report.violations().stream().map(Violation::member).toList();
  }

  @Test
  void everyWebhookKindHasOneOperation() {
    assertThat(WEBHOOKS.operations())
        .extracting(ContractOperation::sdkId)
        .containsExactlyInAnyOrder(
            "AVAILABILITY", "PURCHASE_HISTORY", "ORDER_DETAILS", "FULFILLMENT_REQUEST", "EVENT");
    assertThat(WEBHOOKS.operationFor("GET", "/orders/EXT-1"))
        .map(ContractOperation::confidence)
        .contains(Confidence.INFERRED);
  }

  @Test
  void theExternalOrderWebhookAcceptsARawKeyOrABearerToken() {
    HttpExchangeRequest raw =
        HttpExchangeRequest.of("GET", "/oms/orders?consumer_email=a%40example.com")
            .withHeader("Authorization", "raw-key");
    HttpExchangeRequest bearer =
        HttpExchangeRequest.of("GET", "/oms/orders?consumer_token=tok")
            .withHeader("Authorization", "Bearer raw-key");
    HttpExchangeRequest none = HttpExchangeRequest.of("GET", "/oms/orders?consumer_token=tok");

    assertThat(WEBHOOKS.validateRequest("purchaseHistory", raw).violations()).isEmpty();
    assertThat(WEBHOOKS.validateRequest("purchaseHistory", bearer).violations()).isEmpty();
    assertThat(members(WEBHOOKS.validateRequest("purchaseHistory", none)))
        .containsExactly("Authorization");
  }

  @Test
  void anEventWithoutNameFailsAndAnUnknownNamePasses() {
    HttpExchangeRequest unknown =
        HttpExchangeRequest.of("POST", "/events")
            .withJsonBody(
                "{\"tenant\":\"acme\",\"name\":\"order.something_new\",\"payload\":{\"id\":\"1\"}}");
    HttpExchangeRequest nameless =
        HttpExchangeRequest.of("POST", "/events")
            .withHeader("Authorization", "Bearer key")
            .withJsonBody("{\"tenant\":\"acme\",\"payload\":{}}");

    assertThat(WEBHOOKS.validateRequest("eventDelivery", unknown).violations()).isEmpty();
    assertThat(members(WEBHOOKS.validateRequest("eventDelivery", nameless)))
        .containsExactly("name");
  }

  @Test
  void paymentInformationIsAString() {
    String detail =
        "{\"id\":\"EXT-1\",\"origin\":\"external\",\"origin_id\":\"EXT-1\","
            + "\"placed_at\":\"2026-11-30T10:15:00Z\",\"status\":\"open\",\"currency\":\"EUR\","
            + "\"channel_type\":\"web\",\"fulfillment_type\":\"traditional\",\"items\":[],"
            + "\"totals\":{\"total\":10},"
            + "\"payment_history\":[{\"amount\":10,\"category\":\"payment\",\"currency\":\"EUR\","
            + "\"method\":\"credit_card\",\"payment_information\":%s}]}";

    assertThat(
            WEBHOOKS
                .validateResponse(
                    "orderDetails", 200, JSON, bytes(detail.formatted("\"VISA 4242\"")))
                .violations())
        .isEmpty();
    assertThat(
            members(
                WEBHOOKS.validateResponse(
                    "orderDetails", 200, JSON, bytes(detail.formatted("{\"card\":\"VISA\"}")))))
        .containsExactly("payment_history[0].payment_information");
  }

  @Test
  void purchaseHistoryHoldsAtMost100Orders() {
    ObjectNode answer = Fixtures.load("purchase-history.json");
    var orders = answer.withArray("orders");
    for (int i = 0; i < 100; i++) {
      orders.add(orders.get(0).deepCopy());
    }

    assertThat(
            members(
                WEBHOOKS.validateResponse(
                    "purchaseHistory", 200, JSON, bytes(Fixtures.text(answer)))))
        .containsExactly("orders");
  }

  @Test
  void anAtpAnswerNeedsAvailabilities() {
    assertThat(
            WEBHOOKS
                .validateResponse(
                    "availabilityRequest",
                    200,
                    JSON,
                    bytes(
                        "{\"availabilities\":[{\"product_id\":\"sku-1\","
                            + "\"fulfillment_location\":\"store-berlin\",\"atp\":3}]}"))
                .violations())
        .isEmpty();
    assertThat(
            members(
                WEBHOOKS.validateResponse("availabilityRequest", 200, JSON, bytes("{\"atp\":3}"))))
        .containsExactly("availabilities");
  }

  @Test
  void anUnknownOperationIdIsAProgrammingError() {
    assertThatThrownBy(
            () -> WEBHOOKS.validateRequest("nope", HttpExchangeRequest.of("GET", "/orders")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
