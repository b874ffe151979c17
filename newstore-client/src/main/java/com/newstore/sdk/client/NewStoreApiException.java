package com.newstore.sdk.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when NewStore answered with an HTTP error status. Subclasses name the common statuses:
 * {@link BadRequestException} (400), {@link AuthenticationException} (401), {@link
 * PermissionDeniedException} (403), {@link NotFoundException} (404), {@link ConflictException}
 * (409), {@link UnprocessableEntityException} (422), {@link RateLimitException} (429) and {@link
 * ServerException} (5xx); any other status is thrown as this class.
 *
 * <pre>{@code
 * try {
 *   client.salesOrderConfig().orderIdSequence().set(sequence);
 * } catch (ConflictException e) {
 *   log.warn("already set: {} (request {})", e.errorCode(), e.requestId());
 * }
 * }</pre>
 */
public class NewStoreApiException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  // ApiError is a plain record; its components are kept in the serialized fields below, so the
  // accessors work on a deserialized exception (Retrofit's HttpException keeps code and message).
  private final transient @Nullable ApiError error;

  /** The HTTP status. */
  private final int statusCode;

  /** The failed request's method. */
  private final String method;

  /** The failed request's path. */
  private final String path;

  /** NewStore's error code. */
  private final @Nullable String errorCode;

  /** The server's message. */
  private final @Nullable String serverMessage;

  /** NewStore's request id. */
  private final @Nullable String requestId;

  /** The problem's messages. */
  private final ArrayList<String> messages;

  /** The Retry-After delay. */
  private final @Nullable Duration retryAfter;

  /** The answer's content type. */
  private final @Nullable String contentType;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public NewStoreApiException(ApiError error) {
    this(error, defaultHint(error.statusCode()));
  }

  /**
   * Creates the exception for an error answer with a hint on what to do.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it, appended to the message
   */
  protected NewStoreApiException(ApiError error, String hint) {
    super(describe(Objects.requireNonNull(error, "error == null"), hint));
    this.error = error;
    this.statusCode = error.statusCode();
    this.method = error.method();
    this.path = error.path();
    this.errorCode = error.errorCode();
    this.serverMessage = error.message();
    this.requestId = error.requestId();
    this.messages = new ArrayList<>(error.messages());
    this.retryAfter = error.retryAfter();
    this.contentType = error.contentType();
  }

  /**
   * Returns the HTTP status NewStore answered with.
   *
   * @return the HTTP status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns NewStore's machine-readable error code, such as {@code conflict_version}.
   *
   * @return the {@code error_code}, or {@code null} when the body had none
   */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /**
   * Returns the server's human-readable message.
   *
   * @return the server's message, or {@code null} when the body had none
   */
  public @Nullable String serverMessage() {
    return serverMessage;
  }

  /**
   * Returns NewStore's request id, to quote when asking NewStore support.
   *
   * @return the request id, or {@code null} when the answer had none
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * Returns the problem's {@code messages[]} (often one per invalid field).
   *
   * @return the messages, possibly empty
   */
  public List<String> messages() {
    return List.copyOf(messages);
  }

  /**
   * Returns how long NewStore asked the caller to wait, from {@code Retry-After}.
   *
   * @return the delay, or empty when not sent
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Returns everything known about the error answer.
   *
   * @return the decoded error
   */
  public ApiError error() {
    return error != null
        ? error
        : new ApiError(
            statusCode,
            method,
            path,
            errorCode,
            serverMessage,
            requestId,
            messages,
            retryAfter,
            contentType);
  }

  private static String describe(ApiError e, String hint) {
    StringBuilder s = new StringBuilder();
    s.append("NewStore answered HTTP ").append(e.statusCode());
    s.append(" to ").append(e.method()).append(' ').append(e.path());
    if (e.errorCode() != null) {
      s.append(" [").append(e.errorCode()).append(']');
    }
    if (e.message() != null) {
      s.append(": ").append(e.message());
    } else if (e.contentType() != null && !e.contentType().contains("json")) {
      s.append(": the body was not JSON (").append(e.contentType()).append(')');
    } else {
      s.append(": no error details in the body");
    }
    if (!e.messages().isEmpty()) {
      s.append(' ').append(e.messages());
    }
    if (e.requestId() != null) {
      s.append(" (request id ").append(e.requestId()).append(')');
    }
    if (!hint.isEmpty()) {
      s.append(". ").append(hint);
    }
    return s.toString();
  }

  private static String defaultHint(int status) {
    return status >= 500 ? "NewStore failed; retry later" : "";
  }
}
