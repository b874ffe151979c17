package com.newstore.sdk.client;

/**
 * Thrown when NewStore answered {@code 404 Not Found}: the resource does not exist, or the path is
 * wrong. For an endpoint whose path is unconfirmed, set the right path with {@link
 * NewStoreClient.Builder#pathOverride(String, String)}.
 */
public class NotFoundException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public NotFoundException(ApiError error) {
    super(
        error,
        "Check the id, the tenant and stage; for an endpoint marked unconfirmed, override its path on NewStoreClient.Builder");
  }

  /**
   * Creates the exception with a more specific hint, for subclasses.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it
   */
  protected NotFoundException(ApiError error, String hint) {
    super(error, hint);
  }
}
