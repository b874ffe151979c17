package com.newstore.examples.quickstart;

import java.util.List;
import java.util.Objects;

/**
 * Holds what a quickstart run did: its exit code, every step's outcome, and the fulfillment request
 * it handled with the units it shipped (confirmed by NewStore) and rejected.
 *
 * @param exitCode 0 when every step that ran succeeded, else 1
 * @param steps every step, in order
 * @param fulfillmentRequestId the fulfillment request handled, or null when none was
 * @param shippedProductIds the units NewStore confirmed shipped, one product id per unit
 * @param rejectedProductIds the units rejected as {@code no_inventory}, one product id per unit
 */
public record QuickstartResult(
    int exitCode,
    List<Step> steps,
    String fulfillmentRequestId,
    List<String> shippedProductIds,
    List<String> rejectedProductIds) {

  /**
   * Copies the lists.
   *
   * @param exitCode see the record description
   * @param steps see the record description
   * @param fulfillmentRequestId see the record description
   * @param shippedProductIds see the record description
   * @param rejectedProductIds see the record description
   */
  public QuickstartResult {
    steps = List.copyOf(steps);
    shippedProductIds = List.copyOf(shippedProductIds);
    rejectedProductIds = List.copyOf(rejectedProductIds);
  }

  /**
   * Returns the steps with an outcome.
   *
   * @param outcome {@code OK}, {@code SKIPPED} or {@code FAILED}
   * @return the matching steps, in order
   */
  public List<Step> steps(String outcome) {
    Objects.requireNonNull(outcome, "outcome == null");
    return steps.stream().filter(s -> s.outcome().equals(outcome)).toList();
  }

  /**
   * Holds one step of the transcript.
   *
   * @param title what the step does
   * @param outcome {@code OK}, {@code SKIPPED} or {@code FAILED}
   * @param detail what it printed after the title
   */
  public record Step(String title, String outcome, String detail) {}
}
