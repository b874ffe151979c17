package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Holds the price of one unit of an injected order. The discount members have no public schema and
 * are sent as given (maps, lists, strings, numbers, booleans).
 *
 * <pre>{@code
 * ItemPrice price = new ItemPrice(new BigDecimal("20.00"), new BigDecimal("25.00"),
 *     List.of(new TaxLine(new BigDecimal("3.80"), new BigDecimal("0.19"), "VAT")), null, null);
 * }</pre>
 *
 * @param itemPrice {@code item_price}, what the customer pays for the unit; zero or more
 * @param itemListPrice {@code item_list_price}, zero or more
 * @param itemTaxLines {@code item_tax_lines}
 * @param itemDiscountInfo {@code item_discount_info} as raw JSON
 * @param itemOrderDiscountInfo {@code item_order_discount_info} as raw JSON
 */
public record ItemPrice(
    @Json(name = "item_price") @NotNull @PositiveOrZero BigDecimal itemPrice,
    @Json(name = "item_list_price") @PositiveOrZero @Nullable BigDecimal itemListPrice,
    @Json(name = "item_tax_lines") @Nullable List<@NotNull @Valid TaxLine> itemTaxLines,
    @Json(name = "item_discount_info") @Nullable Object itemDiscountInfo,
    @Json(name = "item_order_discount_info") @Nullable Object itemOrderDiscountInfo) {
  /**
   * Copies the tax lines.
   *
   * @param itemPrice {@code item_price}
   * @param itemListPrice {@code item_list_price}
   * @param itemTaxLines {@code item_tax_lines}
   * @param itemDiscountInfo {@code item_discount_info}
   * @param itemOrderDiscountInfo {@code item_order_discount_info}
   */
  public ItemPrice {
    itemTaxLines = itemTaxLines == null ? null : List.copyOf(itemTaxLines);
  }

  /**
   * Returns a price with no list price, taxes or discounts.
   *
   * @param itemPrice what the customer pays for the unit
   * @return the price
   */
  public static ItemPrice of(BigDecimal itemPrice) {
    return new ItemPrice(itemPrice, null, null, null, null);
  }
}
