package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.OpenEnum;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's shared {@link Moshi}: records, RFC 3339 instants, exact {@code BigDecimal} amounts,
 * {@link OpenEnum} values, and records that keep unknown members ({@link UnknownFields}).
 */
public final class Json {
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(Instant.class, new InstantAdapter().nullSafe())
          .add(java.math.BigDecimal.class, ExtrasJson.bigDecimalAdapter())
          .add(Json::openEnumAdapter)
          .add(ExtrasJson::extrasAdapter)
          .build();

  private Json() {}

  /**
   * Returns the shared, thread-safe Moshi instance.
   *
   * @return the Moshi instance
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  private static @Nullable JsonAdapter<?> openEnumAdapter(
      Type type, Set<? extends java.lang.annotation.Annotation> annotations, Moshi moshi) {
    if (!(type instanceof Class<?> raw) || !annotations.isEmpty()) {
      return null;
    }
    if (!OpenEnum.class.isAssignableFrom(raw) || !raw.isRecord()) {
      return null;
    }
    try {
      Constructor<?> constructor = raw.getDeclaredConstructor(String.class);
      constructor.trySetAccessible();
      return new OpenEnumAdapter(constructor).nullSafe();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          raw.getName() + " must be a public record with one String component", e);
    }
  }

  /** Reads and writes RFC 3339 timestamps such as {@code 2024-05-01T10:00:00.123Z}. */
  private static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        throw new JsonDataException(
            "Expected an RFC 3339 timestamp at " + reader.getPath() + " but was " + text, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
      writer.value(value == null ? null : value.toString());
    }
  }

  /** Keeps any string, known or not, in the record's single component. */
  private static final class OpenEnumAdapter extends JsonAdapter<Object> {
    private final Constructor<?> constructor;

    OpenEnumAdapter(Constructor<?> constructor) {
      this.constructor = constructor;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      String value = reader.nextString();
      try {
        return constructor.newInstance(value);
      } catch (InvocationTargetException e) {
        throw new JsonDataException("Invalid value at " + reader.getPath(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      writer.value(value == null ? null : ((OpenEnum) value).value());
    }
  }
}
