package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Describes one tax applied to an item ({@code item_tax_lines} entry). {@code rate} is a ratio, not
 * a percentage: 19 % is {@code 0.19}.
 *
 * <pre>{@code
 * TaxLine vat = new TaxLine(new BigDecimal("3.19"), new BigDecimal("0.19"), "VAT");
 * }</pre>
 *
 * @param amount {@code amount}, the tax amount; zero or more
 * @param rate {@code rate}, a ratio from 0 to 1, such as {@code 0.19}
 * @param name {@code name}, such as {@code VAT}
 * @param countryCode {@code country_code}, at most 2 characters
 */
public record TaxLine(
    @NotNull @PositiveOrZero BigDecimal amount,
    @NotNull
        @PositiveOrZero
        @DecimalMax(value = "1", message = "must be a ratio from 0 to 1 (19 % is 0.19)")
        BigDecimal rate,
    @NotNull String name,
    @Json(name = "country_code") @Size(max = 2) @Nullable String countryCode) {
  /**
   * Creates a tax line without a country code.
   *
   * @param amount {@code amount}
   * @param rate {@code rate}, a ratio from 0 to 1
   * @param name {@code name}
   */
  public TaxLine(BigDecimal amount, BigDecimal rate, String name) {
    this(amount, rate, name, null);
  }
}
