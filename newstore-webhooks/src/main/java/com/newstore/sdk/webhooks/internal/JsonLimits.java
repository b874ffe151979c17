package com.newstore.sdk.webhooks.internal;

/**
 * Bounds what one JSON body may cost to parse, so a small authenticated body cannot take seconds of
 * CPU or the heap: {@code 1e999999999} is 11 bytes but a billion digits as plain text.
 *
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringChars the longest string or member name, in UTF-16 chars
 * @param maxNumberChars the longest number literal
 * @param maxNumberScale the largest magnitude of a number's decimal exponent (its scale)
 */
public record JsonLimits(int maxDepth, int maxStringChars, int maxNumberChars, int maxNumberScale) {
  /** The longest string: 64 Ki chars; NewStore's longest documented string is 8192. */
  public static final int DEFAULT_MAX_STRING_CHARS = 64 * 1024;

  /** The longest number literal: 64 chars, more than any price, quantity or numeric id. */
  public static final int DEFAULT_MAX_NUMBER_CHARS = 64;

  /** The largest decimal exponent magnitude: 64, so a number's plain text stays short. */
  public static final int DEFAULT_MAX_NUMBER_SCALE = 64;

  /**
   * Returns the default limits with a nesting limit.
   *
   * @param maxDepth the deepest nesting
   * @return the limits
   */
  public static JsonLimits withDepth(int maxDepth) {
    return new JsonLimits(
        maxDepth, DEFAULT_MAX_STRING_CHARS, DEFAULT_MAX_NUMBER_CHARS, DEFAULT_MAX_NUMBER_SCALE);
  }
}
