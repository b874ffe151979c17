package com.newstore.sdk.webhooks.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document from validated UTF-8 bytes into {@link JsonValues}' immutable values,
 * straight from the array: no copy into a reader's buffer, and a name NewStore uses is matched on
 * its bytes instead of decoded. It accepts exactly what Moshi's strict {@code JsonReader} accepts
 * ({@code JsonParserTest} compares the two on generated and mutated documents), quirks included: a
 * raw control character inside a string, the escapes {@code \'} and backslash-newline, and {@code
 * true}, {@code false} and {@code null} in any letter case.
 */
final class JsonParser {
  private static final String MALFORMED = "The body is not well-formed JSON.";

  /** A body up to this size is copied into the thread's reused array instead of a new one. */
  private static final int REUSED_BYTES = 16 * 1024;

  private static final ThreadLocal<byte[]> SCRATCH =
      ThreadLocal.withInitial(() -> new byte[REUSED_BYTES]);

  private final byte[] in;
  private final int end;
  private final JsonLimits limits;

  /**
   * Where the document's canonical form is written as it is read, or null; set to null when sorting
   * it would cost more than {@link #sortBudget}.
   */
  private @Nullable CanonicalJson canon;

  /**
   * Bytes the canonical form's sorting may copy: a few times the body, so a deep and large hostile
   * body costs no more than writing the canonical form after the parse would.
   */
  private final long sortBudget;

  private int pos;

  private JsonParser(
      byte[] in, int start, int end, JsonLimits limits, @Nullable CanonicalJson canon) {
    this.in = in;
    this.pos = start;
    this.end = end;
    this.limits = limits;
    this.canon = canon;
    this.sortBudget = 16L * (end - start) + 65_536;
  }

  /**
   * Parses the buffer's remaining bytes, which must be well-formed UTF-8 and not empty.
   *
   * @param body the bytes; its position is not moved
   * @param limits the nesting, string and number limits
   * @return the value; null for the literal {@code null}
   * @throws BadInputException when the bytes are not one JSON value within the limits
   */
  static @Nullable Object parse(ByteBuffer body, JsonLimits limits) {
    return parse(body, limits, null);
  }

  /**
   * Parses as {@link #parse(ByteBuffer, JsonLimits)} does and writes the document's canonical form
   * ({@link CanonicalJson#of} of the value) in the same pass: a string without escapes, control
   * characters or non-ASCII is copied as it is, and an object is sorted once its members are read.
   * When sorting would copy more than a few times the body (deep and large), it stops and marks
   * {@code canon} {@link CanonicalJson#abandoned()}.
   *
   * @param body the bytes; its position is not moved
   * @param limits the nesting, string and number limits
   * @param canon where the canonical form is appended, or null for none
   * @return the value; null for the literal {@code null}
   * @throws BadInputException when the bytes are not one JSON value within the limits
   */
  static @Nullable Object parse(ByteBuffer body, JsonLimits limits, @Nullable CanonicalJson canon) {
    int length = body.remaining();
    if (body.hasArray()) {
      int start = body.arrayOffset() + body.position();
      return new JsonParser(body.array(), start, start + length, limits, canon).document();
    }
    // A read-only view hides its array: copy, into the thread's array when the body is small.
    byte[] bytes = length <= REUSED_BYTES ? SCRATCH.get() : new byte[length];
    body.duplicate().get(bytes, 0, length);
    return new JsonParser(bytes, 0, length, limits, canon).document();
  }

  private @Nullable Object document() {
    Object value = value(0);
    skipWhitespace();
    if (pos < end) {
      throw new BadInputException(null, "The body has data after the JSON document.");
    }
    return value;
  }

