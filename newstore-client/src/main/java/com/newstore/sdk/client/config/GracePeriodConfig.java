package com.newstore.sdk.client.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the grace period for orders: how long an order stays on hold before it is routed. NewStore
 * sends it in seconds; the GET also returns the JSON schema of the value, kept here as raw JSON.
 * Immutable.
 *
 * <pre>{@code
 * Duration grace = client.salesOrderConfig().gracePeriod().gracePeriod();
 * }</pre>
 *
 * @param gracePeriod the grace period, whole seconds
 * @param schema the JSON schema NewStore returned with the value, as parsed JSON (objects are maps,
 *     numbers are doubles); empty when none was returned
 * @param updatedAt when the value last changed, or {@code null} when NewStore did not say
 */
public record GracePeriodConfig(
    Duration gracePeriod, Map<String, @Nullable Object> schema, @Nullable Instant updatedAt) {
  /**
   * Checks and copies the components.
   *
   * @param gracePeriod see the record description
   * @param schema see the record description
   * @param updatedAt see the record description
   */
  public GracePeriodConfig {
    Objects.requireNonNull(gracePeriod, "gracePeriod == null");
    // JSON may hold nulls, which Map.copyOf rejects.
    schema = Collections.unmodifiableMap(new LinkedHashMap<>(schema));
  }
}
