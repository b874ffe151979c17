package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Utf8Test {
  static int check(byte[] bytes) {
    return Utf8.firstMalformed(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
  }

  @Test
  void wellFormed_includingTheEdgesOfEveryLength() {
    String text =
        "ascii-run-longer-than-a-word \u0080 \u07FF \u0800 \uD7FF \uE000 \uFFFF \uD800\uDC00 \uDBFF\uDFFF";

    assertThat(check(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    assertThat(check(new byte[0])).isEqualTo(-1);
  }

  @Test
  void malformed_reportsTheOffsetOfTheBadSequence_afterAnAsciiRun() {
    byte[] prefix = "0123456789abcdef0".getBytes(StandardCharsets.US_ASCII); // 17 bytes
    for (String hex :
        new String[] {"C1BF", "E09FBF", "EDBFBF", "F08FBFBF", "F4908080", "F5", "FF", "C2"}) {
      byte[] bad = HexFormat.of().parseHex(hex);
      byte[] body = new byte[prefix.length + bad.length + 1];
      System.arraycopy(prefix, 0, body, 0, prefix.length);
      System.arraycopy(bad, 0, body, prefix.length, bad.length);
      body[body.length - 1] = 'x';

      assertThat(check(body)).as(hex).isEqualTo(prefix.length);
    }
  }

  @Test
  void position_isRespected() {
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {(byte) 0xFF, 'a', (byte) 0xC3, (byte) 0xA9});
    buffer.position(1);

    assertThat(Utf8.firstMalformed(buffer)).isEqualTo(-1);
    assertThat(buffer.position()).isEqualTo(1);
  }
}
