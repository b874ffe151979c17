package com.newstore.sdk.contract.internal;

import java.util.concurrent.atomic.AtomicLong;

/** Counts what this JVM validated, for the one summary line at the end of a test run. */
public final class ContractCounters {

  private static final AtomicLong REQUESTS = new AtomicLong();
  private static final AtomicLong ANSWERS = new AtomicLong();
  private static final AtomicLong VIOLATIONS = new AtomicLong();
  private static final AtomicLong REJECTED = new AtomicLong();
  private static final AtomicLong EXEMPTED = new AtomicLong();

  private ContractCounters() {}

  static void request(int violations) {
    REQUESTS.incrementAndGet();
    add(violations);
  }

  static void answer(int violations) {
    ANSWERS.incrementAndGet();
    add(violations);
  }

  private static void add(int violations) {
    VIOLATIONS.addAndGet(violations);
    if (violations > 0) {
      REJECTED.incrementAndGet();
    }
  }

  /**
   * Counts violations recorded by a test marked {@code @ContractExempt}: deliberate ones.
   *
   * @param violations the number of violations the exempt test recorded
   */
  public static void exempted(int violations) {
    EXEMPTED.addAndGet(violations);
  }

  /**
   * Returns the number of requests and answers with at least one violation.
   *
   * @return the count
   */
  public static long rejected() {
    return REJECTED.get();
  }

  /**
   * Returns the number of violations recorded by exempt tests.
   *
   * @return the count
   */
  public static long exempt() {
    return EXEMPTED.get();
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
   * Returns the summary line, e.g. {@code contract: validated 12 requests, 3 answers; 1 rejected (2
   * violations, 2 of them in @ContractExempt tests)}.
   *
   * @return the line
   */
  public static String summary() {
    return "contract: validated "
        + requests()
        + " requests, "
        + answers()
        + " answers; "
        + rejected()
        + " rejected ("
        + violations()
        + " violations, "
        + exempt()
        + " of them in @ContractExempt tests)";
  }
}
