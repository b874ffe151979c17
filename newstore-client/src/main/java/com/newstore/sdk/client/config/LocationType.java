package com.newstore.sdk.client.config;

import com.newstore.sdk.client.OpenEnum;
import java.util.Objects;

/**
 * Names a kind of fulfillment location, such as a store or a distribution center. NewStore may add
 * kinds: an unknown value is kept as received. Immutable.
 *
 * <pre>{@code
 * client.salesOrderConfig().cancellableLocations().set(Set.of(LocationType.STORE, LocationType.DC));
 * }</pre>
 *
 * @param value the wire value, such as {@code store}
 */
public record LocationType(String value) implements OpenEnum {
  /** A store. */
  public static final LocationType STORE = new LocationType("store");

  /** A distribution center (DC) or warehouse. */
  public static final LocationType DC = new LocationType("dc");

  /**
   * Checks the value.
   *
   * @param value see the record description
   */
  public LocationType {
    Objects.requireNonNull(value, "value == null");
  }

  /**
   * Returns the location type for a wire value, known or not.
   *
   * @param value the wire value
   * @return the location type
   */
  public static LocationType of(String value) {
    return new LocationType(value);
  }

  @Override
  public boolean isKnown() {
    return equals(STORE) || equals(DC);
  }

  @Override
  public String toString() {
    return value;
  }
}
