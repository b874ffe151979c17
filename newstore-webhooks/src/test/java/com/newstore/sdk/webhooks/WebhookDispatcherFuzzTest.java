package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the webhook dispatcher for a few seconds in every {@code ./mvnw verify}: the surefire
 * execution {@code fuzz-short} sets {@code JAZZER_FUZZ=1}, so Jazzer really fuzzes instead of only
 * replaying the seed corpus. Properties: see {@link WebhookFuzzing}. Every input must return within
 * {@link WebhookFuzzing#BOUND}; a real hang is ended by surefire's fork timeout, failing the build.
 */
class WebhookDispatcherFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void handle_anyRequest_neverThrowsNever5xxBounded(FuzzedDataProvider data) {
    // About one input in sixteen goes over real HTTP through the JDK adapter (AdapterFuzzing),
    // which costs a loopback round trip; the rest is dispatched in process.
    if (data.consumeInt(0, 15) == 15) {
      AdapterFuzzing.check(data);
    } else {
      WebhookFuzzing.check(data);
    }
  }

  /** Proves the run fuzzed (thousands of generated inputs), not just replayed the seeds. */
  @AfterAll
  static void report() {
    AdapterFuzzing.close();
    long overHttp = AdapterFuzzing.INPUTS.get();
    long inputs = WebhookFuzzing.INPUTS.get() + overHttp;
    System.out.println(
        "[fuzz] " + inputs + " generated webhook requests checked, " + overHttp + " over HTTP");
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isEmpty()) {
      assertThat(inputs).isGreaterThan(1000);
    }
  }
}
