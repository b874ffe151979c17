package com.newstore.sdk.client;

/**
 * Thrown when NewStore answered {@code 401 Unauthorized} even after the SDK fetched a fresh token
 * and tried once more, or when the token endpoint refused the client credentials.
 */
public class AuthenticationException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public AuthenticationException(ApiError error) {
    super(
        error,
        "Check the client id and secret (or your TokenProvider) and that they belong to this tenant and stage");
  }

  /**
   * Returns the exception for a token endpoint that refused the client credentials ({@code 400} or
   * {@code 401} from the OAuth2 token URL).
   *
   * @param error the token endpoint's decoded answer
   * @return the exception, whose message says what to check
   */
  public static AuthenticationException credentialsRefused(ApiError error) {
    return new AuthenticationException(
        error,
        "The token endpoint refused the client credentials: check the client id and secret, and"
            + " that they were issued for this tenant and stage");
  }

  /**
   * Creates the exception with a more specific hint, for subclasses.
   *
   * @param error the decoded error answer
   * @param hint what the caller can do about it
   */
  protected AuthenticationException(ApiError error, String hint) {
    super(error, hint);
  }
}
