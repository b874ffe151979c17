package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.ExternalIdentifier;
import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Wire shapes of the configuration APIs that differ from the public value records (seconds instead
 * of durations, fields that may be missing); the services convert them. Not for users.
 */
public final class ConfigWire {
  private ConfigWire() {}

  /**
   * The external order webhook value {@code {"url", "api_key", "timeout"}}.
   *
   * @param url the base URL
   * @param apiKey the api key
   * @param timeout the timeout in seconds; NewStore's default when absent
   */
  public record ExternalOrderWebhook(
      @Nullable String url,
      @Json(name = "api_key") @Nullable String apiKey,
      @Nullable Integer timeout) {}

  /**
   * The availability webhook configuration, flat both ways (confirmed for the GET: no {@code value}
   * wrapper).
   *
   * @param url the https URL
   * @param apiKey the api key
   * @param externalIdentifier the product identifier
   * @param timeout the timeout in seconds
   */
  public record AvailabilityWebhook(
      @Nullable String url,
      @Json(name = "api_key") @Nullable String apiKey,
      @Json(name = "external_identifier") @Nullable ExternalIdentifier externalIdentifier,
      @Nullable Integer timeout) {}
}
