package com.newstore.sdk.fulfillment.outbox;

/** Where an outbox entry is in its life: {@code PENDING → SENT → CONFIRMED}, or {@code FAILED}. */
public enum OutboxState {
  /** Recorded, not yet delivered (or the last attempt failed and will be retried). */
  PENDING,
  /** NewStore answered 2xx; the worker is reading the status until it shows the change. */
  SENT,
  /** NewStore's status shows the change (for accept: NewStore answered 2xx). Final. */
  CONFIRMED,
  /**
   * Given up: NewStore refused it (a rule such as {@code already_shipped}, or a 4xx other than 408
   * and 429), retries ran out, or the status never confirmed it. Final; see {@link
   * OutboxEntry#failureReason()}.
   */
  FAILED;

  /**
   * Returns whether the state is final.
   *
   * @return true for {@link #CONFIRMED} and {@link #FAILED}
   */
  public boolean isFinal() {
    return this == CONFIRMED || this == FAILED;
  }
}
