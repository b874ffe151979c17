package com.newstore.sdk.webhooks.internal;

import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The parse {@link JsonParser} replaced, kept as the reference it is compared with: Moshi's strict
 * {@code JsonReader} with the same limits and checks, in the same order, into plain maps and lists.
 */
final class MoshiJsonReference {
  private MoshiJsonReference() {}

  static @Nullable Object parse(byte[] body, JsonLimits limits) {
    if (body.length == 0) {
      throw new BadInputException(null, "The request body is empty; a JSON document is required.");
    }
    int malformed = Utf8.firstMalformed(ByteBuffer.wrap(body));
    if (malformed >= 0) {
      throw new BadInputException(
          null,
          "The body is not valid UTF-8 (malformed byte sequence at offset " + malformed + ").");
    }
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
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
        checkDepth(depth, limits);
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
        return map;
      }
      case BEGIN_ARRAY -> {
        checkDepth(depth, limits);
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader, depth + 1, limits));
        }
        reader.endArray();
        return list;
      }
      case STRING -> {
        return checkString(reader.nextString(), limits);
      }
      case NUMBER -> {
        BigDecimal n = JsonValues.number(reader.nextString(), limits);
        return n;
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

  private static void checkDepth(int depth, JsonLimits limits) {
    if (depth >= limits.maxDepth()) {
      throw new BadInputException(
          null, "The body nests objects or arrays deeper than " + limits.maxDepth() + " levels.");
    }
  }
}
