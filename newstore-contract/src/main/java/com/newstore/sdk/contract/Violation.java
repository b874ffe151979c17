package com.newstore.sdk.contract;

import java.util.Objects;

/**
 * One way a request or an answer breaks the contract.
 *
 * @param operationId the operation checked, or an empty string when no operation matched
 * @param member the member, parameter or header at fault, e.g. {@code shop} or {@code
 *     shipments[0].shipping_option.routing_strategy}; empty for the whole message
 * @param message what is wrong, naming the member
 */
public record Violation(String operationId, String member, String message) {

  /**
   * Checks the components.
   *
   * @param operationId the operation checked, or empty
   * @param member the member at fault, or empty
   * @param message what is wrong
   */
  public Violation {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    String where = operationId.isEmpty() ? "" : operationId + ": ";
    return where + message;
  }
}
