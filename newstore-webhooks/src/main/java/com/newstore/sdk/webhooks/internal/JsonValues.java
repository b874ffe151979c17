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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

  /**
   * Member names NewStore's events and webhooks use: matched on their raw bytes by Moshi, so the
   * usual name costs no decoding and no new string. A name written differently (with an escape,
   * say) is read normally and gives the same string.
   */
  private static final String[] KNOWN = {
    "tenant",
    "name",
    "published_at",
    "payload",
    "id",
    "external_id",
    "status",
    "channel_type",
    "currency",
    "placed_at",
    "created_at",
    "order_id",
    "amount",
    "items",
    "product_id",
    "external_identifier",
    "fulfillment_node_id",
    "shipping_address",
    "billing_address",
    "first_name",
    "last_name",
    "city",
    "country_code",
    "zip_code",
    "state",
    "phone",
    "carrier",
    "service_level",
    "shipped_at",
    "shipping_options",
    "shipping_service_level",
    "is_historical",
    "fulfillment_locations",
    "products"
  };

  private static final JsonReader.Options KNOWN_NAMES = JsonReader.Options.of(KNOWN);

  private static @Nullable Object read(JsonReader reader, int depth, JsonLimits limits)
      throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        checkDepth(depth, limits.maxDepth());
        String[] names = new String[8];
        @Nullable Object[] values = new Object[8];
        int count = 0;
        java.util.HashMap<String, Integer> index = null; // only past FrozenMap.LINEAR members
        reader.beginObject();
        while (reader.hasNext()) {
          int known = reader.selectName(KNOWN_NAMES);
          String name = known >= 0 ? KNOWN[known] : checkString(reader.nextName(), limits);
          Object value = read(reader, depth + 1, limits);
          if (index == null
              ? FrozenMap.indexOf(names, count, name) >= 0
              : index.putIfAbsent(name, count) != null) {
            throw new BadInputException(null, "The body repeats a field name in one object.");
          }
          if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
            values = Arrays.copyOf(values, count * 2);
          }
          names[count] = name;
          values[count++] = value;
          if (index == null && count > FrozenMap.LINEAR) {
            index = FrozenMap.index(names, count);
          }
        }
        reader.endObject();
        // Never handed out mutable: the arrays stay private to the map.
        return count == 0 ? Map.of() : new FrozenMap(names, values, count, index);
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
    return canonicalSha256Key("", value);
  }

  /**
   * Returns {@code prefix} followed by {@link #canonicalSha256Hex}, built as one string: the
   * canonical bytes go to the thread's reused writer, the hex digits straight into the key.
   *
   * @param prefix text before the digest, such as {@code event:order.created:}
   * @param value the value
   * @return the prefix and 64 lowercase hex digits
   */
  public static String canonicalSha256Key(String prefix, @Nullable Object value) {
    byte[] digest = CanonicalJson.sha256(value);
    StringBuilder key = new StringBuilder(prefix.length() + 2 * digest.length).append(prefix);
    for (byte b : digest) {
      key.append(HEX_DIGITS[(b >> 4) & 0xf]).append(HEX_DIGITS[b & 0xf]);
    }
    return key.toString();
  }

  private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

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
