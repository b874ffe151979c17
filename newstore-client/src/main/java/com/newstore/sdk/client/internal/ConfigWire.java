package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.ExternalIdentifier;
import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Wire shapes of the configuration APIs that differ from the public value records (seconds instead
 * of durations, fields that may be missing); the services convert them. Not for users.
 */
public final class ConfigWire {
  private ConfigWire() {}

  /**
   * The request envelope {@code {"value": ...}}.
   *
   * @param value the value to send
   * @param <T> the value type
   */
  public record ValueBody<T>(T value) {}

  /**
   * The External OMS Config API v0 body {@code {"enabled": true}}; {@code updated_at} is read when
   * NewStore sends it.
   *
   * @param enabled whether an external OMS is used
   * @param updatedAt when the value changed, if NewStore says
   */
  public record ExternalOmsV0(
      boolean enabled, @Json(name = "updated_at") @Nullable Instant updatedAt) {}

  /**
   * The grace period answer {@code {"schema": {...}, "value": 20, "updated_at": ...}}.
   *
   * @param schema the value's JSON schema, if sent
   * @param value the grace period in seconds
   * @param updatedAt when the value changed, if NewStore says
   */
  public record GracePeriod(
      @Nullable Map<String, @Nullable Object> schema,
      long value,
      @Json(name = "updated_at") @Nullable Instant updatedAt) {}

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
   * The availability webhook configuration, read flat or wrapped in {@code value} (NewStore's shape
   * is unconfirmed).
   *
   * @param url the https URL
   * @param apiKey the api key
   * @param externalIdentifier the product identifier
   * @param timeout the timeout in seconds
   * @param value the same fields, when NewStore wraps them
   * @param updatedAt when the value changed, if NewStore says
   */
  public record AvailabilityWebhook(
      @Nullable String url,
      @Json(name = "api_key") @Nullable String apiKey,
      @Json(name = "external_identifier") @Nullable ExternalIdentifier externalIdentifier,
      @Nullable Integer timeout,
      @Nullable AvailabilityWebhook value,
      @Json(name = "updated_at") @Nullable Instant updatedAt) {}
}
