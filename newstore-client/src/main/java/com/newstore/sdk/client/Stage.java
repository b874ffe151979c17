package com.newstore.sdk.client;

import java.util.Locale;
import java.util.Objects;

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

  /**
   * Returns the stage a setting names: {@code production}, {@code staging} or {@code sandbox} in
   * any case, or the host codes {@code p}, {@code x} and {@code t}. Use it for environment
   * variables and configuration files.
   *
   * <pre>{@code
   * Stage stage = Stage.parse(System.getenv().getOrDefault("NEWSTORE_STAGE", "production"));
   * }</pre>
   *
   * @param text the setting, surrounding white space ignored
   * @return the stage
   * @throws IllegalArgumentException when the text names no stage; the message lists the accepted
   *     values
   */
  public static Stage parse(String text) {
    Objects.requireNonNull(text, "text == null");
    String value = text.trim().toLowerCase(Locale.ROOT);
    for (Stage stage : values()) {
      if (stage.code.equals(value) || stage.name().toLowerCase(Locale.ROOT).equals(value)) {
        return stage;
      }
    }
    throw new IllegalArgumentException(
        "Unknown NewStore stage '"
            + text
            + "': use production, staging or sandbox (or their host codes p, x, t)");
  }
}
