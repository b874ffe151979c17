package com.newstore.sdk.webhooks.internal;

import java.nio.ByteBuffer;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629) without decoding them: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence. Moshi would replace bad bytes with
 * U+FFFD, so two distinct ids could become one and a real delivery be dropped as a duplicate.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Returns the index of the first byte that starts a malformed sequence, or -1.
   *
   * @param buffer the bytes (position to limit); the position is not moved
   * @return the offset from the position, or -1 when every byte is well formed
   */
  static int firstMalformed(ByteBuffer buffer) {
    int start = buffer.position();
    int end = buffer.limit();
    int i = start;
    // Most bodies are all ASCII: skip it 8 bytes at a time (works on read-only buffers too).
    while (i + 8 <= end && (buffer.getLong(i) & 0x8080808080808080L) == 0) {
      i += 8;
    }
    while (i < end) {
      int b = buffer.get(i);
      if (b >= 0) { // ASCII, the common case
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int min;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
        max = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
        max = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
      } else {
        return i - start; // a continuation byte, C0/C1 (overlong) or F5..FF
      }
      if (i + length > end) {
        return i - start;
      }
      int second = buffer.get(i + 1) & 0xFF;
      if (second < min || second > max) {
        return i - start;
      }
      for (int k = 2; k < length; k++) {
        int next = buffer.get(i + k) & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return i - start;
        }
      }
      i += length;
    }
    return -1;
  }
}
