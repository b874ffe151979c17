package com.newstore.sdk.webhooks.internal;

import com.squareup.moshi.JsonDataException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes a value's canonical (sorted-key) JSON as UTF-8 bytes, byte for byte what {@link
 * JsonValues#write(Object, boolean) JsonValues.write(value, true)} writes through Moshi's {@code
 * JsonWriter} (no whitespace, nulls kept, Moshi's string escapes), straight into one growing byte
 * array: the de-duplication digest of every event is computed from it without a writer's per-call
 * stacks or a buffer.
 */
final class CanonicalJson {
  /** Moshi's {@code JsonWriter} refuses a 256th level of nesting. */
  private static final int MAX_STACK = 256;

  /** Objects up to this many members are sorted by insertion. */
  private static final int SMALL = 16;

  private static final byte[][] ESCAPES = new byte[128][];
  private static final byte[] HEX =
      "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = new byte[] {'\\', 'u', '0', '0', HEX[(c >> 4) & 0xf], HEX[c & 0xf]};
    }
    ESCAPES['"'] = new byte[] {'\\', '"'};
    ESCAPES['\\'] = new byte[] {'\\', '\\'};
    ESCAPES['\t'] = new byte[] {'\\', 't'};
    ESCAPES['\b'] = new byte[] {'\\', 'b'};
    ESCAPES['\n'] = new byte[] {'\\', 'n'};
    ESCAPES['\r'] = new byte[] {'\\', 'r'};
    ESCAPES['\f'] = new byte[] {'\\', 'f'};
  }

  private byte[] bytes = new byte[512];
  private int size;

  /** Larger buffers are not kept for the thread's next event. */
  private static final int KEEP_BYTES = 16 * 1024;

  // One writer per thread: an event's canonical form needs no fresh array.
  private static final ThreadLocal<CanonicalJson> REUSED =
      ThreadLocal.withInitial(CanonicalJson::new);

  private boolean inUse;

  /** Bytes {@link #sortMembers} has copied since the writer was claimed. */
  private long sortedBytes;

  /** Set by a parser that stopped writing the canonical form part way. */
  private boolean abandoned;

  private CanonicalJson() {}

  /**
   * Returns the SHA-256 of a value's canonical JSON, the digest of {@link #of}'s bytes, written
   * into the thread's reused buffer.
   *
   * @param value the value
   * @return the 32-byte digest
   */
  static byte[] sha256(@Nullable Object value) {
    CanonicalJson out = REUSED.get();
    if (out.inUse) { // a value's toString() hashing again: never share the buffer
      CanonicalJson json = of(value);
      return ApiKeyCheck.sha256(json.bytes, json.size);
    }
    out.inUse = true;
    try {
      out.size = 0;
      out.value(value, 1);
      return ApiKeyCheck.sha256(out.bytes, out.size);
    } finally {
      out.inUse = false;
      if (out.bytes.length > KEEP_BYTES) {
        out.bytes = new byte[512];
      }
    }
  }

  /**
   * Returns the canonical JSON of a value.
   *
   * @param value maps, iterables, strings, booleans, numbers, instants, anything else as its string
   * @return the bytes and their count
   */
  static CanonicalJson of(@Nullable Object value) {
    CanonicalJson out = new CanonicalJson();
    out.value(value, 1);
    return out;
  }

  /**
   * Returns the thread's reused writer, emptied, or a new one while the thread's is in use; hand it
   * back with {@link #release}.
   *
   * @return the writer
   */
  static CanonicalJson claimThreadWriter() {
    CanonicalJson out = REUSED.get();
    if (out.inUse) {
      return new CanonicalJson();
    }
    out.inUse = true;
    out.size = 0;
    out.sortedBytes = 0;
    out.abandoned = false;
    return out;
  }

  /** Hands back a writer {@link #claimThreadWriter} gave, dropping a grown buffer. */
  void release() {
    inUse = false;
    if (bytes.length > KEEP_BYTES) {
      bytes = new byte[512];
    }
  }

  /**
   * Returns the SHA-256 of the bytes written so far.
   *
   * @return the 32-byte digest
   */
  byte[] sha256() {
    return ApiKeyCheck.sha256(bytes, size);
  }

  /**
   * Appends bytes already in canonical form, such as a string's quoted UTF-8 without escapes.
   *
   * @param source the array
   * @param from the first byte
   * @param to after the last byte
   */
  void raw(byte[] source, int from, int to) {
    int length = to - from;
    ensure(length);
    System.arraycopy(source, from, bytes, size, length);
    size += length;
  }

  /**
   * Appends one JSON value as {@link #of} writes it.
   *
   * @param value a string, number, boolean or null
   */
  void scalar(@Nullable Object value) {
    value(value, 1);
  }

  /**
   * Appends one byte of JSON punctuation.
   *
   * @param c the character, ASCII
   */
  void punctuation(char c) {
    write(c);
  }

  /**
   * Puts the members of an object written in document order into name order, in place. The members
   * are {@code "name":value} runs separated by commas; each starts at {@code starts[i]} and the
   * last ends at {@link #size()}.
   *
   * @param starts where each member starts
   * @param names each member's name
   * @param count how many members
   */
  void sortMembers(int[] starts, String[] names, int count) {
    if (count < 2 || inOrder(names, count)) {
      return;
    }
    int first = starts[0];
    int end = size;
    int[] order = order(names, count);
    for (int k = 0; k < count; k++) {
      int i = order[k];
      int to = i + 1 < count ? starts[i + 1] - 1 : end; // without the comma after it
      if (k > 0) {
        write(',');
      }
      raw(bytes, starts[i], to);
    }
    // The sorted copy replaces the members: the buffer never holds more than two of them.
    int length = size - end;
    sortedBytes += 2L * length;
    System.arraycopy(bytes, end, bytes, first, length);
    size = first + length;
  }

  /** The member positions in name order: an insertion sort for a few, a merge sort for many. */
  private static int[] order(String[] names, int count) {
    if (count > SMALL) {
      Integer[] boxed = new Integer[count];
      for (int i = 0; i < count; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (x, y) -> names[x].compareTo(names[y]));
      int[] order = new int[count];
      for (int i = 0; i < count; i++) {
        order[i] = boxed[i];
      }
      return order;
    }
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      int j = i - 1;
      while (j >= 0 && names[order[j]].compareTo(names[i]) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = i;
    }
    return order;
  }

  /**
   * Returns how many bytes {@link #sortMembers} has copied: each open object's members are copied
   * again when it closes, so a deep, large document costs depth times its size.
   *
   * @return the count since the writer was claimed
   */
  long sortedBytes() {
    return sortedBytes;
  }

  /** Marks what was written as incomplete: the caller must not use it. */
  void abandon() {
    abandoned = true;
  }

  /**
   * Tells whether a parser stopped writing part way ({@link #abandon}).
   *
   * @return true when the bytes are not a whole canonical form
   */
  boolean abandoned() {
    return abandoned;
  }

  private static boolean inOrder(String[] names, int count) {
    for (int i = 1; i < count; i++) {
      if (names[i - 1].compareTo(names[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the array holding the bytes (longer than {@link #size()}).
   *
   * @return the array
   */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Returns how many bytes of {@link #bytes()} are the JSON.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  private void value(@Nullable Object value, int stack) {
    if (value == null) {
      ascii("null");
    } else if (value instanceof FrozenMap frozen) {
      open(stack);
      write('{');
      sorted(frozen, stack);
      write('}');
    } else if (value instanceof Map<?, ?> map) {
      open(stack);
      write('{');
      if (allStringKeys(map)) {
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) {
          member(i, keys[i], map.get(keys[i]), stack);
        }
      } else {
        int i = 0;
        for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
          member(i++, String.valueOf(e.getKey()), e.getValue(), stack);
        }
      }
      write('}');
    } else if (value instanceof Iterable<?> list) {
      open(stack);
      write('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          write(',');
        }
        first = false;
        value(item, stack + 1);
      }
      write(']');
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Boolean b) {
      ascii(b ? "true" : "false");
    } else if (value instanceof Number n) {
      String text = n.toString();
      if (text.equals("-Infinity") || text.equals("Infinity") || text.equals("NaN")) {
        throw new IllegalArgumentException("Numeric values must be finite, but was " + n);
      }
      utf8(text, 0, text.length());
    } else if (value instanceof Instant instant) {
      string(instant.toString());
    } else {
      string(value.toString());
    }
  }

  /**
   * Writes a parsed object's members in key order: an insertion sort of a copy of its few names
   * (and values alongside), the order {@code Arrays.sort} gives, without its merge machinery.
   */
  private void sorted(FrozenMap map, int stack) {
    int n = map.size();
    String[] names = Arrays.copyOf(map.memberNames(), n);
    @Nullable Object[] values = Arrays.copyOf(map.memberValues(), n);
    if (n <= SMALL) {
      for (int i = 1; i < n; i++) {
        String name = names[i];
        Object value = values[i];
        int j = i - 1;
        while (j >= 0 && names[j].compareTo(name) > 0) {
          names[j + 1] = names[j];
          values[j + 1] = values[j];
          j--;
        }
        names[j + 1] = name;
        values[j + 1] = value;
      }
      for (int i = 0; i < n; i++) {
        member(i, names[i], values[i], stack);
      }
    } else {
      Arrays.sort(names);
      for (int i = 0; i < n; i++) {
        member(i, names[i], map.get(names[i]), stack);
      }
    }
  }

  private void member(int index, String name, @Nullable Object value, int stack) {
    if (index > 0) {
      write(',');
    }
    string(name);
    write(':');
    value(value, stack + 1);
  }

  private static void open(int stack) {
    if (stack >= MAX_STACK) {
      throw new JsonDataException("Nesting too deep: circular reference?");
    }
  }

  private static boolean allStringKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends a string, quoted and escaped.
   *
   * @param s the string
   */
  void string(String s) {
    int length = s.length();
    ensure(length + 2);
    byte[] out = bytes;
    int n = size;
    out[n++] = '"';
    // The usual id or name is plain ASCII: copied without a capacity check per byte.
    int start = 0;
    while (start < length) {
      char c = s.charAt(start);
      if (c >= 128 || ESCAPES[c] != null) {
        break;
      }
      out[n++] = (byte) c;
      start++;
    }
    size = n;
    if (start < length) {
      escaped(s, start);
    }
    write('"');
  }

  /** The rest of a string from {@code start}, escaping as Moshi does. */
  private void escaped(String s, int start) {
    int last = start;
    int length = s.length();
    for (int i = start; i < length; i++) {
      char c = s.charAt(i);
      byte[] escape;
      if (c < 128) {
        escape = ESCAPES[c];
        if (escape == null) {
          continue;
        }
      } else if (c == '\u2028' || c == '\u2029') {
        escape = new byte[] {'\\', 'u', '2', '0', '2', c == '\u2028' ? (byte) '8' : (byte) '9'};
      } else {
        continue;
      }
      utf8(s, last, i);
      for (byte b : escape) {
        write(b);
      }
      last = i + 1;
    }
    utf8(s, last, length);
  }

  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      write(s.charAt(i));
    }
  }

  /** UTF-8 of {@code s[from, to)}; a lone surrogate becomes {@code ?}, as Okio writes it. */
  private void utf8(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        write(c);
      } else if (c < 0x800) {
        write(0xc0 | (c >> 6));
        write(0x80 | (c & 0x3f));
      } else if (!Character.isSurrogate(c)) {
        write(0xe0 | (c >> 12));
        write(0x80 | ((c >> 6) & 0x3f));
        write(0x80 | (c & 0x3f));
      } else {
        char low = i + 1 < to ? s.charAt(i + 1) : 0;
        if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
          int cp = Character.toCodePoint(c, low);
          write(0xf0 | (cp >> 18));
          write(0x80 | ((cp >> 12) & 0x3f));
          write(0x80 | ((cp >> 6) & 0x3f));
          write(0x80 | (cp & 0x3f));
          i++;
        } else {
          write('?');
        }
      }
    }
  }

  private void ensure(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  private void write(int b) {
    if (size == bytes.length) {
      bytes = Arrays.copyOf(bytes, size * 2);
    }
    bytes[size++] = (byte) b;
  }
}
