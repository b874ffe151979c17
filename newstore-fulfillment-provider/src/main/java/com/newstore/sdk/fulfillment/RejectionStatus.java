package com.newstore.sdk.fulfillment;

import java.util.List;
import java.util.Map;

/**
 * Holds the items NewStore recorded as rejected for a fulfillment request. The body of the
 * rejection status read is unconfirmed: the SDK takes entries from any top-level list of objects
 * that name product ids (such as {@code missing_items} or {@code rejected_items}), and from the
 * legacy {@code missing_product_ids} list with its {@code rejection_reason}; every other field is
 * kept in {@link #unknownFields()}.
 *
 * <pre>{@code
 * fulfillment.rejectionStatus(requestId)
 *     .ifPresent(s -> s.rejectedItems().forEach(i -> log.info("rejected {}", i.productIds())));
 * }</pre>
 *
 * @param rejectedItems the rejected items
 * @param unknownFields every top-level field that did not hold rejected items, as parsed
 */
public record RejectionStatus(List<StatusEntry> rejectedItems, Map<String, Object> unknownFields) {
  /**
   * Copies the components.
   *
   * @param rejectedItems see the record description
   * @param unknownFields see the record description
   */
  public RejectionStatus {
    rejectedItems = List.copyOf(rejectedItems);
    unknownFields = Map.copyOf(unknownFields);
  }
}
