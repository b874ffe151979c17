package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the payload of {@code order.opened}, which integrations use to create the sales order in
 * their own system (a public NetSuite integration reads these members). NewStore publishes no
 * schema for it, so only {@code id} is relied on; the rest may be absent and every member is also
 * in {@link StreamEvent#payload()}.
 *
 * @param id the NewStore order id
 * @param externalId {@code external_id}, the order id shown to customers, if sent
 * @param isHistorical {@code is_historical}: true for an order imported after the fact, if sent
 * @param channelType {@code channel_type}, such as {@code store} or {@code web}, if sent
 * @param items {@code items}, empty when absent
 * @param unknownFields every other payload member, kept as parsed
 */
public record OrderOpenedPayload(
    String id,
    @Nullable String externalId,
    @Nullable Boolean isHistorical,
    @Nullable String channelType,
    List<Item> items,
    Map<String, @Nullable Object> unknownFields) {
  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param externalId see the record description
   * @param isHistorical see the record description
   * @param channelType see the record description
   * @param items see the record description
   * @param unknownFields see the record description
   */
  public OrderOpenedPayload {
    Objects.requireNonNull(id, "id == null");
    items = List.copyOf(items);
    unknownFields = JsonValues.immutableCopy(unknownFields);
  }

  /**
   * Holds one item of an opened order.
   *
   * @param id {@code id}, if sent
   * @param productId {@code product_id}, if sent
   * @param shippingServiceLevel {@code shipping_service_level}, such as {@code IN_STORE_HANDOVER},
   *     if sent
   * @param unknownFields every other member of the item, kept as parsed
   */
  public record Item(
      @Nullable String id,
      @Nullable String productId,
      @Nullable String shippingServiceLevel,
      Map<String, @Nullable Object> unknownFields) {
    /**
     * Copies the components.
     *
     * @param id see the record description
     * @param productId see the record description
     * @param shippingServiceLevel see the record description
     * @param unknownFields see the record description
     */
    public Item {
      unknownFields = JsonValues.immutableCopy(unknownFields);
    }
  }
}
