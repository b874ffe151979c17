package com.newstore.sdk.webhooks.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * One key of {@link InMemoryDeduplicationStore}: an event key {@code event:<name>:<64 hex>} as its
 * name and the digest's four longs, any other key as its text. Two keys are equal exactly when
 * their texts are, however each was made.
 */
final class DeduplicationKey {
  private static final String EVENT = "event:";
  private static final int HEX_DIGITS = 64;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  /** The event name for an event key, the whole text otherwise. */
  private final String text;

  private final boolean event;
  private final long a;
  private final long b;
  private final long c;
  private final long d;

  private DeduplicationKey(String text, boolean event, long a, long b, long c, long d) {
    this.text = text;
    this.event = event;
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  /** The key of an event, from its name and 32-byte digest. */
  static DeduplicationKey ofEvent(String name, byte[] digest) {
    if (digest.length != 32) {
      throw new IllegalArgumentException("digest of " + digest.length + " bytes, not 32");
    }
    return new DeduplicationKey(
        name,
        true,
        (long) LONGS.get(digest, 0),
        (long) LONGS.get(digest, 8),
        (long) LONGS.get(digest, 16),
        (long) LONGS.get(digest, 24));
  }

  /** The key for a text: an event key's text gives the same key as {@link #ofEvent}. */
  static DeduplicationKey of(String key) {
    Objects.requireNonNull(key, "key == null");
    int colon = key.length() - HEX_DIGITS - 1;
    if (colon < EVENT.length() || !key.startsWith(EVENT) || key.charAt(colon) != ':') {
      return new DeduplicationKey(key, false, 0, 0, 0, 0);
    }
    long[] digest = new long[4];
    for (int i = 0; i < HEX_DIGITS; i++) {
      int digit = lowerHex(key.charAt(colon + 1 + i));
      if (digit < 0) {
        return new DeduplicationKey(key, false, 0, 0, 0, 0);
      }
      digest[i / 16] = (digest[i / 16] << 4) | digit;
    }
    return new DeduplicationKey(
        key.substring(EVENT.length(), colon), true, digest[0], digest[1], digest[2], digest[3]);
  }

  private static int lowerHex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeduplicationKey key
        && event == key.event
        && a == key.a
        && b == key.b
        && c == key.c
        && d == key.d
        && text.equals(key.text);
  }

  @Override
  public int hashCode() {
    // The digest is uniformly spread already; its first bits are a good hash without reading it.
    return event ? (int) (a ^ (a >>> 32)) : text.hashCode();
  }

  @Override
  public String toString() {
    return event ? EVENT + text + ":<digest>" : text;
  }
}
