package com.newstore.sdk.client;

/**
 * Thrown when NewStore answered {@code 422 Unprocessable Entity}: the body was well-formed but
 * broke a business rule.
 */
public class UnprocessableEntityException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public UnprocessableEntityException(ApiError error) {
    super(error, "Fix the request body: the server's message names what it refused");
  }

  /**
   * Creates the exception with a more specific hint, for subclasses.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it
   */
  protected UnprocessableEntityException(ApiError error, String hint) {
    super(error, hint);
  }
}
