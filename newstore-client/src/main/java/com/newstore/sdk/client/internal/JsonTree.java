package com.newstore.sdk.client.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON into immutable maps and lists, keeping every member, its order and numbers' exact text
 * (as {@link BigDecimal}, so {@code 30} is written back as {@code 30}, not {@code 30.0}), and edits
 * such trees by JSON pointer (RFC 6901). The one helper behind the SDK's "keep what is not
 * modelled" rule. Not for users.
 */
public final class JsonTree {
  private JsonTree() {}

  /**
   * Parses a JSON text.
   *
   * @param json the text
   * @return the tree: a map, list, string, {@link BigDecimal}, boolean, or null
   * @throws JsonDataException when the text is not JSON
   */
  public static @Nullable Object parse(String json) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      reader.setLenient(false);
      Object tree = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("Trailing data after the JSON document");
      }
      return tree;
    } catch (IOException e) {
      throw new JsonDataException(e.getMessage(), e);
    }
  }

  /**
   * Reads one JSON value.
   *
   * @param reader positioned at the value
   * @return the value as a tree
   * @throws IOException when the JSON is malformed
   */
  public static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          map.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return Collections.unmodifiableMap(map);
      }
      case BEGIN_ARRAY -> {
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return Collections.unmodifiableList(list);
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        return new BigDecimal(reader.nextString());
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default ->
          throw new JsonDataException("Unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /**
   * Returns whether a tree holds nothing: null, an empty object or an empty array.
   *
   * @param tree the tree
   * @return true for a value that means "never set"
   */
  public static boolean isEmpty(@Nullable Object tree) {
    return tree == null
        || (tree instanceof Map<?, ?> m && m.isEmpty())
        || (tree instanceof List<?> l && l.isEmpty());
  }

  /**
   * Returns the value at a JSON pointer.
   *
   * @param document an object tree
   * @param pointer such as {@code /capabilities/mixed_cart}
   * @return the value, or empty when a member on the way is missing or null
   */
  public static Optional<Object> at(Map<String, ?> document, String pointer) {
    Object node = document;
    for (String token : tokens(pointer)) {
      if (!(node instanceof Map<?, ?> map)) {
        return Optional.empty();
      }
      node = map.get(token);
    }
    return Optional.ofNullable(node);
  }

  /**
   * Returns the boolean at a JSON pointer.
   *
   * @param document an object tree
   * @param pointer such as {@code /capabilities/mixed_cart}
   * @return the flag, or empty when the member is missing, null or not a boolean
   */
  public static Optional<Boolean> flag(Map<String, ?> document, String pointer) {
    return at(document, pointer).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  /**
   * Returns a copy of {@code document} with the value at {@code pointer} replaced, creating the
   * objects on the way; every other member is kept.
   *
   * @param document an object tree
   * @param pointer such as {@code /capabilities/mixed_cart}; not the root
   * @param value the new value; null removes the member
   * @return the changed copy, unmodifiable
   * @throws IllegalArgumentException when a member on the way is not an object
   */
  public static Map<String, Object> with(
      Map<String, ?> document, String pointer, @Nullable Object value) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("pointer must name a member, not the root");
    }
    return with(document, tokens, 0, value, pointer);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(
      Map<String, ?> node, List<String> tokens, int index, @Nullable Object value, String pointer) {
    Map<String, Object> copy = new LinkedHashMap<>(node);
    String token = tokens.get(index);
    if (index == tokens.size() - 1) {
      if (value == null) {
        copy.remove(token);
      } else {
        copy.put(token, value);
      }
    } else {
      Object child = copy.get(token);
      if (child != null && !(child instanceof Map<?, ?>)) {
        throw new IllegalArgumentException(
            pointer + ": member '" + token + "' is not an object in this document");
      }
      Map<String, ?> childMap = child == null ? Map.of() : (Map<String, ?>) child;
      copy.put(token, with(childMap, tokens, index + 1, value, pointer));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Checks and splits a JSON pointer.
   *
   * @param pointer {@code ""} or a pointer starting with {@code /}
   * @return its unescaped reference tokens
   * @throws IllegalArgumentException when the pointer does not start with {@code /}
   */
  public static List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("JSON pointer must start with '/': " + pointer);
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  /**
   * Returns an unmodifiable, order-keeping copy of a member map; null means none.
   *
   * @param map the map
   * @return the copy
   */
  public static Map<String, Object> copy(@Nullable Map<String, ?> map) {
    // LinkedHashMap keeps the server's member order; Map.copyOf would reject null values.
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
