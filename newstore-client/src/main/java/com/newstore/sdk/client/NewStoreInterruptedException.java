package com.newstore.sdk.client;

/**
 * Thrown when the calling thread was interrupted while the SDK waited (for a retry, a token or a
 * waiter poll). The thread's interrupt flag is set again before this is thrown, so code further up
 * still sees the interruption.
 */
public class NewStoreInterruptedException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was interrupted
   * @param cause the interruption
   */
  public NewStoreInterruptedException(String message, Throwable cause) {
    super(message, cause);
  }
}
