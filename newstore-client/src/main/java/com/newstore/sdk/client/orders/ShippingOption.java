package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Says how a shipment of an injected order is delivered. The service level must exist in the
 * fulfillment configuration; with {@code skip_soft_routing_on_injection} NewStore does not check it
 * at injection time and cancels the order later if it cannot be offered.
 *
 * <pre>{@code
 * ShippingOption option = new ShippingOption("Priority", BigDecimal.ZERO, BigDecimal.ZERO);
 * }</pre>
 *
 * @param serviceLevelIdentifier {@code service_level_identifier}, a service level of the
 *     fulfillment configuration
 * @param price {@code price}, zero or more
 * @param tax {@code tax}, zero or more
 */
public record ShippingOption(
    @Json(name = "service_level_identifier") @NotBlank String serviceLevelIdentifier,
    @NotNull @PositiveOrZero BigDecimal price,
    @PositiveOrZero @Nullable BigDecimal tax) {}
