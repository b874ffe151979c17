package com.newstore.sdk.client.config;

import com.newstore.sdk.client.OpenEnum;
import com.newstore.sdk.client.internal.WireNames;

/**
 * Names how NewStore routes orders. {@link #EXTERNAL} means an external OMS decides: orders
 * injected for store fulfillment skip NewStore's ATP checks. Unknown values are kept as received.
 *
 * <pre>{@code
 * RoutingStrategy strategy = RoutingStrategy.EXTERNAL;
 * }</pre>
 *
 * @param value the wire value
 */
public record RoutingStrategy(String value) implements OpenEnum {
  /** An external OMS routes the orders. */
  public static final RoutingStrategy EXTERNAL = new RoutingStrategy("external");

  /**
   * Checks the value.
   *
   * @param value the wire value, not blank
   */
  public RoutingStrategy {
    WireNames.nonBlank(value, "routing strategy");
  }

  /**
   * Returns the strategy for {@code value}, known or not.
   *
   * @param value the wire value
   * @return the strategy
   */
  public static RoutingStrategy of(String value) {
    return new RoutingStrategy(value);
  }

  @Override
  public boolean isKnown() {
    return EXTERNAL.value.equals(value);
  }
}
