package com.newstore.sdk.contract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of one validation: the violations found, none when the exchange follows the contract.
 *
 * @param violations the violations, in the order found
 */
public record ContractReport(List<Violation> violations) {

  /**
   * Copies the list.
   *
   * @param violations the violations
   */
  public ContractReport {
    violations = List.copyOf(violations);
  }

  /**
   * Returns a report without violations.
   *
   * @return an empty report
   */
  public static ContractReport valid() {
    return new ContractReport(List.of());
  }

  /**
   * Tells whether nothing breaks the contract.
   *
   * @return {@code true} when there are no violations
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "ContractReport[valid]";
    }
    return violations.stream()
        .map(Violation::toString)
        .collect(Collectors.joining("\n  ", "ContractReport[" + violations.size() + "]\n  ", ""));
  }
}
