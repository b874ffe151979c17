package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Holds the capabilities of the Associate App configuration.
 *
 * @param mixedCart {@code mixed_cart}: whether carts may mix cash-and-carry and endless-aisle
 *     items; null leaves it unset
 */
public record AssociateAppCapabilities(@Json(name = "mixed_cart") @Nullable Boolean mixedCart) {}
