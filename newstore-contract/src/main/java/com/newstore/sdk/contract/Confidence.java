package com.newstore.sdk.contract;

import java.util.Locale;

/** How sure the contract is of an operation, from its {@code x-confidence} value. */
public enum Confidence {
  /** NewStore's public material or working public integration code shows it. */
  CONFIRMED,
  /** A seed document states it. */
  SEED,
  /** A reading nothing public confirms: keep the value overridable. */
  INFERRED;

  /**
   * Returns the constant for an {@code x-confidence} value.
   *
   * @param value {@code confirmed}, {@code seed} or {@code inferred}
   * @return the constant
   * @throws IllegalArgumentException for any other value
   */
  public static Confidence of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /**
   * Returns the value as the documents spell it.
   *
   * @return {@code confirmed}, {@code seed} or {@code inferred}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
