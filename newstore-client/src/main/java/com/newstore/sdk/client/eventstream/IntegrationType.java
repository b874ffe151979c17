package com.newstore.sdk.client.eventstream;

import com.newstore.sdk.client.OpenEnum;
import java.util.Objects;

/**
 * Names the kind of an event stream integration; NewStore documents {@link #PERMANENT}. Unknown
 * values are kept as received.
 *
 * <pre>{@code
 * IntegrationType type = IntegrationType.PERMANENT;
 * }</pre>
 *
 * @param value the wire value
 */
public record IntegrationType(String value) implements OpenEnum {
  /** A permanent integration, delivering until stopped. */
  public static final IntegrationType PERMANENT = new IntegrationType("permanent");

  /**
   * Checks the value.
   *
   * @param value the wire value, not blank
   */
  public IntegrationType {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("integration type is blank");
    }
  }

  /**
   * Returns the type for {@code value}, known or not.
   *
   * @param value the wire value
   * @return the type
   */
  public static IntegrationType of(String value) {
    return new IntegrationType(value);
  }

  @Override
  public boolean isKnown() {
    return PERMANENT.value.equals(value);
  }
}
