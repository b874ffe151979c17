package com.newstore.sdk.webhooks.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed fields from one parsed JSON object, naming the JSON path of any field that is missing
 * or of the wrong type, and collects the fields nobody asked for ({@link #unknown()}).
 */
public final class Fields {
  private final Map<String, @Nullable Object> map;
  private final String path;
  // The names read so far: a few per object, so a scan beats a HashSet's per-name nodes.
  private String[] consumed = new String[8];
  private int consumedCount;
  private int presentCount; // how many of them the object has

  private Fields(Map<String, @Nullable Object> map, String path) {
    this.map = map;
    this.path = path;
  }

  /**
   * Wraps a parsed value that must be a JSON object.
   *
   * @param value the parsed value
   * @param path the JSON path of the value, empty for the root
   * @return the reader
   * @throws BadInputException when the value is not an object
   */
  @SuppressWarnings("unchecked")
  public static Fields of(@Nullable Object value, String path) {
    if (!(value instanceof Map<?, ?> m)) {
      throw new BadInputException(
          path.isEmpty() ? null : path,
          path.isEmpty() ? "The body must be a JSON object." : "Must be a JSON object.");
    }
    return new Fields((Map<String, @Nullable Object>) m, path);
  }

  private String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private @Nullable Object take(String name) {
    Object value = map.get(name);
    if (isConsumed(name)) {
      return value;
    }
    if (consumedCount == consumed.length) {
      consumed = java.util.Arrays.copyOf(consumed, consumedCount * 2);
    }
    consumed[consumedCount++] = name;
    if (value != null || map.containsKey(name)) {
      presentCount++;
    }
    return value;
  }

  /**
   * Reads a required, non-blank string.
   *
   * @param name the JSON field name
   * @return the value
   */
  public String requireString(String name) {
    String value = optString(name);
    if (value == null) {
      throw new BadInputException(child(name), "Is required.");
    }
    if (value.isBlank()) {
      throw new BadInputException(child(name), "Must not be blank.");
    }
    return value;
  }

  /**
   * Reads an optional string.
   *
   * @param name the JSON field name
   * @return the value, or null when absent or null
   */
  public @Nullable String optString(String name) {
    Object value = take(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new BadInputException(child(name), "Must be a string.");
    }
    return s;
  }

  /**
   * Reads an optional scalar (string, number or boolean) as text.
   *
   * @param name the JSON field name
   * @return the text, or null when absent or null
   */
  public @Nullable String optScalarText(String name) {
    Object value = take(name);
    return scalarText(value, child(name));
  }

  private static @Nullable String scalarText(@Nullable Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal n) {
      return n.toPlainString();
    }
    if (value instanceof String || value instanceof Boolean) {
      return value.toString();
    }
    throw new BadInputException(path, "Must be a string, number or boolean.");
  }

  /**
   * Reads an optional number.
   *
   * @param name the JSON field name
   * @return the value, or null when absent or null
   */
  public @Nullable BigDecimal optNumber(String name) {
    Object value = take(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof BigDecimal n)) {
      throw new BadInputException(child(name), "Must be a number.");
    }
    return n;
  }

  /**
   * Reads an optional boolean.
   *
   * @param name the JSON field name
   * @return the value, or null when absent or null
   */
  public @Nullable Boolean optBoolean(String name) {
    Object value = take(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean b)) {
      throw new BadInputException(child(name), "Must be a boolean.");
    }
    return b;
  }

  /**
   * Reads an optional RFC 3339 timestamp.
   *
   * @param name the JSON field name
   * @return the instant, or null when absent or null
   */
  public @Nullable Instant optInstant(String name) {
    Object value = take(name);
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      try {
        return Rfc3339.parse(s);
      } catch (DateTimeParseException e) {
        // fall through to the error below
      }
    }
    throw new BadInputException(child(name), "Must be an RFC 3339 timestamp.");
  }

  /**
   * Reads a required RFC 3339 timestamp.
   *
   * @param name the JSON field name
   * @return the instant
   */
  public Instant requireInstant(String name) {
    Instant value = optInstant(name);
    if (value == null) {
      throw new BadInputException(child(name), "Is required.");
    }
    return value;
  }

  /**
   * Reads an optional nested object.
   *
   * @param name the JSON field name
   * @return a reader for it, or null when absent or null
   */
  public @Nullable Fields optObject(String name) {
    Object value = take(name);
    return value == null ? null : of(value, child(name));
  }

  /**
   * Reads an optional object as a plain map.
   *
   * @param name the JSON field name
   * @return the map, empty when absent or null
   */
  @SuppressWarnings("unchecked")
  public Map<String, @Nullable Object> optRawObject(String name) {
    Object value = take(name);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new BadInputException(child(name), "Must be a JSON object.");
    }
    return JsonValues.immutableCopy((Map<String, ?>) m);
  }

  /**
   * Reads a list whose elements are mapped one by one.
   *
   * @param name the JSON field name
   * @param required whether the field must be present
   * @param nonEmpty whether the list must have at least one element
   * @param element maps one element, given its value and JSON path
   * @param <T> the element type
   * @return the mapped list, empty when absent and not required
   */
  public <T> List<T> list(
      String name,
      boolean required,
      boolean nonEmpty,
      java.util.function.BiFunction<@Nullable Object, String, T> element) {
    Object value = take(name);
    if (value == null) {
      if (required) {
        throw new BadInputException(child(name), "Is required.");
      }
      return List.of();
    }
    if (!(value instanceof List<?> raw)) {
      throw new BadInputException(child(name), "Must be a JSON array.");
    }
    if (nonEmpty && raw.isEmpty()) {
      throw new BadInputException(child(name), "Must not be empty.");
    }
    List<T> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(element.apply(raw.get(i), child(name) + "[" + i + "]"));
    }
    return out;
  }

  /**
   * Maps a list element that must be a non-blank string.
   *
   * @param value the element
   * @param path its JSON path
   * @return the string
   */
  public static String stringElement(@Nullable Object value, String path) {
    if (!(value instanceof String s)) {
      throw new BadInputException(path, "Must be a string.");
    }
    if (s.isBlank()) {
      throw new BadInputException(path, "Must not be blank.");
    }
    return s;
  }

  /**
   * Maps a list element that must be an object, through a mapper.
   *
   * @param mapper maps the element's reader to a value
   * @param <T> the value type
   * @return an element mapper for {@link #list}
   */
  public static <T> java.util.function.BiFunction<@Nullable Object, String, T> objects(
      Function<Fields, T> mapper) {
    return (value, path) -> mapper.apply(of(value, path));
  }

  /**
   * Reads NewStore's {@code extended_attributes} list of {@code {name, value}} pairs.
   *
   * @param name the JSON field name
   * @return the attributes as name to value, in order; empty when absent
   */
  public Map<String, String> extendedAttributes(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    list(
        name,
        false,
        false,
        objects(
            f -> {
              String key = f.requireString("name");
              String value = f.optScalarText("value");
              out.put(key, value == null ? "" : value);
              return key;
            }));
    return out;
  }

  /**
   * Returns the fields not read so far, in document order, as an unmodifiable map.
   *
   * @return the unknown fields
   */
  public Map<String, @Nullable Object> unknown() {
    if (presentCount >= map.size()) {
      return Map.of(); // every member was read: the common case, without a copy
    }
    Map<String, @Nullable Object> rest = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (!isConsumed(k)) {
            rest.put(k, v);
          }
        });
    return JsonValues.freezeOwned(rest);
  }

  private boolean isConsumed(String name) {
    for (int i = 0; i < consumedCount; i++) {
      if (consumed[i].equals(name)) {
        return true;
      }
    }
    return false;
  }
}
