package com.newstore.sdk.webhooks.internal;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
   * Parses a complete JSON document from a buffer's remaining bytes ({@code JsonParser}: read in
   * place from a heap buffer's array; a read-only view's small body is copied once into the
   * thread's reused array). The bytes must be strict UTF-8: a malformed sequence is refused, never
   * replaced.
   *
   * @param body the UTF-8 bytes
   * @param limits the nesting, string and number limits
   * @return the parsed value; null for the JSON literal {@code null}
   * @throws BadInputException when the body is not one well-formed JSON value within the limits
   */
  public static @Nullable Object parse(ByteBuffer body, JsonLimits limits) {
    checkUtf8(body);
    return JsonParser.parse(body, limits);
  }

  private static void checkUtf8(ByteBuffer body) {
    if (!body.hasRemaining()) {
      throw new BadInputException(null, "The request body is empty; a JSON document is required.");
    }
    int malformed = Utf8.firstMalformed(body);
    if (malformed >= 0) {
      throw new BadInputException(
          null,
          "The body is not valid UTF-8 (malformed byte sequence at offset " + malformed + ").");
    }
  }

  /**
   * Parses as {@link #parse(ByteBuffer, JsonLimits)} does and digests the value's canonical JSON in
   * the same pass: {@code digest} equals {@code CanonicalJson.sha256(value)}, the digest of {@link
   * #write(Object, boolean) write(value, true)}, without writing the value a second time.
   *
   * @param body the UTF-8 bytes
   * @param limits the nesting, string and number limits
   * @return the value and its digest
   * @throws BadInputException when the body is not one well-formed JSON value within the limits
   */
  public static Digested parseDigested(ByteBuffer body, JsonLimits limits) {
    checkUtf8(body);
    CanonicalJson canon = CanonicalJson.claimThreadWriter();
    try {
      Object value = JsonParser.parse(body, limits, canon);
      return new Digested(value, canon.abandoned() ? CanonicalJson.sha256(value) : canon.sha256());
    } finally {
      canon.release();
    }
  }

  /**
   * A parsed document and the SHA-256 of its canonical JSON.
   *
   * @param value the value; null for the literal {@code null}
   * @param digest the 32-byte digest
   */
  public record Digested(@Nullable Object value, byte[] digest) {}

  /**
   * Parses a number literal within the limits. The length check comes first: {@code new BigDecimal}
   * is quadratic in the digits, and a huge exponent costs nothing to parse but a billion characters
   * to print.
   */
  static BigDecimal number(String text, JsonLimits limits) {
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
   * Returns {@code prefix} followed by a digest's lowercase hex digits, as one string.
   *
   * @param prefix text before the digest
   * @param digest the digest
   * @return the key
   */
  public static String sha256Key(String prefix, byte[] digest) {
    return prefix + HexFormat.of().formatHex(digest);
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
    if (map instanceof FrozenMap frozen) {
      // Made by this method, deeply immutable: the mapper's copy is reused by the public record
      // instead of being copied a second time.
      return frozen;
    }
    return FrozenMap.copyOf(map);
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
    return FrozenMap.copyOf(owned);
  }

  /**
   * Wraps a list the caller just built and never shares.
   *
   * @param owned the list, not changed afterwards
   * @return the immutable view
   */
  static List<@Nullable Object> frozenList(List<@Nullable Object> owned) {
    return new FrozenList(owned);
  }

  /**
   * A list made by this class over a private array list: deeply immutable like {@link FrozenMap}.
   */
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
  static @Nullable Object immutableValue(@Nullable Object value) {
    if (value instanceof FrozenMap || value instanceof FrozenList) {
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
