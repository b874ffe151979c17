package com.newstore.sdk.client.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks every open enum ({@link com.newstore.sdk.client.OpenEnum}) runs on its wire value, so
 * that each one states only its constants. Not for users.
 */
public final class WireNames {
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9_]+");

  private WireNames() {}

  /**
   * Returns {@code value} when it is not blank.
   *
   * @param value the wire value
   * @param what the value's name in the error, such as {@code refund option}
   * @return {@code value}
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public static String nonBlank(String value, String what) {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return value;
  }

  /**
   * Returns {@code value} when it can stand as one path segment: lower-case letters, digits and
   * underscores only.
   *
   * @param value the wire value
   * @param what the value's name in the error, such as {@code routing flag}
   * @return {@code value}
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} has other characters
   */
  public static String pathSegment(String value, String what) {
    Objects.requireNonNull(value, "value == null");
    if (!SEGMENT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " must be lower-case letters, digits and underscores: " + value);
    }
    return value;
  }
}
