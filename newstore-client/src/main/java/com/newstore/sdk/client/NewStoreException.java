package com.newstore.sdk.client;

/**
 * Thrown when a call to NewStore fails for any reason; the root of every exception the SDK throws.
 *
 * <p>It is unchecked, like the exceptions of OkHttp, Moshi and the AWS SDK. Catch a subclass to
 * react to one kind of failure: {@link NewStoreApiException} when NewStore answered with an error
 * status, {@link NewStoreNetworkException} when no answer arrived, {@link
 * NewStoreValidationException} when a request was refused before it was sent. Messages never
 * contain credentials, tokens or api keys.
 */
public class NewStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong and, where possible, what to do about it
   */
  public NewStoreException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong and, where possible, what to do about it
   * @param cause the underlying failure
   */
  public NewStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
