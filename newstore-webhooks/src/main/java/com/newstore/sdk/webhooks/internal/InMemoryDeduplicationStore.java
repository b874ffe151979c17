package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.DeduplicationStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the most recent keys in an insertion-ordered map; the oldest are forgotten first. */
public final class InMemoryDeduplicationStore implements DeduplicationStore {
  private final Map<String, Boolean> keys;

  /**
   * Creates the store.
   *
   * @param maxEntries the number of keys kept, at least 1
   */
  public InMemoryDeduplicationStore(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries < 1: " + maxEntries);
    }
    this.keys =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > maxEntries;
          }
        };
  }

  @Override
  public synchronized boolean claim(String key) {
    return keys.putIfAbsent(key, Boolean.TRUE) == null;
  }

  @Override
  public synchronized void release(String key) {
    keys.remove(key);
  }

  /**
   * Returns the number of keys held.
   *
   * @return the size
   */
  public synchronized int size() {
    return keys.size();
  }

  @Override
  public String toString() {
    return "DeduplicationStore.inMemory";
  }
}
