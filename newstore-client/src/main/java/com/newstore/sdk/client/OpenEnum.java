package com.newstore.sdk.client;

/**
 * Marks a value from a set that NewStore may extend, such as a location type or a refund option.
 * Implementations are records with one {@code String} component and constants for the known values;
 * a value NewStore sends that the SDK does not know yet is kept as it was received instead of
 * failing the parse or being replaced by a placeholder.
 *
 * <pre>{@code
 * LocationType type = LocationType.of("warehouse"); // unknown today, kept as is
 * boolean known = type.isKnown();                  // false
 * }</pre>
 */
public interface OpenEnum {

  /**
   * Returns the value as it appears in JSON.
   *
   * @return the wire value
   */
  String value();

  /**
   * Returns whether the value is one the SDK documents.
   *
   * @return true for a documented value
   */
  boolean isKnown();
}
