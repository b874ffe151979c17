package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small checks the configuration services share. Not for users. */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code d} in seconds, rejecting a fraction of a second before anything is sent.
   *
   * @param d the duration
   * @param subject the value's name in the error
   * @param field the field's name in the error
   * @return whole seconds
   */
  public static long wholeSeconds(Duration d, String subject, String field) {
    if (d.getNano() != 0) {
      throw new NewStoreValidationException(
          subject, List.of(new Violation(field, "must be a whole number of seconds")));
    }
    return d.getSeconds();
  }

  /**
   * Returns a required wire field or fails with a decoding error naming it.
   *
   * @param value the field
   * @param what its JSON name
   * @param <T> its type
   * @return the field
   */
  public static <T> T required(@Nullable T value, String what) {
    if (value == null) {
      throw new NewStoreDecodingException(
          "NewStore's answer has no " + what + ", which the SDK needs", null);
    }
    return value;
  }
}
