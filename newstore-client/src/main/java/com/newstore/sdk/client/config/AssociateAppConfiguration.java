package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * Holds the Associate App configuration. With an external OMS, set {@code use_new_om_ui} to true so
 * the app reads purchase history and order details from the external OMS; set {@code
 * capabilities.mixed_cart} to true for mixed-cart orders.
 *
 * <pre>{@code
 * AssociateAppConfiguration config =
 *     new AssociateAppConfiguration(true, new AssociateAppCapabilities(true));
 * }</pre>
 *
 * @param useNewOmUi {@code use_new_om_ui}; null leaves it unset
 * @param capabilities {@code capabilities}; null leaves them unset
 */
public record AssociateAppConfiguration(
    @Json(name = "use_new_om_ui") @Nullable Boolean useNewOmUi,
    @Valid @Nullable AssociateAppCapabilities capabilities) {}
