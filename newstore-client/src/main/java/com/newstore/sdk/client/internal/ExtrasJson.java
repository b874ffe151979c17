package com.newstore.sdk.client.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Two adapters the configuration and order models need, registered in {@link
 * com.newstore.sdk.client.internal.Json#moshi()}: {@link BigDecimal} amounts written as JSON
 * numbers, and records that keep unknown members in a component marked {@link UnknownFields}.
 */
public final class ExtrasJson {
  private ExtrasJson() {}

  /**
   * Returns the SDK's shared Moshi, which includes these adapters.
   *
   * @return the Moshi instance
   */
  public static Moshi moshi() {
    return com.newstore.sdk.client.internal.Json.moshi();
  }

  /**
   * Returns the adapter for {@link BigDecimal} amounts.
   *
   * @return a null-safe adapter
   */
  static JsonAdapter<BigDecimal> bigDecimalAdapter() {
    return new BigDecimalAdapter().nullSafe();
  }

  /**
   * Returns an adapter for records with an {@link UnknownFields} component, or null for any other
   * type; a Moshi {@link JsonAdapter.Factory}.
   *
   * @param type the requested type
   * @param annotations its qualifier annotations
   * @param moshi the Moshi instance
   * @return the adapter, or null
   */
  static @Nullable JsonAdapter<?> extrasAdapter(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!(type instanceof Class<?> raw) || !raw.isRecord() || !annotations.isEmpty()) {
      return null;
    }
    RecordComponent[] components = raw.getRecordComponents();
    int extras = -1;
    for (int i = 0; i < components.length; i++) {
      if (components[i].isAnnotationPresent(UnknownFields.class)) {
        extras = i;
      }
    }
    if (extras < 0) {
      return null;
    }
    return new ExtrasRecordAdapter(raw, components, extras, moshi).nullSafe();
  }

  /** Reads known members into record components and everything else into the extras map. */
  private static final class ExtrasRecordAdapter extends JsonAdapter<Object> {
    private final RecordComponent[] components;
    private final String[] names;
    private final JsonAdapter<?>[] adapters;
    private final int extrasIndex;
    private final Constructor<?> constructor;
    private final JsonAdapter<Object> anyAdapter;

    ExtrasRecordAdapter(Class<?> raw, RecordComponent[] components, int extrasIndex, Moshi moshi) {
      this.components = components;
      this.extrasIndex = extrasIndex;
      this.names = new String[components.length];
      this.adapters = new JsonAdapter<?>[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        Json json = c.getAnnotation(Json.class);
        names[i] = json != null ? json.name() : c.getName();
        if (i != extrasIndex) {
          adapters[i] = moshi.adapter(c.getGenericType());
        }
      }
      this.anyAdapter = moshi.adapter(Object.class);
      try {
        this.constructor = raw.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(raw.getName() + " has no canonical constructor", e);
      }
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      Object[] values = new Object[components.length];
      Map<String, Object> extras = new LinkedHashMap<>();
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        int index = indexOf(name);
        if (index >= 0) {
          values[index] = adapters[index].fromJson(reader);
        } else {
          Object value = JsonTree.read(reader);
          if (value != null) {
            extras.put(name, value);
          }
        }
      }
      reader.endObject();
      values[extrasIndex] = extras;
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null && components[i].getType().isPrimitive()) {
          values[i] = components[i].getType() == boolean.class ? Boolean.FALSE : 0;
        }
      }
      try {
        return constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        throw new com.squareup.moshi.JsonDataException(
            "Invalid value at " + reader.getPath() + ": " + e.getCause().getMessage(),
            e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      for (int i = 0; i < components.length; i++) {
        if (i == extrasIndex) {
          continue;
        }
        Object component = read(components[i], value);
        if (component != null) {
          writer.name(names[i]);
          ((JsonAdapter<Object>) adapters[i]).toJson(writer, component);
        }
      }
      Map<String, Object> extras = (Map<String, Object>) read(components[extrasIndex], value);
      if (extras != null) {
        for (Map.Entry<String, Object> e : extras.entrySet()) {
          if (indexOf(e.getKey()) < 0) {
            writer.name(e.getKey());
            anyAdapter.toJson(writer, e.getValue());
          }
        }
      }
      writer.endObject();
    }

    private int indexOf(String name) {
      for (int i = 0; i < names.length; i++) {
        if (i != extrasIndex && names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    private static @Nullable Object read(RecordComponent component, Object record) {
      try {
        return component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Writes amounts as JSON numbers with their exact decimal text. */
  private static final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new com.squareup.moshi.JsonDataException(
            "Expected a number at " + reader.getPath() + " but was " + text, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable BigDecimal value) throws IOException {
      writer.value(value);
    }
  }
}
