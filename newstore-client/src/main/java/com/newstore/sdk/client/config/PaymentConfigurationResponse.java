package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Holds the stored payment configuration and when it last changed.
 *
 * @param value the configuration
 * @param updatedAt {@code updated_at}, or null when NewStore did not send it
 */
public record PaymentConfigurationResponse(
    PaymentConfiguration value, @Json(name = "updated_at") @Nullable Instant updatedAt) {}
