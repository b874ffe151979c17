package com.newstore.sdk.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Describes an error answer from NewStore, decoded from either documented error body: the
 * configuration APIs' {@code application/problem+json} ({@code error_code}, {@code message}, {@code
 * request_id}, {@code title}, {@code detail}, {@code messages}) or the Fulfillment Provider API's
 * {@code {error_code, error_description}}. When the body is not JSON (an HTML block page, an empty
 * body) only the status, the method and path, and the content type are known.
 *
 * @param statusCode the HTTP status
 * @param method the HTTP method of the failed request
 * @param path the URL path of the failed request (never the query, which may hold personal data)
 * @param errorCode NewStore's machine-readable {@code error_code}, if the body had one
 * @param message the human-readable {@code message}, {@code error_description}, {@code detail} or
 *     {@code title}, whichever the body had first
 * @param requestId NewStore's {@code request_id} (or the {@code X-Request-Id} header), for support
 * @param messages the problem's {@code messages[]}, often one per invalid field
 * @param retryAfter how long NewStore asked to wait before a retry ({@code Retry-After})
 * @param contentType the response's content type, if any
 */
public record ApiError(
    int statusCode,
    String method,
    String path,
    @Nullable String errorCode,
    @Nullable String message,
    @Nullable String requestId,
    List<String> messages,
    @Nullable Duration retryAfter,
    @Nullable String contentType) {
  /**
   * Checks and normalises the components.
   *
   * @param statusCode see the record description
   * @param method see the record description
   * @param path see the record description
   * @param errorCode see the record description
   * @param message see the record description
   * @param requestId see the record description
   * @param messages see the record description
   * @param retryAfter see the record description
   * @param contentType see the record description
   */
  public ApiError {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    messages = List.copyOf(messages);
  }

  /**
   * Returns the {@code Retry-After} delay, if NewStore sent one.
   *
   * @return the delay NewStore asked for, or empty
   */
  public Optional<Duration> retryAfterDelay() {
    return Optional.ofNullable(retryAfter);
  }
}
