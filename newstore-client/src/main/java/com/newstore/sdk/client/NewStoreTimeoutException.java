package com.newstore.sdk.client;

/**
 * Thrown when a call to NewStore did not complete within the connect, read or call timeout
 * configured on {@link NewStoreClient.Builder}, or when retries would exceed the retry policy's
 * total time.
 */
public class NewStoreTimeoutException extends NewStoreNetworkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out
   * @param cause the underlying timeout, if any
   */
  public NewStoreTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
