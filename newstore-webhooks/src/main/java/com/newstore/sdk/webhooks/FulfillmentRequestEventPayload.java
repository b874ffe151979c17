package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.JsonValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the payload of the {@code fulfillment_request.*} events: {@code .assigned} (emitted when
 * NewStore sends a fulfillment request to a location), {@code .items_completed}, {@code
 * .items_failed} and {@code .items_ready_for_handover}. NewStore publishes no schema for them;
 * {@code service_level}, {@code order_id} and {@code items[].shipped_at} are what a public NetSuite
 * integration reads, and {@code fulfillment_node_id} is the location's name in NewStore's {@code
 * FulfillmentRequest}. Only {@code id} is relied on; every member is also in {@link
 * StreamEvent#payload()}.
 *
 * @param id the fulfillment request id
 * @param orderId {@code order_id}, if sent
 * @param serviceLevel {@code service_level}, such as {@code IN_STORE_HANDOVER}, if sent
 * @param fulfillmentNodeId {@code fulfillment_node_id}, the fulfilling location, if sent
 * @param items {@code items}, empty when absent
 * @param unknownFields every other payload member, kept as parsed
 */
public record FulfillmentRequestEventPayload(
    String id,
    @Nullable String orderId,
    @Nullable String serviceLevel,
    @Nullable String fulfillmentNodeId,
    List<Item> items,
    Map<String, @Nullable Object> unknownFields) {
  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param orderId see the record description
   * @param serviceLevel see the record description
   * @param fulfillmentNodeId see the record description
   * @param items see the record description
   * @param unknownFields see the record description
   */
  public FulfillmentRequestEventPayload {
    Objects.requireNonNull(id, "id == null");
    items = List.copyOf(items);
    unknownFields = JsonValues.immutableCopy(unknownFields);
  }

  /**
   * Holds one item of the fulfillment request.
   *
   * @param id {@code id}, if sent
   * @param productId {@code product_id}, if sent
   * @param shippedAt {@code shipped_at}, if sent
   * @param unknownFields every other member of the item, kept as parsed
   */
  public record Item(
      @Nullable String id,
      @Nullable String productId,
      @Nullable Instant shippedAt,
      Map<String, @Nullable Object> unknownFields) {
    /**
     * Copies the components.
     *
     * @param id see the record description
     * @param productId see the record description
     * @param shippedAt see the record description
     * @param unknownFields see the record description
     */
    public Item {
      unknownFields = JsonValues.immutableCopy(unknownFields);
    }
  }
}
