package com.newstore.sdk.client.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Copies the unknown-member maps of the configuration records. */
final class Extras {
  private Extras() {}

  static Map<String, Object> copy(@Nullable Map<String, Object> extras) {
    // LinkedHashMap keeps the server's member order; Map.copyOf would reject null values.
    return extras == null || extras.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }
}
