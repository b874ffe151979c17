package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds a configuration value of the versioned {@code /v1/r/config} APIs: the value, its version
 * (pass it back on a write so that a concurrent change is detected), when it changed and who
 * changed it. Immutable when {@code T} is.
 *
 * <pre>{@code
 * VersionedConfigValue<OrderInjectionConfig> current =
 *     client.orderInjectionConfig().get().orElseThrow();
 * client.orderInjectionConfig().replace(changed, current.version());
 * }</pre>
 *
 * @param value the configuration value
 * @param version the version to send with the next write; a string (NewStore's Swagger types it so,
 *     its example is {@code "1"}), never parsed by the SDK
 * @param updatedAt when the value last changed, or {@code null} when NewStore did not say
 * @param updatedBy who changed it last, or {@code null} when NewStore did not say
 * @param <T> the value type
 */
public record VersionedConfigValue<T>(
    T value,
    String version,
    @Json(name = "updated_at") @Nullable Instant updatedAt,
    @Json(name = "updated_by") @Nullable String updatedBy) {
  /**
   * Checks the components.
   *
   * @param value see the record description
   * @param version see the record description
   * @param updatedAt see the record description
   * @param updatedBy see the record description
   */
  public VersionedConfigValue {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(version, "version == null");
  }
}
