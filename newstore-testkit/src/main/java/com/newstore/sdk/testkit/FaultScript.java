package com.newstore.sdk.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scripts a fault for the calls that match one method and path: which calls (by count, so tests are
 * deterministic) and what happens. Counting starts when the script is registered and only matching
 * calls count. Thread-safe.
 *
 * <pre>{@code
 * sim.faults().on("POST", "/v0/d/fulfillment_requests/{id}/shipment")
 *     .afterCalls(1).nextCalls(2).respond(503);
 * }</pre>
 */
public final class FaultScript {
  private final String method;
  private final String pathTemplate;
  private final Pattern path;
  private int skip;
  private int count = 1;
  private boolean always;
  private @Nullable Fault fault;
  private int seen;
  private int fired;

  FaultScript(String method, String pathTemplate, Pattern path) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.path = path;
  }

  /**
   * Applies the fault to the next {@code n} matching calls (1 by default).
   *
   * @param n a positive count
   * @return this script
   */
  public synchronized FaultScript nextCalls(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be positive but was " + n);
    }
    this.count = n;
    this.always = false;
    return this;
  }

  /**
   * Lets the first {@code n} matching calls through untouched before the fault applies.
   *
   * @param n a count, 0 or more
   * @return this script
   */
  public synchronized FaultScript afterCalls(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative but was " + n);
    }
    this.skip = n;
    return this;
  }

  /**
   * Applies the fault to every matching call until {@link Faults#clear()}.
   *
   * @return this script
   */
  public synchronized FaultScript always() {
    this.always = true;
    return this;
  }

  /**
   * Sets the fault; the script is active from now on.
   *
   * @param fault the fault
   * @return this script
   */
  public synchronized FaultScript respond(Fault fault) {
    this.fault = Objects.requireNonNull(fault, "fault == null");
    return this;
  }

  /**
   * Answers {@code status} with a JSON error body.
   *
   * @param status an HTTP status such as 500 or 503
   * @return this script
   */
  public FaultScript respond(int status) {
    return respond(Fault.status(status));
  }

  /**
   * Answers {@code status} with a {@code Retry-After} header in whole seconds.
   *
   * @param status an HTTP status, usually 429 or 503
   * @param retryAfterSeconds the {@code Retry-After} value
   * @return this script
   */
  public FaultScript respond(int status, long retryAfterSeconds) {
    return respond(Fault.status(status).retryAfter(Duration.ofSeconds(retryAfterSeconds)));
  }

  /**
   * Delays the normal answer.
   *
   * @param latency the delay
   * @return this script
   */
  public FaultScript latency(Duration latency) {
    return respond(Fault.latency(latency));
  }

  /**
   * Closes the connection without answering.
   *
   * @return this script
   */
  public FaultScript dropConnection() {
    return respond(Fault.dropConnection());
  }

  /**
   * Answers {@code 403} with an HTML block page.
   *
   * @return this script
   */
  public FaultScript htmlBlockPage() {
    return respond(Fault.htmlBlockPage());
  }

  /**
   * Returns how many calls this script has changed so far.
   *
   * @return the count
   */
  public synchronized int fired() {
    return fired;
  }

  /** Counts a call and returns the fault to apply to it, or null. */
  synchronized @Nullable Fault consider(String requestMethod, String requestPath) {
    if (fault == null) {
      return null;
    }
    if (!(method.equals("*") || method.equalsIgnoreCase(requestMethod))
        || !path.matcher(requestPath).matches()) {
      return null;
    }
    seen++;
    if (seen <= skip || (!always && seen > skip + count)) {
      return null;
    }
    fired++;
    return fault;
  }

  @Override
  public synchronized String toString() {
    return "FaultScript[" + method + " " + pathTemplate + ", fault=" + fault + "]";
  }
}
