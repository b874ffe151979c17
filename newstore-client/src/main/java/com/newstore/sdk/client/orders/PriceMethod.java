package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.OpenEnum;
import com.newstore.sdk.client.internal.WireNames;
import java.util.Set;

/**
 * Says whether an injected order's prices include tax ({@code price_method}). Unknown values are
 * kept as received.
 *
 * <pre>{@code
 * PriceMethod method = PriceMethod.TAX_INCLUDED;
 * }</pre>
 *
 * @param value the wire value
 */
public record PriceMethod(String value) implements OpenEnum {
  /** Prices exclude tax. */
  public static final PriceMethod TAX_EXCLUDED = new PriceMethod("tax_excluded");

  /** Prices include tax. */
  public static final PriceMethod TAX_INCLUDED = new PriceMethod("tax_included");

  private static final Set<String> KNOWN = Set.of("tax_excluded", "tax_included");

  /**
   * Checks the value.
   *
   * @param value the wire value, not blank
   */
  public PriceMethod {
    WireNames.nonBlank(value, "price method");
  }

  /**
   * Returns the method for {@code value}, known or not.
   *
   * @param value the wire value
   * @return the method
   */
  public static PriceMethod of(String value) {
    return new PriceMethod(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value);
  }
}
