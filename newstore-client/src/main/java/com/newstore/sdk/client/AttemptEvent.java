package com.newstore.sdk.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP attempt of a call, as reported to {@link ClientListener#onAttempt(AttemptEvent)}.
 *
 * @param endpointId the SDK endpoint id (see {@link NewStoreClient.Builder#pathOverride}), or
 *     {@code "auth.token"} for the token request and {@code "unknown"} for a request the SDK did
 *     not build
 * @param method the HTTP method
 * @param attempt 1 for the first attempt, 2 for the first retry, and so on
 * @param status the HTTP status, or 0 when the attempt got no answer
 * @param duration how long the attempt took
 * @param failure the simple class name of the I/O failure when the attempt got no answer
 * @param retryReason why this attempt was made again, on retries: {@code "status 503"}, {@code
 *     "IOException"}, …; empty on the first attempt
 */
public record AttemptEvent(
    String endpointId,
    String method,
    int attempt,
    int status,
    Duration duration,
    Optional<String> failure,
    Optional<String> retryReason) {

  /**
   * Checks the members.
   *
   * @param endpointId see the record description
   * @param method see the record description
   * @param attempt see the record description
   * @param status see the record description
   * @param duration see the record description
   * @param failure see the record description
   * @param retryReason see the record description
   */
  public AttemptEvent {
    Objects.requireNonNull(endpointId, "endpointId == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(failure, "failure == null");
    Objects.requireNonNull(retryReason, "retryReason == null");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1");
    }
  }

  /**
   * Returns whether this attempt was a retry.
   *
   * @return true for the second attempt and later
   */
  public boolean isRetry() {
    return attempt > 1;
  }
}
