package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds a configuration value as NewStore returns it: the value and when it last changed ({@code
 * {"value": ..., "updated_at": "2021-07-13T20:18:25Z"}}). Fields NewStore adds to the envelope are
 * ignored. Immutable when {@code T} is.
 *
 * <pre>{@code
 * ConfigValue<Boolean> flag = client.availabilityConfig().usesExternalAtp();
 * if (flag.value()) { ... }
 * }</pre>
 *
 * @param value the configuration value
 * @param updatedAt when the value last changed; {@code null} when NewStore did not say (for
 *     example, a value that was never set and is reported with its default)
 * @param <T> the value type
 */
public record ConfigValue<T>(T value, @Json(name = "updated_at") @Nullable Instant updatedAt) {
  /**
   * Checks the components.
   *
   * @param value see the record description
   * @param updatedAt see the record description
   */
  public ConfigValue {
    Objects.requireNonNull(value, "value == null");
  }
}
