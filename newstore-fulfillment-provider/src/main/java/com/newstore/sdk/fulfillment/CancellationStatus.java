package com.newstore.sdk.fulfillment;

import java.util.List;
import java.util.Map;

/**
 * Holds the items NewStore recorded as canceled for a fulfillment request ({@code canceled_items}).
 * Each entry's {@link StatusEntry#fields()} holds {@code item_id}, {@code accepted_at} and {@code
 * received_at} when NewStore sends them.
 *
 * <pre>{@code
 * fulfillment.cancellationStatus(requestId)
 *     .ifPresent(s -> s.canceledItems().forEach(i -> log.info("canceled {}", i.productIds())));
 * }</pre>
 *
 * @param canceledItems the canceled items, one entry per unit
 * @param unknownFields every other top-level field, as parsed
 */
public record CancellationStatus(
    List<StatusEntry> canceledItems, Map<String, Object> unknownFields) {
  /**
   * Copies the components.
   *
   * @param canceledItems see the record description
   * @param unknownFields see the record description
   */
  public CancellationStatus {
    canceledItems = List.copyOf(canceledItems);
    unknownFields = Map.copyOf(unknownFields);
  }
}
