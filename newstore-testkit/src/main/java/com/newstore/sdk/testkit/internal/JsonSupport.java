package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.client.internal.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Parses and writes untyped JSON (maps, lists, strings, numbers, booleans) for the simulator. */
public final class JsonSupport {
  private static final JsonAdapter<Object> ANY =
      Json.moshi().adapter(Object.class).serializeNulls();
  private static final JsonAdapter<Map<String, Object>> MAP =
      Json.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private JsonSupport() {}

  /**
   * Parses JSON text; integral numbers become {@link Long}.
   *
   * @param bytes UTF-8 JSON
   * @return the value, or null for an empty body or JSON {@code null}
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static @Nullable Object parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    try {
      return normalize(ANY.lenient().fromJson(text));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("The body is not valid JSON", e);
    }
  }

  /**
   * Parses a JSON object.
   *
   * @param text JSON text
   * @return the object
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text.getBytes(StandardCharsets.UTF_8));
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("The body is not a JSON object");
    }
    return asMap(value);
  }

  /**
   * Writes a value as JSON.
   *
   * @param value maps, lists, strings, numbers, booleans or null
   * @return the JSON text
   */
  public static String write(@Nullable Object value) {
    return ANY.toJson(value);
  }

  /**
   * Writes a map as JSON.
   *
   * @param value the map
   * @return the JSON text
   */
  public static String writeMap(Map<String, Object> value) {
    return MAP.toJson(value);
  }

  /**
   * Casts a parsed JSON object.
   *
   * @param value a value from {@link #parse(byte[])}
   * @return the same value as a map
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  /**
   * Converts integral doubles to longs and copies maps and lists into mutable, ordered copies.
   *
   * @param value a parsed value
   * @return the normalised value
   */
  public static @Nullable Object normalize(@Nullable Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), normalize(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(normalize(v)));
      return copy;
    }
    return value;
  }
}
