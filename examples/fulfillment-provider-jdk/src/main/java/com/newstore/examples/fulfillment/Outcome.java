package com.newstore.examples.fulfillment;

import java.util.List;

/**
 * Says what the provider did with one fulfillment request.
 *
 * @param requestId the fulfillment request id
 * @param shipped the units shipped, one product id per unit: confirmed by NewStore (in memory), or
 *     recorded in the outbox, which delivers and confirms them (on PostgreSQL)
 * @param rejected the units rejected as {@code no_inventory}, one product id per unit (recorded in
 *     the outbox, on PostgreSQL)
 * @param failure why handling failed, or null
 */
public record Outcome(
    String requestId, List<String> shipped, List<String> rejected, String failure) {

  /**
   * Copies the lists.
   *
   * @param requestId see the record description
   * @param shipped see the record description
   * @param rejected see the record description
   * @param failure see the record description
   */
  public Outcome {
    shipped = List.copyOf(shipped);
    rejected = List.copyOf(rejected);
  }
}
