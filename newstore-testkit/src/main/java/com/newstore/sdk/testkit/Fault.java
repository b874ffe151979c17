package com.newstore.sdk.testkit;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Describes one injected failure: an error status (with an optional {@code Retry-After}), added
 * latency, a dropped connection, or an HTML block page like the one NewStore's edge answers beyond
 * its global rate budget.
 *
 * <pre>{@code
 * sim.faults().on("GET", "/v0/config/sales_order/grace_period").nextCalls(2)
 *     .respond(Fault.status(429).retryAfter(Duration.ofSeconds(1)));
 * }</pre>
 *
 * @param kind what happens
 * @param status the status answered, for {@link Kind#STATUS} and {@link Kind#HTML_BLOCK_PAGE}
 * @param retryAfter the {@code Retry-After} header value, or null for none
 * @param latency the delay before the normal answer, for {@link Kind#LATENCY}
 */
public record Fault(Kind kind, int status, @Nullable Duration retryAfter, Duration latency) {
  /** Says what a fault does. */
  public enum Kind {
    /** Answers an error status with a JSON error body instead of the normal answer. */
    STATUS,
    /** Waits, then answers normally. */
    LATENCY,
    /** Closes the connection without answering. */
    DROP_CONNECTION,
    /** Answers {@code 403} with an HTML page, as NewStore's edge does. */
    HTML_BLOCK_PAGE
  }

  /**
   * Checks the components.
   *
   * @param kind see the record description
   * @param status see the record description
   * @param retryAfter see the record description
   * @param latency see the record description
   */
  public Fault {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(latency, "latency == null");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
  }

  /**
   * Returns a fault that answers {@code status} with a JSON error body.
   *
   * @param status an HTTP status, such as 429 or 503
   * @return the fault
   */
  public static Fault status(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status but was " + status);
    }
    return new Fault(Kind.STATUS, status, null, Duration.ZERO);
  }

  /**
   * Returns a fault that answers {@code 429} with a {@code Retry-After} header.
   *
   * @param retryAfter the wait NewStore asks for, sent in whole seconds
   * @return the fault
   */
  public static Fault rateLimited(Duration retryAfter) {
    return status(429).retryAfter(retryAfter);
  }

  /**
   * Returns a fault that delays the normal answer.
   *
   * @param latency the delay
   * @return the fault
   */
  public static Fault latency(Duration latency) {
    return new Fault(Kind.LATENCY, 0, null, latency);
  }

  /**
   * Returns a fault that closes the connection without answering.
   *
   * @return the fault
   */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, null, Duration.ZERO);
  }

  /**
   * Returns a fault that answers {@code 403} with an HTML block page.
   *
   * @return the fault
   */
  public static Fault htmlBlockPage() {
    return new Fault(Kind.HTML_BLOCK_PAGE, 403, null, Duration.ZERO);
  }

  /**
   * Returns a copy that also sends {@code Retry-After}.
   *
   * @param wait the wait, sent in whole seconds
   * @return the new fault
   */
  public Fault retryAfter(Duration wait) {
    return new Fault(kind, status, Objects.requireNonNull(wait, "wait == null"), latency);
  }
}
