package com.newstore.sdk.webhooks.internal;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a webhook request body or query does not match what the SDK expects; becomes a {@code
 * 400} problem naming the field. Messages never contain the rejected value.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String field;

  /**
   * Creates the exception.
   *
   * @param field the JSON path of the offending field, such as {@code products[0].product_id}, or
   *     null when the whole body is at fault
   * @param message what is wrong, without the rejected value
   */
  public BadInputException(@Nullable String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  /**
   * Returns the JSON path of the offending field.
   *
   * @return the path, or null when the whole body is at fault
   */
  public @Nullable String field() {
    return field;
  }
}
