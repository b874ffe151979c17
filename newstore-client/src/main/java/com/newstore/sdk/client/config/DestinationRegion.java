package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Describes where a route delivers: countries and zip codes, {@code *} meaning all.
 *
 * <pre>{@code
 * DestinationRegion us = new DestinationRegion(List.of("US"), List.of("*"), Map.of());
 * }</pre>
 *
 * @param countries {@code countries}, ISO country codes, not empty
 * @param zipCodes {@code zip_codes}, or {@code ["*"]} for all; null leaves them unset
 * @param extras members the SDK does not model, kept for round trips
 */
public record DestinationRegion(
    @NotEmpty List<@NotBlank String> countries,
    @Json(name = "zip_codes") @Nullable List<@NotBlank String> zipCodes,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the lists.
   *
   * @param countries {@code countries}
   * @param zipCodes {@code zip_codes}
   * @param extras unknown members; null means none
   */
  public DestinationRegion {
    countries = countries == null ? List.of() : List.copyOf(countries);
    zipCodes = zipCodes == null ? null : List.copyOf(zipCodes);
    extras = JsonTree.copy(extras);
  }
}
