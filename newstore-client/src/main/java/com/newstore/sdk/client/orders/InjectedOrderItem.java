package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pairs an injected unit's external id with the id NewStore gave it.
 *
 * @param externalItemId {@code external_item_id}
 * @param id {@code id}, NewStore's item id
 * @param productId {@code product_id}
 * @param extras members the SDK does not model
 */
public record InjectedOrderItem(
    @Json(name = "external_item_id") @Nullable String externalItemId,
    @Nullable String id,
    @Json(name = "product_id") @Nullable String productId,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the extras.
   *
   * @param externalItemId {@code external_item_id}
   * @param id {@code id}
   * @param productId {@code product_id}
   * @param extras unknown members; null means none
   */
  public InjectedOrderItem {
    extras = Extras.copy(extras);
  }
}
