package com.newstore.sdk.client;

/**
 * Thrown when NewStore answered with a 5xx status and the retry policy gave up (or the request was
 * not safe to retry).
 */
public class ServerException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public ServerException(ApiError error) {
    super(error, "NewStore failed; retry later");
  }

  /**
   * Creates the exception with a more specific hint, for subclasses.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it
   */
  protected ServerException(ApiError error, String hint) {
    super(error, hint);
  }
}
