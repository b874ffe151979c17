package com.newstore.sdk.client.orders;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Copies the unknown-member maps of the order records. */
final class Extras {
  private Extras() {}

  static Map<String, Object> copy(@Nullable Map<String, Object> extras) {
    return extras == null || extras.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }
}
