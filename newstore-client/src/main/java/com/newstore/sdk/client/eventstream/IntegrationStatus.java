package com.newstore.sdk.client.eventstream;

import com.newstore.sdk.client.OpenEnum;
import com.newstore.sdk.client.internal.WireNames;
import java.util.Set;

/**
 * Names the state of an event stream integration, as NewStore reports it ({@code status}). Unknown
 * values are kept as received.
 *
 * <pre>{@code
 * IntegrationStatus status = IntegrationStatus.RUNNING;
 * }</pre>
 *
 * @param value the wire value
 */
public record IntegrationStatus(String value) implements OpenEnum {
  /** The integration delivers events. */
  public static final IntegrationStatus RUNNING = new IntegrationStatus("running");

  /** The integration is stopped; it still counts towards the limit of 25 integrations. */
  public static final IntegrationStatus STOPPED = new IntegrationStatus("stopped");

  private static final Set<String> KNOWN = Set.of("running", "stopped");

  /**
   * Checks the value.
   *
   * @param value the wire value, not blank
   */
  public IntegrationStatus {
    WireNames.nonBlank(value, "integration status");
  }

  /**
   * Returns the status for {@code value}, known or not.
   *
   * @param value the wire value
   * @return the status
   */
  public static IntegrationStatus of(String value) {
    return new IntegrationStatus(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value);
  }
}
