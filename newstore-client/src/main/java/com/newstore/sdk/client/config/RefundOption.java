package com.newstore.sdk.client.config;

import com.newstore.sdk.client.OpenEnum;
import com.newstore.sdk.client.internal.WireNames;
import java.util.Set;

/**
 * Names a refund option of the payment configuration. {@link #ORIGINAL} refunds orders placed in
 * the Associate App to their original payment method, {@link #EXTERNAL} does the same for orders
 * placed in the external OMS; use both to offer refunds to the original method everywhere. Unknown
 * values are kept as received.
 *
 * <pre>{@code
 * List<RefundOption> options = List.of(RefundOption.ORIGINAL, RefundOption.EXTERNAL);
 * }</pre>
 *
 * @param value the wire value
 */
public record RefundOption(String value) implements OpenEnum {
  /** Refund to a gift card. */
  public static final RefundOption GIFT_CARD = new RefundOption("gift_card");

  /** Refund to an e-gift card. */
  public static final RefundOption E_GIFT_CARD = new RefundOption("e_gift_card");

  /** Refund to a credit card. */
  public static final RefundOption CREDIT_CARD = new RefundOption("credit_card");

  /** Refund to the original payment method of an Associate App order. */
  public static final RefundOption ORIGINAL = new RefundOption("original");

  /** Refund to the original payment method of an order placed in the external OMS. */
  public static final RefundOption EXTERNAL = new RefundOption("external");

  private static final Set<String> KNOWN =
      Set.of("gift_card", "e_gift_card", "credit_card", "original", "external");

  /**
   * Checks the value.
   *
   * @param value the wire value, not blank
   */
  public RefundOption {
    WireNames.nonBlank(value, "refund option");
  }

  /**
   * Returns the option for {@code value}, known or not.
   *
   * @param value the wire value
   * @return the option
   */
  public static RefundOption of(String value) {
    return new RefundOption(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value);
  }
}
