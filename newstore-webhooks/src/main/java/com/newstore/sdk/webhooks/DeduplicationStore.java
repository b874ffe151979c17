package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.InMemoryDeduplicationStore;

/**
 * Remembers which deliveries were already handled, so that NewStore's retries of a fulfillment
 * request and the event stream's repeated deliveries reach the handler once. Implementations must
 * be thread-safe; a shared store (a database table with a unique key) makes deduplication work
 * across several instances of the integrator's service.
 *
 * <pre>{@code
 * NewStoreWebhooks.builder()
 *     .deduplicationStore(DeduplicationStore.inMemory(50_000))
 *     ...
 * }</pre>
 */
public interface DeduplicationStore {
  /**
   * Claims a key atomically.
   *
   * @param key the delivery key, such as {@code fulfillment_request:<id>}
   * @return true when the key was not claimed before (handle the delivery), false for a duplicate
   */
  boolean claim(String key);

  /**
   * Releases a claim after the handler failed, so that NewStore's next retry is handled.
   *
   * @param key the key passed to {@link #claim}
   */
  void release(String key);

  /**
   * Returns a thread-safe in-memory store that forgets the oldest keys beyond {@code maxEntries}.
   * It deduplicates only within one process and is lost on restart.
   *
   * @param maxEntries the number of keys kept, at least 1
   * @return the store
   * @throws IllegalArgumentException when {@code maxEntries} is less than 1
   */
  static DeduplicationStore inMemory(int maxEntries) {
    return new InMemoryDeduplicationStore(maxEntries);
  }
}
