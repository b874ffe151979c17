package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;

/**
 * The routing flag {@code cancel_on_conflict}: whether an order is cancelled when routing meets a
 * conflict, and the reasons that reverse that default. NewStore documents the reasons {@code
 * insufficient_stock}, {@code failed_fulfillment_node_mapping}, {@code
 * shipping_offer_update_error}, {@code error}, {@code not_enough_stock_to_create_allocation} and
 * {@code limit_of_shipments_exceeded}; other strings are kept as received. Immutable.
 *
 * <pre>{@code
 * CancelOnConflictPolicy policy = new CancelOnConflictPolicy(true, List.of("insufficient_stock"));
 * }</pre>
 *
 * @param cancelByDefault {@code default}: cancel on conflict (NewStore's default is true)
 * @param reasonsToOverwriteDefault {@code reasons_to_overwrite_default}, at least one
 */
public record CancelOnConflictPolicy(
    @Json(name = "default") boolean cancelByDefault,
    @Json(name = "reasons_to_overwrite_default") List<String> reasonsToOverwriteDefault) {
  /**
   * Copies the reasons.
   *
   * @param cancelByDefault see the record description
   * @param reasonsToOverwriteDefault see the record description
   */
  public CancelOnConflictPolicy {
    reasonsToOverwriteDefault =
        reasonsToOverwriteDefault == null ? List.of() : List.copyOf(reasonsToOverwriteDefault);
    reasonsToOverwriteDefault.forEach(r -> Objects.requireNonNull(r, "reason == null"));
  }
}
