package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The hand-written canonical JSON behind every event's de-duplication key must stay byte for byte
 * what Moshi's writer produces ({@link JsonValues#write(Object, boolean)}), or keys already held by
 * a persistent store would stop matching.
 */
class CanonicalJsonTest {
  private static byte[] canonical(Object value) {
    CanonicalJson json = CanonicalJson.of(value);
    return Arrays.copyOf(json.bytes(), json.size());
  }

  @Test
  void everyAsciiCharacterAndTheSpecialEscapes_matchMoshi() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    all.append("\u2028 \u2029 \u00e9 \u20ac \ud83d\ude00");
    Map<String, Object> value = new LinkedHashMap<>();
    value.put(all.toString(), all.toString());
    value.put("lone high at end \ud800", "x\ud800");
    value.put("lone high before escape", "\ud800\"");
    value.put("lone low", "\udc00y");

    assertThat(canonical(value)).isEqualTo(JsonValues.write(value, true));
  }

  @Test
  void numbersBooleansNullsInstantsAndOtherValues_matchMoshi() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("z", null);
    value.put("decimals", List.of(new BigDecimal("1.50"), new BigDecimal("1E+3"), BigDecimal.ZERO));
    value.put("ints", List.of(1, -7L, 2.5d));
    value.put("bools", List.of(true, false));
    value.put("instant", Instant.parse("2026-11-26T10:00:00.120Z"));
    value.put("uuid", UUID.fromString("00000000-0000-4000-8000-000000000000"));
    List<Object> withNull = new ArrayList<>();
    withNull.add(null);
    withNull.add(Map.of());
    withNull.add(List.of());
    value.put("nested", List.of(withNull, Map.of("b", 1, "a", Map.of("d", "x", "c", "y"))));
    value.put("numberKeys", Map.of(2, "two", 1, "one"));

    assertThat(canonical(value)).isEqualTo(JsonValues.write(value, true));
  }

  @Test
  void parsedEvent_hashesAsBefore() {
    byte[] body =
        ("{\"tenant\":\"t\",\"name\":\"order.created\",\"published_at\":\"2026-11-26T10:00:00Z\","
                + "\"payload\":{\"id\":\"o-1\",\"items\":[{\"qty\":2,\"price\":10.50}],"
                + "\"note\":\"caf\u00e9 \\\"quoted\\\" \\u0001\"}}")
            .getBytes(StandardCharsets.UTF_8);
    Object json = JsonValues.parse(body, 32);

    assertThat(canonical(json)).isEqualTo(JsonValues.write(json, true));
    assertThat(JsonValues.sha256Key("", CanonicalJson.sha256(json)))
        .isEqualTo(
            java.util.HexFormat.of().formatHex(ApiKeyCheck.sha256(JsonValues.write(json, true))));
  }

  @Test
  void parsedObjects_smallAndLarge_writeTheSortedFormLiterally() {
    // 3 members (insertion sort), 10 (indexed lookups) and 20 (Arrays.sort), in reverse order.
    StringBuilder body = new StringBuilder("{\"c\":1,\"b\":[true,null],\"a\":{");
    StringBuilder expected = new StringBuilder("{\"a\":{");
    for (int i = 9; i >= 0; i--) {
      body.append("\"k").append(i).append("\":\"v").append(i).append(i > 0 ? "\"," : "\"");
    }
    for (int i = 0; i <= 9; i++) {
      expected.append("\"k").append(i).append("\":\"v").append(i).append(i < 9 ? "\"," : "\"");
    }
    body.append("},\"big\":{");
    expected.append("},\"b\":[true,null],\"big\":{");
    for (int i = 19; i >= 0; i--) {
      body.append("\"m").append((char) ('a' + i)).append("\":").append(i).append(i > 0 ? "," : "");
    }
    for (int i = 0; i <= 19; i++) {
      expected.append("\"m").append((char) ('a' + i)).append("\":").append(i);
      expected.append(i < 19 ? "," : "");
    }
    body.append("}}");
    expected.append("},\"c\":1}");
    Object json = JsonValues.parse(body.toString().getBytes(StandardCharsets.UTF_8), 32);

    assertThat(new String(canonical(json), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(canonical(json)).isEqualTo(JsonValues.write(json, true));
    assertThat(JsonValues.sha256Key("event:x:", CanonicalJson.sha256(json)))
        .isEqualTo(
            "event:x:"
                + java.util.HexFormat.of()
                    .formatHex(
                        ApiKeyCheck.sha256(expected.toString().getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void parsedObjects_lookUpLikeAnyMap_andStillRefuseARepeatedNamePastTheScanLimit() {
    StringBuilder body = new StringBuilder("{");
    Map<String, Object> same = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      body.append(i > 0 ? "," : "").append("\"f").append(i).append("\":\"").append(i).append('"');
      same.put("f" + i, String.valueOf(i));
    }
    Map<?, ?> parsed =
        (Map<?, ?>) JsonValues.parse((body + "}").getBytes(StandardCharsets.UTF_8), 32);

    assertThat(parsed).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(parsed.get("f11")).isEqualTo("11");
    assertThat(parsed.containsKey("f12")).isFalse();
    assertThat(List.copyOf(parsed.keySet())).isEqualTo(List.copyOf(same.keySet()));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                JsonValues.parse(
                    (body + ",\"f10\":\"again\"}").getBytes(StandardCharsets.UTF_8), 32))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("repeats a field name");
    org.assertj.core.api.Assertions.assertThatThrownBy(parsed::clear)
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void knownNames_matchedOnTheirBytes_equalTheSameNameWrittenWithAnEscape() {
    Object plain = JsonValues.parse("{\"tenant\":\"a\"}".getBytes(StandardCharsets.UTF_8), 32);
    Object escaped =
        JsonValues.parse("{\"t\\u0065nant\":\"a\"}".getBytes(StandardCharsets.UTF_8), 32);

    assertThat(escaped).isEqualTo(plain).isEqualTo(Map.of("tenant", "a"));
    assertThat(canonical(escaped)).isEqualTo(canonical(plain));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                JsonValues.parse(
                    "{\"tenant\":\"a\",\"t\\u0065nant\":\"b\"}".getBytes(StandardCharsets.UTF_8),
                    32))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("repeats a field name");
  }
}
