package com.newstore.sdk.fulfillment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds one entry of a status read ({@code successful_shipments}, {@code failed_shipments}, {@code
 * canceled_items}, a rejection): the product ids it covers and every other field as parsed. The
 * inner shape of these entries is unconfirmed, so the SDK reads them leniently: product ids come
 * from {@code product_id} or {@code product_ids}, or else from nested {@code items} / {@code
 * line_items} entries; everything else stays in {@link #fields()}.
 *
 * <pre>{@code
 * for (StatusEntry failed : status.failedShipments()) {
 *   log.warn("not shipped: {} ({})", failed.productIds(), failed.string("reason"));
 * }
 * }</pre>
 *
 * @param productIds the product ids the entry covers, one entry per unit; may be empty when the
 *     entry named none
 * @param fields every other field of the entry, as parsed (numbers as {@code Double})
 */
public record StatusEntry(List<String> productIds, Map<String, Object> fields) {
  /**
   * Checks and copies the components.
   *
   * @param productIds see the record description
   * @param fields see the record description
   */
  public StatusEntry {
    productIds = List.copyOf(productIds);
    fields = Map.copyOf(fields);
  }

  /**
   * Returns a field as text, such as {@code reason} or {@code item_id} (unconfirmed names).
   *
   * @param name the JSON field name
   * @return the value as text, or null when absent
   */
  public @Nullable String string(String name) {
    Object value = fields.get(Objects.requireNonNull(name, "name == null"));
    return value == null ? null : value.toString();
  }
}
