package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.config.ConfigValue;
import com.newstore.sdk.client.internal.Json;
import com.newstore.sdk.client.internal.JsonTree;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Converts one configuration between its public value and NewStore's JSON: either the sales
 * order/routing envelope {@code {"value": ..., "updated_at": ...}} or a bare document. A value that
 * is absent, null, {@code {}} or {@code []} reads as "not set", never as a decoding error. Not for
 * users.
 *
 * @param <T> the public value type
 */
public abstract class ConfigCodec<T> {
  /**
   * Decodes an answer.
   *
   * @param json the answer's text
   * @return the value, or empty when nothing is set
   * @throws NewStoreDecodingException when the JSON does not have the documented shape
   */
  public abstract Optional<ConfigValue<T>> decode(String json);

  /**
   * Encodes a value as a request body.
   *
   * @param value the value
   * @return the JSON text
   */
  public abstract String encode(T value);

  /**
   * Returns a codec that converts this codec's values.
   *
   * @param toPublic converts a decoded value
   * @param toWire converts a value to send
   * @param <P> the converted type
   * @return the codec
   */
  public <P> ConfigCodec<P> map(Function<T, P> toPublic, Function<P, T> toWire) {
    ConfigCodec<T> self = this;
    return new ConfigCodec<>() {
      @Override
      public Optional<ConfigValue<P>> decode(String json) {
        Optional<ConfigValue<T>> wire = self.decode(json);
        return wire.map(v -> new ConfigValue<>(toPublic.apply(v.value()), v.updatedAt()));
      }

      @Override
      public String encode(P value) {
        return self.encode(toWire.apply(value));
      }
    };
  }

  /**
   * Returns the codec of an enveloped value whose wire form is {@code W}.
   *
   * @param wireType the type of {@code value} on the wire
   * @param toPublic converts the wire value
   * @param toWire converts the public value
   * @param <W> the wire type
   * @param <T> the public type
   * @return the codec
   */
  public static <W, T> ConfigCodec<T> envelope(
      Type wireType, Function<W, T> toPublic, Function<T, W> toWire) {
    JsonAdapter<W> adapter = Json.moshi().adapter(wireType);
    return new ConfigCodec<>() {
      @Override
      public Optional<ConfigValue<T>> decode(String json) {
        return decoding(
            () -> {
              // One pass over the text: the typed adapter reads "value" from its exact digits,
              // every other member is skipped without being built.
              JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
              reader.setLenient(false);
              if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
                throw new JsonDataException("expected a JSON object with a 'value' member");
              }
              W wire = null;
              Instant updatedAt = null;
              reader.beginObject();
              while (reader.hasNext()) {
                switch (reader.selectName(ENVELOPE_NAMES)) {
                  case 0 -> wire = isEmptyValue(reader) ? null : adapter.fromJson(reader);
                  case 1 -> updatedAt = instant(reader);
                  default -> {
                    reader.skipName();
                    reader.skipValue();
                  }
                }
              }
              reader.endObject();
              if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
                throw new JsonDataException("Trailing data after the JSON document");
              }
              return wire == null
                  ? Optional.empty()
                  : Optional.of(new ConfigValue<>(toPublic.apply(wire), updatedAt));
            });
      }

      @Override
      public String encode(T value) {
        return "{\"value\":" + adapter.toJson(toWire.apply(value)) + "}";
      }
    };
  }

  /**
   * Returns the codec of an enveloped value whose wire form is the public type.
   *
   * @param type the value type
   * @param <T> the value type
   * @return the codec
   */
  public static <T> ConfigCodec<T> envelope(Type type) {
    return envelope(type, Function.<T>identity(), Function.<T>identity());
  }

  /**
   * Returns the codec of a bare document read and written with Moshi.
   *
   * @param type the document type
   * @param <T> the document type
   * @return the codec
   */
  public static <T> ConfigCodec<T> bare(Type type) {
    JsonAdapter<T> adapter = Json.moshi().adapter(type);
    return new ConfigCodec<>() {
      @Override
      public Optional<ConfigValue<T>> decode(String json) {
        return decoding(
            () ->
                JsonTree.isEmpty(JsonTree.parse(json))
                    ? Optional.empty()
                    : Optional.of(new ConfigValue<>(adapter.fromJson(json), null)));
      }

      @Override
      public String encode(T value) {
        return adapter.toJson(value);
      }
    };
  }

  /**
   * Returns the codec of a bare document kept as a JSON tree, so that every member survives.
   *
   * @param fromTree wraps the tree
   * @param toTree unwraps it
   * @param <T> the document type
   * @return the codec
   */
  public static <T> ConfigCodec<T> tree(
      Function<Map<String, Object>, T> fromTree, Function<T, Map<String, Object>> toTree) {
    JsonAdapter<Object> adapter = Json.moshi().adapter(Object.class);
    return new ConfigCodec<>() {
      @Override
      @SuppressWarnings("unchecked")
      public Optional<ConfigValue<T>> decode(String json) {
        return decoding(
            () -> {
              Object tree = JsonTree.parse(json);
              if (JsonTree.isEmpty(tree)) {
                return Optional.empty();
              }
              if (!(tree instanceof Map<?, ?> map)) {
                throw new JsonDataException("expected a JSON object");
              }
              return Optional.of(
                  new ConfigValue<>(fromTree.apply((Map<String, Object>) map), null));
            });
      }

      @Override
      public String encode(T value) {
        return adapter.toJson(toTree.apply(value));
      }
    };
  }

  private static final JsonReader.Options ENVELOPE_NAMES =
      JsonReader.Options.of("value", "updated_at");

  /**
   * Returns whether the value at the reader means "never set" (null, {@code {}} or {@code []});
   * consumes it only then.
   */
  private static boolean isEmptyValue(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case NULL -> {
        reader.nextNull();
        return true;
      }
      case BEGIN_OBJECT -> {
        JsonReader ahead = reader.peekJson();
        ahead.beginObject();
        if (ahead.hasNext()) {
          return false;
        }
        reader.skipValue();
        return true;
      }
      case BEGIN_ARRAY -> {
        JsonReader ahead = reader.peekJson();
        ahead.beginArray();
        if (ahead.hasNext()) {
          return false;
        }
        reader.skipValue();
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Reads {@code updated_at}: anything but an RFC 3339 text reads as unknown, never as an error.
   */
  private static @Nullable Instant instant(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.STRING) {
      reader.skipValue();
      return null;
    }
    String text = reader.nextString();
    if (text.isBlank()) {
      return null;
    }
    try {
      return Json.instant(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A decoding step that may fail on malformed JSON. */
  interface Decoding<R> {
    R run() throws IOException;
  }

  static <R> R decoding(Decoding<R> step) {
    try {
      return step.run();
    } catch (IOException | JsonDataException | IllegalArgumentException | NullPointerException e) {
      throw new NewStoreDecodingException(
          "NewStore answered with a body that is not the documented JSON: " + e.getMessage(), e);
    }
  }
}
