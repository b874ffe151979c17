package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Describes an order injected into NewStore: its external id, NewStore's id and NewStore's item
 * ids. Members the SDK does not model (an order read back carries more) are kept in {@link
 * #extras()}.
 *
 * <pre>{@code
 * InjectedOrder order = client.orders().getByExternalId("EXT-1001");
 * String newStoreId = order.id();
 * }</pre>
 *
 * @param externalId {@code external_id}
 * @param id {@code id}, NewStore's order id
 * @param items {@code items}, one entry per unit; empty when NewStore sent none
 * @param extras members the SDK does not model
 */
public record InjectedOrder(
    @Json(name = "external_id") @Nullable String externalId,
    @Nullable String id,
    List<InjectedOrderItem> items,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the items and extras.
   *
   * @param externalId {@code external_id}
   * @param id {@code id}
   * @param items {@code items}; null means none
   * @param extras unknown members; null means none
   */
  public InjectedOrder {
    items = items == null ? List.of() : List.copyOf(items);
    extras = Extras.copy(extras);
  }
}
