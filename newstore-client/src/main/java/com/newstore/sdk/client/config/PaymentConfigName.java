package com.newstore.sdk.client.config;

import com.newstore.sdk.client.OpenEnum;
import com.newstore.sdk.client.internal.WireNames;
import java.util.Set;

/**
 * Names one payment configuration document under {@code /v1/p/config/{name}}. The constants are the
 * documents NewStore's public material lists (configs.csv); {@link #of(String)} reaches any other.
 * Immutable.
 *
 * <pre>{@code
 * client.paymentConfig().config(PaymentConfigName.ADYEN_ADAPTER).get();
 * }</pre>
 *
 * @param value the path segment, such as {@code adyen_adapter}
 */
public record PaymentConfigName(String value) implements OpenEnum {
  /** {@code payment_options}. */
  public static final PaymentConfigName PAYMENT_OPTIONS = new PaymentConfigName("payment_options");

  /** {@code payment_account}. */
  public static final PaymentConfigName PAYMENT_ACCOUNT = new PaymentConfigName("payment_account");

  /** {@code adyen_adapter}: {@code {"config": [...]}}, one entry per provider. */
  public static final PaymentConfigName ADYEN_ADAPTER = new PaymentConfigName("adyen_adapter");

  /** {@code fat_psp}. */
  public static final PaymentConfigName FAT_PSP = new PaymentConfigName("fat_psp");

  /** {@code psp_adyen}. */
  public static final PaymentConfigName PSP_ADYEN = new PaymentConfigName("psp_adyen");

  /** {@code gift_card}. */
  public static final PaymentConfigName GIFT_CARD = new PaymentConfigName("gift_card");

  /** {@code newstore_checkout}. */
  public static final PaymentConfigName NEWSTORE_CHECKOUT =
      new PaymentConfigName("newstore_checkout");

  private static final Set<PaymentConfigName> KNOWN =
      Set.of(
          PAYMENT_OPTIONS,
          PAYMENT_ACCOUNT,
          ADYEN_ADAPTER,
          FAT_PSP,
          PSP_ADYEN,
          GIFT_CARD,
          NEWSTORE_CHECKOUT);

  /**
   * Checks the value: it becomes a path segment.
   *
   * @param value see the record description
   * @throws IllegalArgumentException when it has characters other than lower-case letters, digits
   *     and underscores
   */
  public PaymentConfigName {
    WireNames.pathSegment(value, "payment configuration name");
  }

  /**
   * Returns the name, known or not.
   *
   * @param value the path segment
   * @return the name
   */
  public static PaymentConfigName of(String value) {
    return new PaymentConfigName(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
