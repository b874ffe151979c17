package com.newstore.sdk.webhooks.internal;

import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON into plain, deeply immutable values (maps in document order, lists, String,
 * BigDecimal, Boolean, null) within {@link JsonLimits}, and writes such values back. Numbers stay
 * exact as {@link BigDecimal}. The parsed maps and lists are the ones the public records hold: a
 * record's {@link #immutableCopy} of them copies nothing.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * Parses a complete JSON document with the default limits and a nesting limit.
   *
   * @param body the UTF-8 bytes
   * @param maxDepth the deepest nesting of objects and arrays accepted
   * @return the parsed value; null for the JSON literal {@code null}
   * @throws BadInputException when the body is not one well-formed JSON value within the limits
   */
  public static @Nullable Object parse(byte[] body, int maxDepth) {
    return parse(ByteBuffer.wrap(body), JsonLimits.withDepth(maxDepth));
  }

  /**
   * Parses a complete JSON document from a buffer's remaining bytes, without copying them to an
   * array first. The bytes must be strict UTF-8: a malformed sequence is refused, never replaced.
   *
   * @param body the UTF-8 bytes
   * @param limits the nesting, string and number limits
   * @return the parsed value; null for the JSON literal {@code null}
   * @throws BadInputException when the body is not one well-formed JSON value within the limits
   */
  public static @Nullable Object parse(ByteBuffer body, JsonLimits limits) {
    if (!body.hasRemaining()) {
      throw new BadInputException(null, "The request body is empty; a JSON document is required.");
    }
    int malformed = Utf8.firstMalformed(body);
    if (malformed >= 0) {
      throw new BadInputException(
          null,
          "The body is not valid UTF-8 (malformed byte sequence at offset " + malformed + ").");
    }
    Buffer source = new Buffer();
    try (JsonReader reader = JsonReader.of(source)) {
      source.write(body); // an in-memory copy into pooled segments; never fails
      Object value = read(reader, 0, limits);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new BadInputException(null, "The body has data after the JSON document.");
      }
      return value;
    } catch (JsonEncodingException | java.io.EOFException e) {
      throw new BadInputException(null, "The body is not well-formed JSON.");
    } catch (com.squareup.moshi.JsonDataException e) {
      throw new BadInputException(null, "The body is not well-formed JSON.");
    } catch (IOException e) {
      throw new BadInputException(null, "The body could not be read as JSON.");
    }
  }

  private static @Nullable Object read(JsonReader reader, int depth, JsonLimits limits)
      throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        checkDepth(depth, limits.maxDepth());
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = checkString(reader.nextName(), limits);
          Object value = read(reader, depth + 1, limits);
          if (map.containsKey(name)) {
            throw new BadInputException(null, "The body repeats a field name in one object.");
          }
          map.put(name, value);
        }
        reader.endObject();
        return new Frozen(Collections.unmodifiableMap(map)); // never handed out mutable
      }
      case BEGIN_ARRAY -> {
        checkDepth(depth, limits.maxDepth());
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader, depth + 1, limits));
        }
        reader.endArray();
        return new FrozenList(list);
      }
      case STRING -> {
        return checkString(reader.nextString(), limits);
      }
      case NUMBER -> {
        return number(reader.nextString(), limits);
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new BadInputException(null, "The body is not well-formed JSON.");
    }
  }

  private static String checkString(String s, JsonLimits limits) {
    if (s.length() > limits.maxStringChars()) {
      throw new BadInputException(
          null, "The body holds a string longer than " + limits.maxStringChars() + " characters.");
    }
    return s;
  }

  /**
   * Parses a number literal within the limits. The length check comes first: {@code new BigDecimal}
   * is quadratic in the digits, and a huge exponent costs nothing to parse but a billion characters
   * to print.
   */
  private static BigDecimal number(String text, JsonLimits limits) {
    if (text.length() > limits.maxNumberChars()) {
      throw new BadInputException(
          null, "The body holds a number longer than " + limits.maxNumberChars() + " characters.");
    }
    BigDecimal n;
    try {
      n = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new BadInputException(null, "The body holds a number that is out of range.");
    }
    if (Math.abs((long) n.scale()) > limits.maxNumberScale()) {
      throw new BadInputException(
          null,
          "The body holds a number whose exponent exceeds "
              + limits.maxNumberScale()
              + " in magnitude.");
    }
    return n;
  }

  private static void checkDepth(int depth, int maxDepth) {
    if (depth >= maxDepth) {
      throw new BadInputException(
          null, "The body nests objects or arrays deeper than " + maxDepth + " levels.");
    }
  }

  /**
   * Writes a plain value (maps, lists, strings, numbers, booleans, instants, null) as UTF-8 JSON.
   *
   * @param value the value
   * @param sortKeys whether to write object keys in sorted order (a canonical form)
   * @return the JSON bytes
   */
  public static byte[] write(@Nullable Object value, boolean sortKeys) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writeValue(writer, value, sortKeys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /**
   * Returns the lowercase hex SHA-256 of a value's canonical (sorted-key) JSON, the same digest as
   * hashing {@code write(value, true)}, but written by {@link CanonicalJson} into one array and
   * hashed with the thread's {@code MessageDigest}.
   *
   * @param value the value
   * @return 64 lowercase hex digits
   */
  public static String canonicalSha256Hex(@Nullable Object value) {
    CanonicalJson json = CanonicalJson.of(value);
    return HexFormat.of().formatHex(ApiKeyCheck.sha256(json.bytes(), json.size()));
  }

  /**
   * Writes a plain value as a UTF-8 JSON string.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String writeString(@Nullable Object value) {
    return new String(write(value, false), StandardCharsets.UTF_8);
  }

  /**
   * Writes one JSON value (maps, iterables, strings, booleans, numbers, instants as RFC 3339,
   * anything else as its string) in map order.
   *
   * @param writer the writer
   * @param value the value
   * @throws IOException when writing fails
   */
  public static void writeValue(JsonWriter writer, @Nullable Object value) throws IOException {
    writeValue(writer, value, false);
  }

  private static void writeValue(JsonWriter writer, @Nullable Object value, boolean sortKeys)
      throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      if (sortKeys && allStringKeys(map)) {
        // A sorted key array instead of a TreeMap copy: same order, a fraction of the garbage.
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        for (String key : keys) {
          writer.name(key);
          writeValue(writer, map.get(key), true);
        }
      } else {
        Map<?, ?> entries = sortKeys ? new TreeMap<>(map) : map;
        for (Map.Entry<?, ?> e : entries.entrySet()) {
          writer.name(String.valueOf(e.getKey()));
          writeValue(writer, e.getValue(), sortKeys);
        }
      }
      writer.endObject();
    } else if (value instanceof Iterable<?> list) {
      writer.beginArray();
      for (Object item : list) {
        writeValue(writer, item, sortKeys);
      }
      writer.endArray();
    } else if (value instanceof String s) {
      writer.value(s);
    } else if (value instanceof Boolean b) {
      writer.value(b.booleanValue());
    } else if (value instanceof Number n) {
      writer.value(n);
    } else if (value instanceof Instant instant) {
      writer.value(instant.toString());
    } else {
      writer.value(value.toString());
    }
  }

  private static boolean allStringKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns an unmodifiable copy of a map that keeps insertion order and null values, copying
   * nested maps and lists the same way.
   *
   * @param map the map
   * @return the copy
   */
  public static Map<String, @Nullable Object> immutableCopy(Map<String, ?> map) {
    if (map.isEmpty()) {
      return Map.of();
    }
    if (map instanceof Frozen frozen) {
      // Made by this method, deeply immutable: the mapper's copy is reused by the public record
      // instead of being copied a second time.
      return frozen;
    }
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, immutableValue(v)));
    return new Frozen(Collections.unmodifiableMap(copy));
  }

  /**
   * A map only {@link #immutableCopy} makes: an unmodifiable view over a private copy whose nested
   * maps and lists are immutable too, so copying it again would change nothing. Users cannot make
   * one, so a map they can still change through a backing map is always copied.
   */
  private static final class Frozen extends AbstractMap<String, @Nullable Object> {
    private final Map<String, @Nullable Object> map;

    Frozen(Map<String, @Nullable Object> map) {
      this.map = map;
    }

    @Override
    public Set<Map.Entry<String, @Nullable Object>> entrySet() {
      return map.entrySet();
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return map.containsKey(key);
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
      return map.get(key);
    }
  }

  /**
   * Makes a map the caller just built and never shares deeply immutable, without copying it.
   *
   * @param owned a fresh map only the caller holds; it must not be changed afterwards
   * @return the immutable map
   */
  public static Map<String, @Nullable Object> freezeOwned(Map<String, @Nullable Object> owned) {
    if (owned.isEmpty()) {
      return Map.of();
    }
    owned.replaceAll((k, v) -> immutableValue(v));
    return new Frozen(Collections.unmodifiableMap(owned));
  }

  /** A list made by this class over a private array list: deeply immutable like {@link Frozen}. */
  private static final class FrozenList extends java.util.AbstractList<@Nullable Object>
      implements java.util.RandomAccess {
    private final List<@Nullable Object> list;

    FrozenList(List<@Nullable Object> list) {
      this.list = list;
    }

    @Override
    public @Nullable Object get(int index) {
      return list.get(index);
    }

    @Override
    public int size() {
      return list.size();
    }
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object immutableValue(@Nullable Object value) {
    if (value instanceof Frozen || value instanceof FrozenList) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      return immutableCopy((Map<String, ?>) map);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        copy.add(immutableValue(item));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
