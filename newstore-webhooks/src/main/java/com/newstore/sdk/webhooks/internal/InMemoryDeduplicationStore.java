package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.DeduplicationStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the most recent keys in an insertion-ordered map; the oldest are forgotten first.
 *
 * <p>An event's key ({@code event:<name>:<64 hex digits>}) is held as its name and digest ({@link
 * DeduplicationKey}), whether it arrives as text through {@link #claim(String)} or as a digest
 * through {@link #claimEvent}: the event route skips building the 84-character string, and the map
 * hashes four bytes instead of the whole key.
 */
public final class InMemoryDeduplicationStore implements DeduplicationStore {
  private final Map<DeduplicationKey, Boolean> keys;

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
          protected boolean removeEldestEntry(Map.Entry<DeduplicationKey, Boolean> eldest) {
            return size() > maxEntries;
          }
        };
  }

  @Override
  public boolean claim(String key) {
    return claim(DeduplicationKey.of(key));
  }

  @Override
  public void release(String key) {
    release(DeduplicationKey.of(key));
  }

  /**
   * Claims the key {@code event:<name>:<hex(digest)>} without building it.
   *
   * @param name the event name
   * @param digest the 32-byte SHA-256 of the event's canonical JSON
   * @return true when the key was not claimed before
   */
  public boolean claimEvent(String name, byte[] digest) {
    return claim(DeduplicationKey.ofEvent(name, digest));
  }

  /**
   * Releases what {@link #claimEvent} claimed.
   *
   * @param name the event name
   * @param digest the 32-byte digest
   */
  public void releaseEvent(String name, byte[] digest) {
    release(DeduplicationKey.ofEvent(name, digest));
  }

  private synchronized boolean claim(DeduplicationKey key) {
    return keys.putIfAbsent(key, Boolean.TRUE) == null;
  }

  private synchronized void release(DeduplicationKey key) {
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
