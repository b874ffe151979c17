package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Describes a discount on an item or a shipping option ({@code item_discount_info}, {@code
 * item_order_discount_info}, {@code discount_info}; NewStore's {@code InjectedOrderDiscountInfo}).
 * NewStore accepts at most one entry in each of those lists.
 *
 * <pre>{@code
 * DiscountInfo tenPercent = DiscountInfo.percentage(
 *     "SPRING-10", new BigDecimal("10"), new BigDecimal("2.00"));
 * }</pre>
 *
 * @param discountRef {@code discount_ref}, 1 to 256 characters
 * @param originalValue {@code original_value}: the amount, or the percentage (at most 100)
 * @param priceAdjustment {@code price_adjustment}, the amount taken off; zero or more
 * @param type {@code type}: {@code fixed} or {@code percentage}
 * @param couponCode {@code coupon_code}, at most 64 characters
 * @param description {@code description}, at most 1024 characters
 */
public record DiscountInfo(
    @Json(name = "discount_ref") @NotNull @Size(min = 1, max = 256) String discountRef,
    @Json(name = "original_value") @NotNull @PositiveOrZero BigDecimal originalValue,
    @Json(name = "price_adjustment") @NotNull @PositiveOrZero BigDecimal priceAdjustment,
    @NotNull String type,
    @Json(name = "coupon_code") @Size(max = 64) @Nullable String couponCode,
    @Size(max = 1024) @Nullable String description) {
  /** The wire value of a fixed-amount discount. */
  public static final String FIXED = "fixed";

  /** The wire value of a percentage discount. */
  public static final String PERCENTAGE = "percentage";

  /**
   * Returns a fixed-amount discount.
   *
   * @param discountRef the discount's reference
   * @param originalValue the discount amount
   * @param priceAdjustment the amount taken off the price
   * @return the discount
   */
  public static DiscountInfo fixed(
      String discountRef, BigDecimal originalValue, BigDecimal priceAdjustment) {
    return new DiscountInfo(discountRef, originalValue, priceAdjustment, FIXED, null, null);
  }

  /**
   * Returns a percentage discount.
   *
   * @param discountRef the discount's reference
   * @param percent the percentage, 0 to 100
   * @param priceAdjustment the amount taken off the price
   * @return the discount
   */
  public static DiscountInfo percentage(
      String discountRef, BigDecimal percent, BigDecimal priceAdjustment) {
    return new DiscountInfo(discountRef, percent, priceAdjustment, PERCENTAGE, null, null);
  }

  /**
   * Returns a copy with {@code coupon_code}.
   *
   * @param couponCode the coupon code, at most 64 characters
   * @return the copy
   */
  public DiscountInfo withCouponCode(String couponCode) {
    return new DiscountInfo(
        discountRef, originalValue, priceAdjustment, type, couponCode, description);
  }

  /**
   * Returns whether {@code type} is one NewStore documents.
   *
   * @return true for {@code fixed} and {@code percentage}
   */
  @AssertTrue(message = "type must be fixed or percentage")
  public boolean isTypeDocumented() {
    return FIXED.equals(type) || PERCENTAGE.equals(type);
  }

  /**
   * Returns whether a percentage is at most 100.
   *
   * @return false for a percentage above 100
   */
  @AssertTrue(message = "original_value of a percentage discount must be at most 100")
  public boolean isPercentageAtMostHundred() {
    return !PERCENTAGE.equals(type)
        || originalValue == null
        || originalValue.compareTo(BigDecimal.valueOf(100)) <= 0;
  }
}
