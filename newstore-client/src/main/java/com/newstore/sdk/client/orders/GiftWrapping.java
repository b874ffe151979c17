package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Says that an item is gift-wrapped ({@code gift_wrapping}). NewStore takes the message and price
 * from the first item only.
 *
 * <pre>{@code
 * GiftWrapping wrap = new GiftWrapping(new BigDecimal("3.00"), List.of(), "Happy birthday!", null);
 * }</pre>
 *
 * @param itemPrice {@code item_price}, the wrapping's price; zero or more
 * @param itemTaxLines {@code item_tax_lines}, at most 100; null to leave it out
 * @param message {@code message}, at most 512 characters (the tenant may allow fewer)
 * @param taxClass {@code tax_class}, at most 256 characters
 */
public record GiftWrapping(
    @Json(name = "item_price") @PositiveOrZero @Nullable BigDecimal itemPrice,
    @Json(name = "item_tax_lines") @Size(max = 100)
        @Nullable List<@NotNull @Valid TaxLine> itemTaxLines,
    @Size(max = 512) @Nullable String message,
    @Json(name = "tax_class") @Size(max = 256) @Nullable String taxClass) {
  /**
   * Copies the tax lines.
   *
   * @param itemPrice {@code item_price}
   * @param itemTaxLines {@code item_tax_lines}
   * @param message {@code message}
   * @param taxClass {@code tax_class}
   */
  public GiftWrapping {
    itemTaxLines = itemTaxLines == null ? null : List.copyOf(itemTaxLines);
  }
}
