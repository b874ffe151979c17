package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;

/**
 * Coverage-guided comparison of {@link JsonParser} with the Moshi reader it replaced, for a few
 * seconds in every {@code ./mvnw verify} (surefire execution {@code fuzz-short}, {@code
 * JAZZER_FUZZ=1}): any body, under the default and under tight limits, is accepted by both with the
 * same value and canonical form or refused by both with the same message.
 */
class JsonParserFuzzTest {
  static final AtomicLong INPUTS = new AtomicLong();
  private static final JsonLimits DEFAULT = JsonLimits.withDepth(32);
  private static final JsonLimits TIGHT = new JsonLimits(4, 8, 6, 3);

  @FuzzTest(maxDuration = "10s")
  void anyBody_parsesAsTheMoshiReaderDid(byte[] body) {
    check(body);
  }

  static void check(byte[] body) {
    INPUTS.incrementAndGet();
    ParserComparison.compare(body, DEFAULT);
    ParserComparison.compare(body, TIGHT);
  }

  /** Proves the run fuzzed (thousands of generated inputs), not just replayed the seeds. */
  @AfterAll
  static void report() {
    System.out.println("[fuzz] " + INPUTS.get() + " generated JSON bodies compared with Moshi's");
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isEmpty()) {
      assertThat(INPUTS.get()).isGreaterThan(1000);
    }
  }
}
