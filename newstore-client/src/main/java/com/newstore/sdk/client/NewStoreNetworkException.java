package com.newstore.sdk.client;

/**
 * Thrown when no HTTP response arrived from NewStore: the connection was refused or reset, the host
 * could not be resolved, TLS failed, or the response body was cut off. Retries (see {@link
 * RetryPolicy}) have already been spent when this is thrown.
 */
public class NewStoreNetworkException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the I/O failure
   */
  public NewStoreNetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
