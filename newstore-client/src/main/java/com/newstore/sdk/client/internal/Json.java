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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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

  /**
   * Parses an RFC 3339 timestamp, as {@code OffsetDateTime.parse(text).toInstant()} does. The
   * common form {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} is read by hand, without the formatter's
   * per-call parse state; every other form goes to the formatter.
   *
   * @param text the timestamp
   * @return the instant
   * @throws DateTimeParseException when the text is not an ISO offset date-time
   */
  public static Instant instant(String text) {
    Instant fast = utcInstant(text);
    return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
  }

  /** Reads {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}; null for any other form or an invalid field. */
  private static @Nullable Instant utcInstant(String s) {
    int n = s.length();
    if (n < 20
        || n > 30
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    int nanos = 0;
    if (n > 20) {
      int fractionDigits = n - 21;
      if (s.charAt(19) != '.' || fractionDigits < 1) {
        return null;
      }
      nanos = digits(s, 20, n - 1);
      for (int i = fractionDigits; i < 9 && nanos >= 0; i++) {
        nanos *= 10;
      }
    }
    if ((year | month | day | hour | minute | second | nanos) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The decimal value of {@code s[from, to)}, or -1 when a character is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
        return instant(text);
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
