package com.newstore.sdk.testkit.internal;

/** Thrown inside a simulator handler to answer with an error {@link Reply}. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Reply reply;

  /**
   * Creates the exception.
   *
   * @param reply the error reply to send
   */
  public ApiException(Reply reply) {
    super(null, null, false, false);
    this.reply = reply;
  }

  /**
   * Returns the reply to send.
   *
   * @return the reply
   */
  public Reply reply() {
    return reply;
  }
}
