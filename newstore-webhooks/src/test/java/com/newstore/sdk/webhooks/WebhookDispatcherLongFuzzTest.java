package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

/**
 * The same properties as {@link WebhookDispatcherFuzzTest}, fuzzed for ten minutes; runs only with
 * {@code ./mvnw -B -Pfuzz-long -pl newstore-webhooks -am verify}.
 */
class WebhookDispatcherLongFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void handle_anyRequest_neverThrowsNever5xxBounded(FuzzedDataProvider data) {
    WebhookFuzzing.check(data);
  }

  /** Proves the run fuzzed (thousands of generated inputs), not just replayed the seeds. */
  @AfterAll
  static void report() {
    long inputs = WebhookFuzzing.INPUTS.get();
    System.out.println("[fuzz] " + inputs + " generated webhook requests checked");
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isEmpty()) {
      assertThat(inputs).isGreaterThan(1000);
    }
  }
}
