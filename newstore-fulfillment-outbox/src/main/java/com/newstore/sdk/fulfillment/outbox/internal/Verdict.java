package com.newstore.sdk.fulfillment.outbox.internal;

import org.jspecify.annotations.Nullable;

/**
 * What NewStore's status says about a sent entry.
 *
 * @param kind confirmed, not yet, or failed
 * @param reason why it failed, for {@link Kind#FAILED}
 */
public record Verdict(Kind kind, @Nullable String reason) {
  /** The possible readings. */
  public enum Kind {
    /** The status shows the change. */
    CONFIRMED,
    /** The status does not show it yet. */
    NOT_YET,
    /** The status shows NewStore could not apply it. */
    FAILED
  }

  /** The status shows the change. */
  public static final Verdict CONFIRMED = new Verdict(Kind.CONFIRMED, null);

  /** The status does not show it yet. */
  public static final Verdict NOT_YET = new Verdict(Kind.NOT_YET, null);

  /**
   * Returns a failed verdict.
   *
   * @param reason why
   * @return the verdict
   */
  public static Verdict failed(String reason) {
    return new Verdict(Kind.FAILED, reason);
  }
}
