package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Holds the stored configuration of one DC and when it last changed. Its {@link #toString()}
 * redacts the api key.
 *
 * @param value the configuration
 * @param updatedAt {@code updated_at}, or null when NewStore did not send it
 */
public record DistributionCenterConfigurationResponse(
    DistributionCenterConfiguration value,
    @Json(name = "updated_at") @Nullable Instant updatedAt) {}
