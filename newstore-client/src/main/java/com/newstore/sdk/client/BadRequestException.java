package com.newstore.sdk.client;

/**
 * Thrown when NewStore answered {@code 400 Bad Request}: the request broke a rule the SDK could not
 * check locally. Not retried.
 */
public class BadRequestException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public BadRequestException(ApiError error) {
    super(error, "Fix the request: the server's message names what it refused");
  }

  /**
   * Creates the exception with a more specific hint, for subclasses.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it
   */
  protected BadRequestException(ApiError error, String hint) {
    super(error, hint);
  }
}
