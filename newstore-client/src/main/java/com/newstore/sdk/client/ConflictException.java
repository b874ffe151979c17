package com.newstore.sdk.client;

/**
 * Thrown when NewStore answered {@code 409 Conflict}: a stale {@code version}, a value that can no
 * longer change, or a state transition that is not allowed.
 */
public class ConflictException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public ConflictException(ApiError error) {
    super(error, "Re-read the current state and apply the change again");
  }

  /**
   * Creates the exception with a more specific hint, for subclasses.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it
   */
  protected ConflictException(ApiError error, String hint) {
    super(error, hint);
  }
}
