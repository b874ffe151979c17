package com.newstore.sdk.contract.internal;

import java.util.concurrent.atomic.AtomicLong;

/** Counts what this JVM validated, for the one summary line at the end of a test run. */
public final class ContractCounters {

  private static final AtomicLong REQUESTS = new AtomicLong();
  private static final AtomicLong ANSWERS = new AtomicLong();
  private static final AtomicLong VIOLATIONS = new AtomicLong();

  private ContractCounters() {}

  static void request(int violations) {
    REQUESTS.incrementAndGet();
    VIOLATIONS.addAndGet(violations);
  }

  static void answer(int violations) {
    ANSWERS.incrementAndGet();
    VIOLATIONS.addAndGet(violations);
  }

  /**
   * Returns the number of requests validated so far.
   *
   * @return the count
   */
  public static long requests() {
    return REQUESTS.get();
  }

  /**
   * Returns the number of answers validated so far.
   *
   * @return the count
   */
  public static long answers() {
    return ANSWERS.get();
  }

  /**
   * Returns the number of violations found so far.
   *
   * @return the count
   */
  public static long violations() {
    return VIOLATIONS.get();
  }

  /**
   * Returns the summary line, e.g. {@code contract: validated 12 requests, 3 answers, 0
   * violations}.
   *
   * @return the line
   */
  public static String summary() {
    return "contract: validated "
        + requests()
        + " requests, "
        + answers()
        + " answers, "
        + violations()
        + " violations";
  }
}
