package com.newstore.sdk.client;

import java.time.Instant;
import java.util.Objects;

/**
 * Holds a bearer token and the instant it expires. {@link #toString()} never shows the token.
 *
 * @param value the bearer token sent as {@code Authorization: Bearer <value>}
 * @param expiresAt when NewStore stops accepting it; {@link Instant#MAX} when unknown
 */
public record AccessToken(String value, Instant expiresAt) {
  /**
   * Checks and normalises the components.
   *
   * @param value see the record description
   * @param expiresAt see the record description
   */
  public AccessToken {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
  }

  @Override
  public String toString() {
    return "AccessToken[value=<redacted>, expiresAt=" + expiresAt + "]";
  }
}