  private @Nullable Object value(int depth) {
    skipWhitespace();
    if (pos >= end) {
      throw malformed();
    }
    byte b = in[pos];
    return switch (b) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> checkString(string());
      case 't', 'T' -> keyword("true", Boolean.TRUE);
      case 'f', 'F' -> keyword("false", Boolean.FALSE);
      case 'n', 'N' -> keyword("null", null);
      default -> number();
    };
  }

  private Object object(int depth) {
    checkDepth(depth);
    pos++; // '{'
    punctuation('{');
    skipWhitespace();
    if (pos < end && in[pos] == '}') {
      pos++;
      punctuation('}');
      return Map.of();
    }
    String[] names = new String[8];
    @Nullable Object[] values = new Object[8];
    int[] starts = canon == null ? null : new int[8]; // where each member's canonical form starts
    int count = 0;
    HashMap<String, Integer> index = null; // only past FrozenMap.LINEAR members
    while (true) {
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        values = Arrays.copyOf(values, count * 2);
        starts = starts == null ? null : Arrays.copyOf(starts, count * 2);
      }
      if (canon != null && starts != null) {
        if (count > 0) {
          canon.punctuation(',');
        }
        starts[count] = canon.size();
      }
      skipWhitespace();
      if (pos >= end || in[pos] != '"') {
        throw malformed();
      }
      String name = checkString(name());
      skipWhitespace();
      if (pos >= end || in[pos] != ':') {
        throw malformed();
      }
      pos++;
      punctuation(':');
      Object value = value(depth + 1);
      if (index == null
          ? FrozenMap.indexOf(names, count, name) >= 0
          : index.putIfAbsent(name, count) != null) {
        throw new BadInputException(null, "The body repeats a field name in one object.");
      }
      names[count] = name;
      values[count++] = value;
      if (index == null && count > FrozenMap.LINEAR) {
        index = FrozenMap.index(names, count);
      }
      skipWhitespace();
      if (pos >= end) {
        throw malformed();
      }
      byte next = in[pos++];
      if (next == '}') {
        if (canon != null && starts != null) {
          canon.sortMembers(starts, names, count);
          canon.punctuation('}');
          if (canon.sortedBytes() > sortBudget) {
            canon.abandon(); // the caller writes the canonical form from the value instead
            canon = null;
          }
        }
        // Never handed out mutable: the arrays stay private to the map.
        return new FrozenMap(names, values, count, index);
      }
      if (next != ',') {
        throw malformed();
      }
    }
  }

  private Object array(int depth) {
    checkDepth(depth);
    pos++; // '['
    punctuation('[');
    List<@Nullable Object> list = new ArrayList<>();
    skipWhitespace();
    if (pos < end && in[pos] == ']') {
      pos++;
      punctuation(']');
      return JsonValues.frozenList(list);
    }
    while (true) {
      if (!list.isEmpty()) {
        punctuation(',');
      }
      list.add(value(depth + 1));
      skipWhitespace();
      if (pos >= end) {
        throw malformed();
      }
      byte next = in[pos++];
      if (next == ']') {
        punctuation(']');
        return JsonValues.frozenList(list);
      }
      if (next != ',') {
        throw malformed();
      }
    }
  }

  /** A member name: a known one without decoding, any other as a string. */
  private String name() {
    int start = pos + 1;
    int i = start;
    while (i < end && in[i] != '"' && in[i] != '\\') {
      i++;
    }
    String known = i < end && in[i] == '"' ? KnownNames.match(in, start, i) : null;
    if (known == null) {
      return string();
    }
    if (canon != null) {
      canon.raw(in, start - 1, i + 1); // a known name is plain ASCII: its bytes are canonical
    }
    pos = i + 1;
    return known;
  }

  /** A string from its opening quote; the bytes are known to be well-formed UTF-8. */
  private String string() {
    int start = ++pos;
    boolean ascii = true;
    boolean plain = true; // printable ASCII only: the bytes are the canonical form as they are
    while (pos < end) {
      byte b = in[pos];
      if (b == '"') {
        String s =
            new String(
                in,
                start,
                pos - start,
                ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        pos++;
        if (canon != null) {
          if (plain) {
            canon.raw(in, start - 1, pos);
          } else {
            canon.string(s);
          }
        }
        return s;
      }
      if (b == '\\') {
        String s = escaped(start);
        if (canon != null) {
          canon.string(s);
        }
        return s;
      }
      ascii &= b >= 0;
      plain &= b >= 0x20;
      pos++;
    }
    throw malformed(); // unterminated
  }

  /** The rest of a string holding an escape, from its first character at {@code start}. */
  private String escaped(int start) {
    StringBuilder s = new StringBuilder(pos - start + 16);
    s.append(new String(in, start, pos - start, StandardCharsets.UTF_8));
    int run = pos;
    while (pos < end) {
      byte b = in[pos];
      if (b == '"') {
        s.append(new String(in, run, pos - run, StandardCharsets.UTF_8));
        pos++;
        return s.toString();
      }
      if (b != '\\') {
        pos++;
        continue;
      }
      s.append(new String(in, run, pos - run, StandardCharsets.UTF_8));
      if (pos + 1 >= end) {
        throw malformed();
      }
      byte e = in[pos + 1];
      pos += 2;
      switch (e) {
        case '"' -> s.append('"');
        case '\\' -> s.append('\\');
        case '/' -> s.append('/');
        case '\'', '\n' -> s.append((char) e); // Moshi's strict reader takes these two too
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> s.append(unicodeEscape());
        default -> throw malformed();
      }
      run = pos;
    }
    throw malformed(); // unterminated
  }

  private char unicodeEscape() {
    if (pos + 4 > end) {
      throw malformed();
    }
    int c = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(in[pos + i], 16);
      if (digit < 0) {
        throw malformed();
      }
      c = (c << 4) | digit;
    }
    pos += 4;
    return (char) c; // a lone surrogate stays one, as Moshi reads it
  }

  private @Nullable Object keyword(String word, @Nullable Object value) {
    int length = word.length();
    if (pos + length > end) {
      throw malformed();
    }
    for (int i = 0; i < length; i++) {
      int c = in[pos + i] | 0x20; // Moshi accepts any letter case
      if (c != word.charAt(i)) {
        throw malformed();
      }
    }
    pos += length;
    requireDelimiter();
    if (canon != null) {
      canon.scalar(value);
    }
    return value;
  }

  /** A number literal: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private BigDecimal number() {
    int start = pos;
    if (pos < end && in[pos] == '-') {
      pos++;
    }
    if (pos < end && in[pos] == '0') {
      pos++;
    } else if (digits() == 0) {
      throw malformed();
    }
    if (pos < end && in[pos] == '.') {
      pos++;
      if (digits() == 0) {
        throw malformed();
      }
    }
    if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
      pos++;
      if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw malformed();
      }
    }
    requireDelimiter();
    if (pos - start > limits.maxNumberChars()) { // before a string of a million digits is made
      throw new BadInputException(
          null, "The body holds a number longer than " + limits.maxNumberChars() + " characters.");
    }
    BigDecimal number =
        JsonValues.number(new String(in, start, pos - start, StandardCharsets.ISO_8859_1), limits);
    if (canon != null) {
      canon.scalar(number); // as BigDecimal prints it, which is not always the literal
    }
    return number;
  }

  private void punctuation(char c) {
    if (canon != null) {
      canon.punctuation(c);
    }
  }

  private int digits() {
    int start = pos;
    while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
      pos++;
    }
    return pos - start;
  }

  /**
   * After a number or keyword: the end or a character that cannot continue a literal, as Moshi
   * decides it (so a number's length is checked before what follows it is).
   */
  private void requireDelimiter() {
    if (pos < end) {
      switch (in[pos]) {
        case ',', ']', '}', '[', '{', ':', ' ', '\t', '\n', '\r', '\f' -> {}
        default -> throw malformed();
      }
    }
  }

  private void skipWhitespace() {
    while (pos < end && isWhitespace(in[pos])) {
      pos++;
    }
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private String checkString(String s) {
    if (s.length() > limits.maxStringChars()) {
      throw new BadInputException(
          null, "The body holds a string longer than " + limits.maxStringChars() + " characters.");
    }
    return s;
  }

  private void checkDepth(int depth) {
    if (depth >= limits.maxDepth()) {
      throw new BadInputException(
          null, "The body nests objects or arrays deeper than " + limits.maxDepth() + " levels.");
    }
  }

  private static BadInputException malformed() {
    return new BadInputException(null, MALFORMED);
  }
}
