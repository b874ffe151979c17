package com.newstore.sdk.client.eventstream;

import com.newstore.sdk.client.OpenEnum;
import com.newstore.sdk.client.internal.WireNames;
import java.util.Set;

/**
 * Names the kind of an event stream integration ({@code integration_type}). Unknown values are kept
 * as received.
 *
 * <pre>{@code
 * IntegrationType type = IntegrationType.PERMANENT;
 * }</pre>
 *
 * @param value the wire value
 */
public record IntegrationType(String value) implements OpenEnum {
  /** A permanent integration, delivering until stopped or deleted. */
  public static final IntegrationType PERMANENT = new IntegrationType("permanent");

  /**
   * A temporary integration: it replays the events between {@code starts_at} and {@code ends_at}
   * (required), then stops itself.
   */
  public static final IntegrationType TEMPORARY = new IntegrationType("temporary");

  private static final Set<String> KNOWN = Set.of("permanent", "temporary");

  /**
   * Checks the value.
   *
   * @param value the wire value, not blank
   */
  public IntegrationType {
    WireNames.nonBlank(value, "integration type");
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
    return KNOWN.contains(value);
  }
}
