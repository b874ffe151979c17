package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryDeduplicationStoreTest {
  private static final byte[] DIGEST =
      ApiKeyCheck.sha256(
          "{\"name\":\"order.created\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  private static final String HEX = HexFormat.of().formatHex(DIGEST);

  @Test
  void eventKey_claimedAsDigest_isTheSameKeyAsItsText() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10);

    assertThat(store.claimEvent("order.created", DIGEST)).isTrue();

    assertThat(store.claim("event:order.created:" + HEX)).isFalse();
    assertThat(store.claimEvent("order.created", DIGEST)).isFalse();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void eventKey_claimedAsText_isTheSameKeyAsItsDigest() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10);

    assertThat(store.claim("event:order.created:" + HEX)).isTrue();

    assertThat(store.claimEvent("order.created", DIGEST)).isFalse();
    store.releaseEvent("order.created", DIGEST);
    assertThat(store.claim("event:order.created:" + HEX)).isTrue();
    store.release("event:order.created:" + HEX);
    assertThat(store.claimEvent("order.created", DIGEST)).isTrue();
  }

  @Test
  void keysThatDifferInAnyPart_stayDistinct() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(100);
    byte[] other = DIGEST.clone();
    other[31] ^= 1;

    assertThat(store.claimEvent("order.created", DIGEST)).isTrue();
    assertThat(store.claimEvent("order.opened", DIGEST)).isTrue();
    assertThat(store.claimEvent("order.created", other)).isTrue();
    // Uppercase hex, a missing colon or a name with a colon are other texts, not the same digest.
    assertThat(store.claim("event:order.created:" + HEX.toUpperCase(java.util.Locale.ROOT)))
        .isTrue();
    assertThat(store.claim("event:order.created" + HEX)).isTrue();
    assertThat(store.claim("event:a:b:" + HEX)).isTrue();
    assertThat(store.claimEvent("a:b", DIGEST)).isFalse();
    assertThat(store.claim("event::" + HEX)).isTrue();
    assertThat(store.claimEvent("", DIGEST)).isFalse();
    assertThat(store.claim("fulfillment_request:" + HEX)).isTrue();
    assertThat(store.claim("fulfillment_request:" + HEX)).isFalse();
    assertThat(store.size()).isEqualTo(8);
  }

  @Test
  void beyondCapacity_theOldestKeyOfEitherFormIsForgotten() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(2);

    assertThat(store.claimEvent("order.created", DIGEST)).isTrue();
    assertThat(store.claim("fulfillment_request:fr-1")).isTrue();
    assertThat(store.claim("fulfillment_request:fr-2")).isTrue();

    assertThat(store.size()).isEqualTo(2);
    assertThat(store.claim("event:order.created:" + HEX)).isTrue();
    assertThat(store.claim("fulfillment_request:fr-2")).isFalse();
  }

  @Test
  void aDigestOfTheWrongLength_isRefused() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(2);

    assertThatThrownBy(() -> store.claimEvent("order.created", new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("31 bytes");
  }

  @Test
  void aDigestClaim_isTheTextKeyAPersistentStoreHolds() {
    Map<String, Object> json = Map.of("name", "order.created");
    String key = JsonValues.sha256Key("event:order.created:", CanonicalJson.sha256(json));
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(2);

    assertThat(store.claimEvent("order.created", CanonicalJson.sha256(json))).isTrue();

    assertThat(key).isEqualTo("event:order.created:" + HEX);
    assertThat(store.claim(key)).isFalse();
  }
}
