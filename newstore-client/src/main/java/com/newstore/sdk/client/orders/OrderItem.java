package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Describes <em>one unit</em> of an injected order: two units of a product are two items, each with
 * its own {@code external_item_id}.
 *
 * <pre>{@code
 * OrderItem unit = new OrderItem("line-1-unit-1", "SKU-123", ItemPrice.of(new BigDecimal("20.00")));
 * }</pre>
 *
 * @param externalItemId {@code external_item_id}, unique within the order
 * @param productId {@code product_id}
 * @param price {@code price}
 */
public record OrderItem(
    @Json(name = "external_item_id") @NotBlank String externalItemId,
    @Json(name = "product_id") @NotBlank String productId,
    @NotNull @Valid ItemPrice price) {}
