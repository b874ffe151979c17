package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Covers the cheaper correlation ids and de-duplication digests. */
class DispatcherKeysTest {
  @Test
  void correlationId_isRandomVersion4Uuid() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String id = Dispatcher.correlationId();
      UUID uuid = UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      assertThat(uuid.toString()).isEqualTo(id);
      seen.add(id);
    }
    assertThat(seen).hasSize(1_000);
  }

  @Test
  void canonicalDigestKey_equalsDigestOfCanonicalBytes() {
    Object json =
        JsonValues.parse(
            "{\"b\":[1,{\"z\":null,\"y\":\"\u00e9\"}],\"a\":true,\"c\":1.50}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            32);

    String expected = HexFormat.of().formatHex(ApiKeyCheck.sha256(JsonValues.write(json, true)));

    assertThat(JsonValues.sha256Key("", CanonicalJson.sha256(json)))
        .isEqualTo(expected)
        .hasSize(64);
    assertThat(JsonValues.sha256Key("", CanonicalJson.sha256(Map.of("x", List.of()))))
        .isEqualTo(HexFormat.of().formatHex(ApiKeyCheck.sha256("{\"x\":[]}".getBytes())));
  }

  @Test
  void immutableCopy_ownCopyReused_foreignMapCopiedDeeply() {
    Map<String, Object> nested = new java.util.LinkedHashMap<>();
    nested.put("n", new java.util.ArrayList<>(List.of("x")));
    Map<String, Object> source = new java.util.LinkedHashMap<>();
    source.put("a", nested);
    source.put("b", null);

    Map<String, Object> copy = JsonValues.immutableCopy(source);
    Map<String, Object> view = java.util.Collections.unmodifiableMap(source);
    Map<String, Object> copyOfView = JsonValues.immutableCopy(view);
    nested.put("late", 1);

    assertThat(JsonValues.immutableCopy(copy)).isSameAs(copy);
    assertThat(copyOfView).isNotSameAs(view).isEqualTo(copy);
    assertThat(copy).containsKey("b").hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> nestedCopy = (Map<String, Object>) copy.get("a");
    assertThat(nestedCopy).doesNotContainKey("late");
    assertThat(copy.toString()).isEqualTo("{a={n=[x]}, b=null}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy.put("c", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy.entrySet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
