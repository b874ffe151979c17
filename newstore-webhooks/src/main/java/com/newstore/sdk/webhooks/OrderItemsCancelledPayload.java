package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the payload of {@code order.items_cancelled}: some items of an order were cancelled (the
 * whole order is {@code order.cancelled}). NewStore publishes no schema for it, so only {@code id}
 * is relied on; every member is also in {@link StreamEvent#payload()}. Several of these events can
 * arrive for one order.
 *
 * @param id the NewStore order id
 * @param items {@code items}, the cancelled items, empty when absent
 * @param unknownFields every other payload member, kept as parsed
 */
public record OrderItemsCancelledPayload(
    String id, List<Item> items, Map<String, @Nullable Object> unknownFields) {
  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param items see the record description
   * @param unknownFields see the record description
   */
  public OrderItemsCancelledPayload {
    Objects.requireNonNull(id, "id == null");
    items = List.copyOf(items);
    unknownFields = JsonValues.immutableCopy(unknownFields);
  }

  /**
   * Holds one cancelled item.
   *
   * @param id {@code id}, if sent
   * @param productId {@code product_id}, if sent
   * @param unknownFields every other member of the item, kept as parsed
   */
  public record Item(
      @Nullable String id,
      @Nullable String productId,
      Map<String, @Nullable Object> unknownFields) {
    /**
     * Copies the components.
     *
     * @param id see the record description
     * @param productId see the record description
     * @param unknownFields see the record description
     */
    public Item {
      unknownFields = JsonValues.immutableCopy(unknownFields);
    }
  }
}
