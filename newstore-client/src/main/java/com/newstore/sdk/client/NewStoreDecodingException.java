package com.newstore.sdk.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when NewStore answered with a success status but the body could not be read as the
 * documented JSON shape (malformed JSON, or a value of the wrong type). The message names the JSON
 * path that failed; the body itself is never included because it may hold secrets.
 */
public class NewStoreDecodingException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be decoded
   * @param cause the parser's failure, if any
   */
  public NewStoreDecodingException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
