package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.OpenEnum;
import com.newstore.sdk.client.internal.WireNames;
import java.util.Set;

/**
 * Says whether an injected order's payment was authorized or captured ({@code type}). Unknown
 * values are kept as received.
 *
 * <pre>{@code
 * PaymentType type = PaymentType.CAPTURED;
 * }</pre>
 *
 * @param value the wire value
 */
public record PaymentType(String value) implements OpenEnum {
  /** The amount was authorized. */
  public static final PaymentType AUTHORIZED = new PaymentType("authorized");

  /** The amount was captured. */
  public static final PaymentType CAPTURED = new PaymentType("captured");

  private static final Set<String> KNOWN = Set.of("authorized", "captured");

  /**
   * Checks the value.
   *
   * @param value the wire value, not blank
   */
  public PaymentType {
    WireNames.nonBlank(value, "payment type");
  }

  /**
   * Returns the payment type for {@code value}, known or not.
   *
   * @param value the wire value
   * @return the payment type
   */
  public static PaymentType of(String value) {
    return new PaymentType(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value);
  }
}
