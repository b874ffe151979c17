package com.newstore.sdk.client;

/**
 * Names a NewStore environment. A tenant's API lives at {@code
 * https://{tenant}.{stage}.newstore.net} and its token endpoint at {@code
 * https://id.{stage}.newstore.net}.
 */
public enum Stage {
  /** The production environment, host code {@code p}. */
  PRODUCTION("p"),
  /** The staging environment, host code {@code x}. */
  STAGING("x"),
  /** The sandbox (test) environment, host code {@code t}. */
  SANDBOX("t");

  private final String code;

  Stage(String code) {
    this.code = code;
  }

  /**
   * Returns the code used in NewStore host names.
   *
   * @return {@code p}, {@code x} or {@code t}
   */
  public String code() {
    return code;
  }
}
