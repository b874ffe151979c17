package com.newstore.sdk.testkit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds one configuration value stored in the simulator, for assertions: what a test reads back
 * with {@link NewStoreSimulator#config(String)}. Not the client's {@code
 * com.newstore.sdk.client.config.ConfigValue}, the envelope the SDK returns.
 *
 * @param path the configuration path, relative to the base URL
 * @param value the value as parsed JSON (maps, lists, strings, longs, doubles, booleans)
 * @param updatedAt when it was last written
 * @param version 1 after the first write, plus one per write
 * @param updatedBy the API client id that wrote it
 */
public record StoredConfig(
    String path, @Nullable Object value, Instant updatedAt, long version, String updatedBy) {
  /**
   * Checks the components.
   *
   * @param path see the record description
   * @param value see the record description
   * @param updatedAt see the record description
   * @param version see the record description
   * @param updatedBy see the record description
   */
  public StoredConfig {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    Objects.requireNonNull(updatedBy, "updatedBy == null");
  }

  @Override
  public String toString() {
    // The value may hold api keys: never print it.
    return "StoredConfig[path="
        + path
        + ", value=<hidden>, updatedAt="
        + updatedAt
        + ", version="
        + version
        + ", updatedBy="
        + updatedBy
        + "]";
  }
}
