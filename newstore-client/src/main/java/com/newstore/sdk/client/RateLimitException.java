package com.newstore.sdk.client;

/**
 * Thrown when NewStore answered {@code 429 Too Many Requests} and the retry policy gave up. {@link
 * #retryAfter()} tells how long NewStore asked to wait.
 */
public class RateLimitException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public RateLimitException(ApiError error) {
    super(error, "Slow down: NewStore rate-limited the client; retries were spent");
  }

  /**
   * Creates the exception with a more specific hint, for subclasses.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it
   */
  protected RateLimitException(ApiError error, String hint) {
    super(error, hint);
  }
}
