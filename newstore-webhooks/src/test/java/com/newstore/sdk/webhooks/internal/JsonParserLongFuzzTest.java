package com.newstore.sdk.webhooks.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link JsonParserFuzzTest} for ten minutes; runs only with {@code ./mvnw -B -Pfuzz-long -pl
 * newstore-webhooks -am verify}.
 */
class JsonParserLongFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void anyBody_parsesAsTheMoshiReaderDid(byte[] body) {
    JsonParserFuzzTest.check(body);
  }

  @AfterAll
  static void report() {
    JsonParserFuzzTest.report();
  }
}
