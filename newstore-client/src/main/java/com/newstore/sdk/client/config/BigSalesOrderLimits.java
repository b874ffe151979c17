package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Sets the hard item limit for orders injected into NewStore ({@code big_sales_order} in the order
 * injection configuration). Immutable.
 *
 * <pre>{@code
 * OrderInjectionConfig changed = config.withHardLimitForBigOrders(500);
 * }</pre>
 *
 * @param hardLimitForBigOrders the hard item limit; greater than 0; {@code null} when not set
 */
public record BigSalesOrderLimits(
    @Json(name = "hard_limit_for_big_orders") @Positive @Nullable Integer hardLimitForBigOrders) {}
