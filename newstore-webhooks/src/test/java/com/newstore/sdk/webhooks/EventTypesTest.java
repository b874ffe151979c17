package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The typed events reach their handler method; every other name reaches the fallback. */
class EventTypesTest {
  static final String KEY = "events-key-0123456789abcdef";

  final List<Object> seen = new CopyOnWriteArrayList<>();

  final EventHandler handler =
      new EventHandler() {
        @Override
        public void onOrderOpened(StreamEvent event, OrderOpenedPayload payload) {
          seen.add(payload);
        }

        @Override
        public void onOrderCancelled(StreamEvent event, OrderEventPayload payload) {
          seen.add("cancelled:" + payload.id());
        }

        @Override
        public void onOrderItemsCancelled(StreamEvent event, OrderItemsCancelledPayload payload) {
          seen.add(payload);
        }

        @Override
        public void onFulfillmentRequestAssigned(
            StreamEvent event, FulfillmentRequestEventPayload payload) {
          seen.add("assigned:" + payload.id());
        }

        @Override
        public void onFulfillmentRequestItemsCompleted(
            StreamEvent event, FulfillmentRequestEventPayload payload) {
          seen.add(payload);
        }

        @Override
        public void onFulfillmentRequestItemsFailed(
            StreamEvent event, FulfillmentRequestEventPayload payload) {
          seen.add("failed:" + payload.id());
        }

        @Override
        public void onFulfillmentRequestItemsReadyForHandover(
            StreamEvent event, FulfillmentRequestEventPayload payload) {
          seen.add("ready:" + payload.id());
        }

        @Override
        public void onOtherEvent(StreamEvent event) {
          seen.add("other:" + event.name());
        }
      };

  final NewStoreWebhooks webhooks =
      NewStoreWebhooks.builder()
          .apiKey(KEY)
          .ignoreRecommendedEvents()
          .eventHandler(handler)
          .build();

  int send(String name, String payload) {
    return WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .path("/events")
                .apiKey(WebhookKind.EVENT, KEY)
                .jsonBody(
                    "{\"tenant\":\"t\",\"name\":\""
                        + name
                        + "\",\"published_at\":\"2024-05-01T10:00:00Z\",\"payload\":"
                        + payload
                        + "}")
                .build())
        .status();
  }

  @Test
  void orderOpened_isTyped_withUnknownMembersKept() {
    int status =
        send(
            "order.opened",
            "{\"id\":\"o-1\",\"external_id\":\"EXT-1\",\"is_historical\":false,"
                + "\"channel_type\":\"web\",\"new_member\":1,"
                + "\"items\":[{\"id\":\"i-1\",\"product_id\":\"p-1\","
                + "\"shipping_service_level\":\"IN_STORE_HANDOVER\",\"x\":true}]}");

    assertThat(status).isEqualTo(200);
    OrderOpenedPayload p = (OrderOpenedPayload) seen.get(0);
    assertThat(p.id()).isEqualTo("o-1");
    assertThat(p.externalId()).isEqualTo("EXT-1");
    assertThat(p.isHistorical()).isFalse();
    assertThat(p.channelType()).isEqualTo("web");
    assertThat(p.items().get(0).shippingServiceLevel()).isEqualTo("IN_STORE_HANDOVER");
    assertThat(p.items().get(0).unknownFields()).containsEntry("x", true);
    assertThat(p.unknownFields()).containsKey("new_member");
  }

  @Test
  void cancellations_alwaysReachTheHandler_evenWithTheRecommendedIgnores() {
    assertThat(send("order.cancelled", "{\"id\":\"o-2\"}")).isEqualTo(200);
    assertThat(
            send(
                "order.items_cancelled",
                "{\"id\":\"o-2\",\"items\":[{\"id\":\"i-1\",\"product_id\":\"p-1\"}]}"))
        .isEqualTo(200);
    assertThat(send("order_cancelled", "{\"id\":\"o-2\"}")).isEqualTo(200);

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isEqualTo("cancelled:o-2");
    OrderItemsCancelledPayload items = (OrderItemsCancelledPayload) seen.get(1);
    assertThat(items.items())
        .extracting(OrderItemsCancelledPayload.Item::productId)
        .containsExactly("p-1");
  }

  @Test
  void fulfillmentRequestEvents_areTyped() {
    String payload =
        "{\"id\":\"fr-1\",\"order_id\":\"o-1\",\"service_level\":\"IN_STORE_HANDOVER\","
            + "\"fulfillment_node_id\":\"store-1\","
            + "\"items\":[{\"id\":\"u-1\",\"product_id\":\"p-1\",\"shipped_at\":\"2024-05-02T08:00:00Z\"}]}";

    send("fulfillment_request.assigned", payload);
    send("fulfillment_request.items_completed", payload);
    send("fulfillment_request.items_failed", payload);
    send("fulfillment_request.items_ready_for_handover", payload);

    assertThat(seen).hasSize(4).contains("assigned:fr-1", "failed:fr-1", "ready:fr-1");
    FulfillmentRequestEventPayload completed = (FulfillmentRequestEventPayload) seen.get(1);
    assertThat(completed.orderId()).isEqualTo("o-1");
    assertThat(completed.serviceLevel()).isEqualTo("IN_STORE_HANDOVER");
    assertThat(completed.fulfillmentNodeId()).isEqualTo("store-1");
    assertThat(completed.items().get(0).shippedAt())
        .isEqualTo(Instant.parse("2024-05-02T08:00:00Z"));
  }

  @Test
  void unknownNames_reachTheFallback_andABadTypedPayloadIs400() {
    assertThat(send("return.processed", "{\"id\":\"r-1\"}")).isEqualTo(200);
    assertThat(send("order.opened", "{\"external_id\":\"no id\"}")).isEqualTo(400);

    assertThat(seen).containsExactly("other:return.processed");
  }
}
