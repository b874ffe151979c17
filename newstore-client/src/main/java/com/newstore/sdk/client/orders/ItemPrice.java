package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the price of one unit of an injected order ({@code InjectedOrderShipmentItemPrice}).
 * NewStore requires {@code item_price}, {@code item_list_price} and {@code item_tax_lines} (an
 * empty list when the unit is untaxed).
 *
 * <pre>{@code
 * ItemPrice price = ItemPrice.of(new BigDecimal("20.00"), new BigDecimal("25.00"),
 *     new TaxLine(new BigDecimal("3.19"), new BigDecimal("0.19"), "VAT"));
 * }</pre>
 *
 * @param itemPrice {@code item_price}, what the customer pays for the unit; zero or more
 * @param itemListPrice {@code item_list_price}, the price before discounts; zero or more
 * @param itemTaxLines {@code item_tax_lines}, at most 100; null becomes empty
 * @param itemDiscountInfo {@code item_discount_info}, at most one; null to leave it out
 * @param itemOrderDiscountInfo {@code item_order_discount_info}, at most one; null to leave it out
 * @param pricebook {@code pricebook}, at most 64 characters; null for NewStore's {@code default}
 * @param groupRef {@code group_ref}, at most 64 characters
 */
public record ItemPrice(
    @Json(name = "item_price") @NotNull @PositiveOrZero BigDecimal itemPrice,
    @Json(name = "item_list_price") @NotNull @PositiveOrZero BigDecimal itemListPrice,
    @Json(name = "item_tax_lines") @Size(max = 100) List<@NotNull @Valid TaxLine> itemTaxLines,
    @Json(name = "item_discount_info") @Size(max = 1)
        @Nullable List<@NotNull @Valid DiscountInfo> itemDiscountInfo,
    @Json(name = "item_order_discount_info") @Size(max = 1)
        @Nullable List<@NotNull @Valid DiscountInfo> itemOrderDiscountInfo,
    @Size(max = 64) @Nullable String pricebook,
    @Json(name = "group_ref") @Size(max = 64) @Nullable String groupRef) {
  /**
   * Copies the lists; missing tax lines become an empty list.
   *
   * @param itemPrice {@code item_price}
   * @param itemListPrice {@code item_list_price}
   * @param itemTaxLines {@code item_tax_lines}
   * @param itemDiscountInfo {@code item_discount_info}
   * @param itemOrderDiscountInfo {@code item_order_discount_info}
   * @param pricebook {@code pricebook}
   * @param groupRef {@code group_ref}
   */
  public ItemPrice {
    itemTaxLines = itemTaxLines == null ? List.of() : List.copyOf(itemTaxLines);
    itemDiscountInfo = itemDiscountInfo == null ? null : List.copyOf(itemDiscountInfo);
    itemOrderDiscountInfo =
        itemOrderDiscountInfo == null ? null : List.copyOf(itemOrderDiscountInfo);
  }

  /**
   * Returns a price with the given tax lines and no discounts.
   *
   * @param itemPrice what the customer pays for the unit
   * @param itemListPrice the price before discounts
   * @param taxLines the taxes; none for an untaxed unit
   * @return the price
   */
  public static ItemPrice of(BigDecimal itemPrice, BigDecimal itemListPrice, TaxLine... taxLines) {
    return new ItemPrice(
        Objects.requireNonNull(itemPrice, "itemPrice == null"),
        Objects.requireNonNull(itemListPrice, "itemListPrice == null"),
        List.of(taxLines),
        null,
        null,
        null,
        null);
  }

  /**
   * Returns a copy with one item discount ({@code item_discount_info}).
   *
   * @param discount the discount on this unit
   * @return the copy
   */
  public ItemPrice withItemDiscount(DiscountInfo discount) {
    return new ItemPrice(
        itemPrice,
        itemListPrice,
        itemTaxLines,
        List.of(Objects.requireNonNull(discount, "discount == null")),
        itemOrderDiscountInfo,
        pricebook,
        groupRef);
  }

  /**
   * Returns a copy with this unit's share of an order discount ({@code item_order_discount_info}).
   *
   * @param discount the order discount share
   * @return the copy
   */
  public ItemPrice withOrderDiscount(DiscountInfo discount) {
    return new ItemPrice(
        itemPrice,
        itemListPrice,
        itemTaxLines,
        itemDiscountInfo,
        List.of(Objects.requireNonNull(discount, "discount == null")),
        pricebook,
        groupRef);
  }
}
