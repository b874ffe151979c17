package com.newstore.sdk.webhooks.internal;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A map only {@link JsonValues} makes: insertion-ordered members in private arrays whose nested
 * maps and lists are immutable too, so copying it again would change nothing. Users cannot make
 * one, so a map they can still change through a backing map is always copied. Small objects (the
 * usual event or payload) are looked up by a scan of a few names, without hashing or per-member
 * nodes; a larger one keeps a name-to-position index.
 */
final class FrozenMap extends AbstractMap<String, @Nullable Object> {
  /** Up to this many members a scan beats hashing. */
  static final int LINEAR = 8;

  private final String[] names;
  private final @Nullable Object[] values;
  private final int size;
  private final java.util.@Nullable HashMap<String, Integer> index;

  FrozenMap(
      String[] names,
      @Nullable Object[] values,
      int size,
      java.util.@Nullable HashMap<String, Integer> index) {
    this.names = names;
    this.values = values;
    this.size = size;
    this.index = index;
  }

  static FrozenMap copyOf(Map<String, ?> map) {
    int n = map.size();
    String[] names = new String[n];
    @Nullable Object[] values = new Object[n];
    int i = 0;
    boolean nullName = false;
    for (Map.Entry<String, ?> e : map.entrySet()) {
      nullName |= e.getKey() == null;
      names[i] = e.getKey();
      values[i++] = JsonValues.immutableValue(e.getValue());
    }
    // A scan compares names with equals, so a (user's) null key is found through the index.
    return new FrozenMap(names, values, i, i > LINEAR || nullName ? index(names, i) : null);
  }

  static int indexOf(String[] names, int count, Object name) {
    for (int i = 0; i < count; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  static java.util.HashMap<String, Integer> index(String[] names, int count) {
    java.util.HashMap<String, Integer> index = new java.util.HashMap<>(count * 4);
    for (int i = 0; i < count; i++) {
      index.put(names[i], i);
    }
    return index;
  }

  private int find(@Nullable Object key) {
    if (index != null) {
      Integer at = index.get(key);
      return at == null ? -1 : at;
    }
    return key == null ? -1 : indexOf(names, size, key);
  }

  /** The member names in document order; the first {@link #size()} slots are used. */
  String[] memberNames() {
    return names;
  }

  /** The member values in document order; the first {@link #size()} slots are used. */
  @Nullable Object[] memberValues() {
    return values;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return find(key) >= 0;
  }

  @Override
  public @Nullable Object get(@Nullable Object key) {
    int at = find(key);
    return at < 0 ? null : values[at];
  }

  @Override
  public void forEach(
      java.util.function.BiConsumer<? super String, ? super @Nullable Object> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], values[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, @Nullable Object>> entrySet() {
    return new java.util.AbstractSet<>() {
      @Override
      public java.util.Iterator<Map.Entry<String, @Nullable Object>> iterator() {
        return new java.util.Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, @Nullable Object> next() {
            if (next >= size) {
              throw new java.util.NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
