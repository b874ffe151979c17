package com.newstore.sdk.client;

/**
 * Thrown when NewStore answered {@code 403 Forbidden}: the credentials lack the permission, or
 * (with a non-JSON body) the edge's global rate budget for the caller's IP was exceeded.
 */
public class PermissionDeniedException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public PermissionDeniedException(ApiError error) {
    super(
        error,
        "Check that the API client has the role this call needs; a non-JSON 403 is NewStore's edge blocking the caller's IP for too many requests");
  }

  /**
   * Creates the exception with a more specific hint, for subclasses.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it
   */
  protected PermissionDeniedException(ApiError error, String hint) {
    super(error, hint);
  }
}
