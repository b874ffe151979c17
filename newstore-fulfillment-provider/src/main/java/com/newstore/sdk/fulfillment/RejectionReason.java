package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.OpenEnum;
import java.util.Objects;

/**
 * Says why a fulfillment provider rejects items. NewStore documents two reasons; a value it adds
 * later can be sent with {@link #of(String)}.
 *
 * <ul>
 *   <li>{@link #NO_INVENTORY}: NewStore sets the items' ATP at this location to 0 and reroutes them
 *       to the next best location that has ATP for all items.
 *   <li>{@link #CANNOT_FULFILL}: NewStore sends no further requests for this order to this location
 *       and reroutes to the next best location of the fulfillment configuration.
 * </ul>
 *
 * <pre>{@code
 * RejectionReason reason = RejectionReason.NO_INVENTORY;
 * }</pre>
 *
 * @param value the wire value, such as {@code no_inventory}
 */
public record RejectionReason(String value) implements OpenEnum {
  /** The location has no inventory for the items. */
  public static final RejectionReason NO_INVENTORY = new RejectionReason("no_inventory");

  /** The location cannot fulfill the items for another business reason. */
  public static final RejectionReason CANNOT_FULFILL = new RejectionReason("cannot_fulfill");

  /**
   * Checks the value.
   *
   * @param value see the record description
   */
  public RejectionReason {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
  }

  /**
   * Returns the reason for a wire value.
   *
   * @param value the wire value
   * @return the reason
   */
  public static RejectionReason of(String value) {
    return new RejectionReason(value);
  }

  @Override
  public boolean isKnown() {
    return equals(NO_INVENTORY) || equals(CANNOT_FULFILL);
  }
}
