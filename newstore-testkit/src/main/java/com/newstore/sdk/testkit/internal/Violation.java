package com.newstore.sdk.testkit.internal;

import java.util.Objects;

/**
 * One way a request breaks NewStore's documented request schema.
 *
 * @param member the offending member as a path, such as {@code shipments[0].items[0].product_id},
 *     or {@code ""} for the whole body
 * @param message what is wrong, without the member's value (it may be secret)
 */
public record Violation(String member, String message) {
  /**
   * Checks the components.
   *
   * @param member see the record description
   * @param message see the record description
   */
  public Violation {
    Objects.requireNonNull(member, "member == null");
    Objects.requireNonNull(message, "message == null");
  }

  /**
   * Returns the text put in error bodies: the member, then the message.
   *
   * @return the text
   */
  public String describe() {
    return member.isEmpty() ? message : member + ": " + message;
  }
}
