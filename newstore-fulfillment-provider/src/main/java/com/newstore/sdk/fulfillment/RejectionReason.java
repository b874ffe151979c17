package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Says why a fulfillment provider rejects items: one of the two reasons NewStore documents. A value
 * NewStore adds later can be sent with {@link #undocumented(String)}, which the SDK does not check.
 * Immutable.
 *
 * <ul>
 *   <li>{@link #NO_INVENTORY}: NewStore sets the items' ATP at this location to 0 and reroutes them
 *       to the next best location that has ATP for all items.
 *   <li>{@link #CANNOT_FULFILL}: NewStore sends no further requests for this order to this location
 *       and reroutes to the next best location of the fulfillment configuration.
 * </ul>
 *
 * <pre>{@code
 * RejectionReason reason = RejectionReason.of("no_inventory"); // RejectionReason.NO_INVENTORY
 * }</pre>
 */
public final class RejectionReason {
  /** The location has no inventory for the items ({@code no_inventory}). */
  public static final RejectionReason NO_INVENTORY = new RejectionReason("no_inventory", true);

  /** The location cannot fulfill the items for another reason ({@code cannot_fulfill}). */
  public static final RejectionReason CANNOT_FULFILL = new RejectionReason("cannot_fulfill", true);

  private static final List<RejectionReason> DOCUMENTED = List.of(NO_INVENTORY, CANNOT_FULFILL);

  private final String value;
  private final boolean documented;

  private RejectionReason(String value, boolean documented) {
    this.value = value;
    this.documented = documented;
  }

  /**
   * Returns the documented reason for a wire value.
   *
   * @param value {@code no_inventory} or {@code cannot_fulfill}
   * @return the reason
   * @throws NewStoreValidationException for any other value, before anything is sent; use {@link
   *     #undocumented(String)} to send a value NewStore added after this SDK
   */
  public static RejectionReason of(@Nullable String value) {
    for (RejectionReason r : DOCUMENTED) {
      if (r.value.equals(value)) {
        return r;
      }
    }
    String problem =
        value == null
            ? "must not be null"
            : "must be no_inventory or cannot_fulfill but was '"
                + value
                + "'; for a reason NewStore added later use RejectionReason.undocumented(value)";
    throw new NewStoreValidationException(
        "rejection reason", List.of(new Violation("reason", problem)));
  }

  /**
   * Returns a reason NewStore does not document (yet), sent as given: the escape hatch for a reason
   * added after this SDK. NewStore may refuse it.
   *
   * @param value the wire value; not blank
   * @return the reason; the documented one when {@code value} is documented
   * @throws IllegalArgumentException when the value is blank
   */
  public static RejectionReason undocumented(String value) {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
    for (RejectionReason r : DOCUMENTED) {
      if (r.value.equals(value)) {
        return r;
      }
    }
    return new RejectionReason(value, false);
  }

  /**
   * Returns the wire value.
   *
   * @return such as {@code no_inventory}
   */
  public String value() {
    return value;
  }

  /**
   * Returns whether NewStore documents this reason.
   *
   * @return false only for a reason made with {@link #undocumented(String)}
   */
  public boolean isDocumented() {
    return documented;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RejectionReason r && r.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
