package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonParser} against the Moshi-based parse it replaced ({@link MoshiJsonReference}): the
 * same documents are accepted with the same values in the same member order, and the same are
 * refused with the same message, except that data after the document now says so.
 */
class JsonParserTest {
  private static final JsonLimits DEFAULT = JsonLimits.withDepth(32);
  private static final JsonLimits TIGHT = new JsonLimits(4, 8, 6, 3);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"a\tb\"",
        "\"a\u0001b\"",
        "01",
        "-",
        "1.",
        "1e",
        "-0",
        "1E+2",
        "\uFEFF{}",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"\\x\"",
        "\"\\u12\"",
        " 1 ",
        "\f1",
        "[1,]",
        "{\"a\":1,}",
        "[,1]",
        "{,}",
        "1 2",
        "tru",
        "true1",
        "nulls",
        "[1 2]",
        "{\"a\" 1}",
        "{\"a\":}",
        "{1:2}",
        "\"\\/\"",
        "\"\\U0041\"",
        "-01",
        "1.5e",
        ".5",
        "+1",
        "[]",
        "{}",
        "[",
        "\"abc",
        "1.0E-5",
        "NaN",
        "[\"a\"\u00a0]",
        "{\"a\":1 \"b\":2}",
        "\"\u2028\"",
        "TRUE",
        "Null",
        "fAlSe",
        "[TRUE]",
        "{\"a\":NULL}",
        "1e999999999",
        "[1e5,2]",
        "{\"\":1}",
        "\"\\uD83D\\uDE00\"",
        "[-]",
        "[0.0e0]",
        "{\"a\":1}x",
        "{\"a\":1}\n",
        "{\"a\":1,\"a\":2}",
        "{\"name\":1,\"name\":2}",
        "{\"a\":1:2}",
        "1:",
        "[1.2.3]",
        "\"\\\"",
        "{\"a\"}",
        "{\"a\":1}}",
        "[[]]]",
        "   ",
        "{\"tenant\":\"\\u0074\",\"\\u006eame\":\"x\",\"name\":\"y\"}",
        "[1,2,3,4,5,6,7,8,9,10]",
        "\"é\\n😀\"",
        "{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}",
        "123456789",
        "1.2345",
        "1e4",
        "truE ",
      })
  void agreesWithTheMoshiReference_onKnownEdges(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    ParserComparison.compare(body, DEFAULT);
    ParserComparison.compare(body, TIGHT);
  }

  @Test
  void agreesWithTheMoshiReference_onGeneratedAndMutatedDocuments() {
    Random random = new Random(Long.getLong("jsonparser.seed", 20261202L));
    int accepted = 0;
    int documents = Integer.getInteger("jsonparser.documents", 20_000);
    for (int i = 0; i < documents; i++) {
      String json = new Generator(random).value(0);
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      if (ParserComparison.compare(body, DEFAULT)) {
        accepted++;
      }
      ParserComparison.compare(body, TIGHT);
      for (int m = 0; m < 3; m++) {
        ParserComparison.compare(mutate(body, random), m == 0 ? TIGHT : DEFAULT);
      }
    }
    // The generator writes valid documents: nearly all of them must parse.
    assertThat(accepted).isGreaterThan(documents * 95 / 100);
  }

  @Test
  void aNameNewStoreUses_isTheSameStringEveryTime_andAnEscapedSpellingIsEqual() {
    Map<?, ?> first = (Map<?, ?>) parse("{\"tenant\":\"a\"}", DEFAULT);
    Map<?, ?> second = (Map<?, ?>) parse("{\"tenant\":\"b\"}", DEFAULT);
    Map<?, ?> escaped = (Map<?, ?>) parse("{\"ten\\u0061nt\":\"c\"}", DEFAULT);

    assertThat(first.keySet().iterator().next()).isSameAs(second.keySet().iterator().next());
    assertThat(escaped.get("tenant")).isEqualTo("c");
  }

  @Test
  void aReadOnlyBufferAndAnOffsetArray_parseTheSame() {
    byte[] framed = "xx{\"a\":[1,\"b\"]}yy".getBytes(StandardCharsets.UTF_8);
    ByteBuffer slice = ByteBuffer.wrap(framed, 2, framed.length - 4).slice();
    ByteBuffer readOnly = slice.asReadOnlyBuffer();

    Object fromSlice = JsonValues.parse(slice, DEFAULT);
    Object fromReadOnly = JsonValues.parse(readOnly, DEFAULT);

    assertThat(fromSlice).isEqualTo(Map.of("a", List.of(new java.math.BigDecimal("1"), "b")));
    assertThat(fromReadOnly).isEqualTo(fromSlice);
    assertThat(readOnly.position()).isZero();
  }

  @Test
  void aMillionDigitNumber_isRefusedAsTooLong() {
    String digits = "1".repeat(1_000_000);

    assertThatRefused("[" + digits + "]", DEFAULT)
        .isEqualTo("The body holds a number longer than 64 characters.");
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertThatRefused(
      String json, JsonLimits limits) {
    try {
      parse(json, limits);
    } catch (BadInputException e) {
      return assertThat(e.getMessage());
    }
    return fail("accepted " + json);
  }

  private static @Nullable Object parse(String json, JsonLimits limits) {
    return JsonValues.parse(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), limits);
  }

  @Test
  void canonicalForm_ofManyMembers_isSortedAsAfterwards() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 40; i > 0; i--) {
      json.append(i == 40 ? "" : ",").append("\"m").append(i).append("\":").append(i);
    }
    json.append(",\"nested\":{\"z\":{\"y\":1,\"x\":[{\"b\":1,\"a\":2}]},\"\u00e9\":\"\\u2028\"}}");
    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
    Object value = JsonValues.parse(body, 32);

    ParserComparison.assertCanonicalFormInTheSamePass(body, DEFAULT, value, json.toString());
    assertThat(JsonValues.parseDigested(ByteBuffer.wrap(body), DEFAULT).value()).isEqualTo(value);
  }

  @Test
  void aDeepLargeUnsortedBody_stopsSortingInThePass_andDigestsTheValueInstead() {
    StringBuilder json = new StringBuilder();
    int depth = 30;
    for (int i = 0; i < depth; i++) {
      json.append("{\"b\":");
    }
    json.append('[');
    for (int i = 0; i < 4_000; i++) { // 200 kB of strings within the string limit
      json.append(i == 0 ? "" : ",").append('"').append("x".repeat(48)).append('"');
    }
    json.append(']');
    for (int i = 0; i < depth; i++) {
      json.append(",\"a\":").append(i).append('}');
    }
    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
    Object value = JsonValues.parse(body, 32);
    CanonicalJson canon = CanonicalJson.claimThreadWriter();
    try {
      JsonParser.parse(ByteBuffer.wrap(body), DEFAULT, canon);

      // Sorting every level in place would have copied depth × 400 kB.
      assertThat(canon.abandoned()).isTrue();
      assertThat(canon.sortedBytes())
          .isLessThanOrEqualTo(16L * body.length + 65_536 + 2L * body.length);
    } finally {
      canon.release();
    }
    assertThat(JsonValues.parseDigested(ByteBuffer.wrap(body), DEFAULT).digest())
        .isEqualTo(CanonicalJson.sha256(value));
  }

  private static byte[] mutate(byte[] body, Random random) {
    if (body.length == 0) {
      return body;
    }
    byte[] interesting = "{}[]\":,\\ tfn-+.eE0u9\t\n".getBytes(StandardCharsets.US_ASCII);
    int at = random.nextInt(body.length);
    return switch (random.nextInt(4)) {
      case 0 -> Arrays.copyOf(body, at); // truncated
      case 1 -> { // one byte replaced
        byte[] copy = body.clone();
        copy[at] = interesting[random.nextInt(interesting.length)];
        yield copy;
      }
      case 2 -> { // one byte removed
        byte[] copy = new byte[body.length - 1];
        System.arraycopy(body, 0, copy, 0, at);
        System.arraycopy(body, at + 1, copy, at, body.length - at - 1);
        yield copy;
      }
      default -> { // one byte inserted
        byte[] copy = new byte[body.length + 1];
        System.arraycopy(body, 0, copy, 0, at);
        copy[at] = interesting[random.nextInt(interesting.length)];
        System.arraycopy(body, at, copy, at + 1, body.length - at);
        yield copy;
      }
    };
  }

  /** Writes random valid JSON with the spellings that matter: escapes, cases, spacing. */
  private static final class Generator {
    private static final String[] NAMES = {
      "tenant", "name", "payload", "id", "items", "a", "ab", "longer_name_here", "é", "products",
    };
    private static final String[] WHITESPACE = {"", "", "", " ", "\n", "\t", "\r\n  "};
    private final Random random;

    Generator(Random random) {
      this.random = random;
    }

    String value(int depth) {
      int kind = random.nextInt(depth > 5 ? 4 : 6);
      return ws()
          + switch (kind) {
            case 0 -> string();
            case 1 -> number();
            case 2 -> keyword();
            case 3 -> random.nextBoolean() ? string() : number();
            case 4 -> object(depth);
            default -> array(depth);
          }
          + ws();
    }

    private String object(int depth) {
      int n = random.nextInt(random.nextInt(10) == 0 ? 14 : 5);
      StringBuilder s = new StringBuilder("{");
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          s.append(',');
        }
        String name = random.nextInt(3) == 0 ? string() : quoted(name(i));
        s.append(ws()).append(name).append(ws()).append(':').append(value(depth + 1));
      }
      return s.append(ws()).append('}').toString();
    }

    private String name(int i) {
      String base = NAMES[random.nextInt(NAMES.length)];
      // Mostly distinct names; sometimes a repeat, which must be refused by both.
      return random.nextInt(20) == 0 ? base : base + (i == 0 ? "" : "_" + i);
    }

    private String array(int depth) {
      int n = random.nextInt(5);
      StringBuilder s = new StringBuilder("[");
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          s.append(',');
        }
        s.append(value(depth + 1));
      }
      return s.append(ws()).append(']').toString();
    }

    private String string() {
      int n = random.nextInt(12);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        switch (random.nextInt(14)) {
          case 0 -> s.append("\\\"");
          case 1 -> s.append("\\\\");
          case 2 -> s.append("\\/");
          case 3 -> s.append("\\n").append("\\t").append("\\b").append("\\f").append("\\r");
          case 4 -> s.append(String.format("\\u%04x", random.nextInt(0x10000)));
          case 5 -> s.append(String.format("\\u%04X", 0xD800 + random.nextInt(0x800)));
          case 6 -> s.append('é');
          case 7 -> s.append("😀");
          case 8 -> s.append('\u2028');
          case 9 -> s.append((char) random.nextInt(0x20)); // raw control: Moshi accepts it
          default -> s.append((char) ('a' + random.nextInt(26)));
        }
      }
      return quoted(s.toString());
    }

    private static String quoted(String raw) {
      return "\"" + raw + "\"";
    }

    private String number() {
      StringBuilder s = new StringBuilder();
      if (random.nextBoolean()) {
        s.append('-');
      }
      s.append(random.nextInt(4) == 0 ? "0" : String.valueOf(1 + random.nextInt(1_000_000)));
      if (random.nextBoolean()) {
        s.append('.').append(random.nextInt(100_000));
      }
      if (random.nextInt(3) == 0) {
        s.append(random.nextBoolean() ? 'e' : 'E');
        s.append(new String[] {"", "+", "-"}[random.nextInt(3)]);
        s.append(random.nextInt(random.nextInt(10) == 0 ? 1_000 : 20));
      }
      return s.toString();
    }

    private String keyword() {
      String word = new String[] {"true", "false", "null"}[random.nextInt(3)];
      if (random.nextInt(5) != 0) {
        return word;
      }
      StringBuilder s = new StringBuilder();
      for (char c : word.toCharArray()) {
        s.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      }
      return s.toString();
    }

    private String ws() {
      return WHITESPACE[random.nextInt(WHITESPACE.length)];
    }
  }
}
