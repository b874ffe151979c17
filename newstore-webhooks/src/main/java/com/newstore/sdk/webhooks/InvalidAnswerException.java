package com.newstore.sdk.webhooks;

import java.util.Objects;

/**
 * Thrown while a handler builds an answer NewStore is known to reject: NewStore validates external
 * order webhook answers against its {@code SalesOrder} schema and fails the whole call ({@code 409
 * "Failed JSON schema validation"}) on one bad member. The SDK refuses such an answer where it is
 * built instead of sending it; thrown from a handler it becomes a {@code 500} with a correlation
 * id. The message names the member and never holds its value.
 */
public final class InvalidAnswerException extends IllegalArgumentException {
  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** The JSON member at fault. */
  private final String member;

  /**
   * Creates the exception.
   *
   * @param member the JSON member at fault, such as {@code items[].product_attributes.name}
   * @param message what NewStore requires of it and how to fix it, without the rejected value
   */
  public InvalidAnswerException(String member, String message) {
    super(member + ": " + message);
    this.member = Objects.requireNonNull(member, "member == null");
  }

  /**
   * Returns the JSON member at fault.
   *
   * @return the member, such as {@code payment_history[].currency}
   */
  public String member() {
    return member;
  }
}
