package com.newstore.sdk.client.orders;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Describes one tax applied to an item ({@code item_tax_lines} entry).
 *
 * <pre>{@code
 * TaxLine vat = new TaxLine(new BigDecimal("3.80"), new BigDecimal("0.19"), "VAT");
 * }</pre>
 *
 * @param amount {@code amount}, the tax amount
 * @param rate {@code rate}, such as {@code 0.19}; zero or more
 * @param name {@code name}, such as {@code VAT}
 */
public record TaxLine(
    @NotNull BigDecimal amount, @PositiveOrZero @Nullable BigDecimal rate, @Nullable String name) {}
