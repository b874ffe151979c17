package com.newstore.sdk.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A finished call, as reported to {@link ClientListener#onCall(CallEvent)}.
 *
 * @param endpointId the SDK endpoint id, {@code "auth.token"} for the token request, or {@code
 *     "unknown"}
 * @param method the HTTP method
 * @param status the final HTTP status, or 0 when the call got no answer
 * @param duration the time from the first attempt to the final answer or failure, waits between
 *     retries included
 * @param attempts how many attempts were made
 * @param outcome the class of result
 */
public record CallEvent(
    String endpointId,
    String method,
    int status,
    Duration duration,
    int attempts,
    CallOutcome outcome) {

  /**
   * Checks the members.
   *
   * @param endpointId see the record description
   * @param method see the record description
   * @param status see the record description
   * @param duration see the record description
   * @param attempts see the record description
   * @param outcome see the record description
   */
  public CallEvent {
    Objects.requireNonNull(endpointId, "endpointId == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(outcome, "outcome == null");
  }

  /** The class of result of a call, for metrics tags. */
  public enum CallOutcome {
    /** A 1xx, 2xx or 3xx answer. */
    SUCCESS,
    /** A 4xx answer. */
    CLIENT_ERROR,
    /** A 5xx answer. */
    SERVER_ERROR,
    /** No answer: connection, TLS or timeout failure. */
    NETWORK_ERROR,
    /** The call was canceled or its thread interrupted. */
    CANCELED;

    /**
     * Returns the outcome of an answer with this status.
     *
     * @param status an HTTP status
     * @return its class
     */
    public static CallOutcome ofStatus(int status) {
      if (status >= 500) {
        return SERVER_ERROR;
      }
      return status >= 400 ? CLIENT_ERROR : SUCCESS;
    }
  }
}
