package com.newstore.sdk.client.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Parses the {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Returns the delay the header asks for, measured from {@code clock}'s now.
   *
   * @param header the header value, or null when absent
   * @param clock the clock to measure an HTTP date against
   * @return the delay (zero for a date in the past), or null when absent or unparsable
   */
  public static @Nullable Duration parse(@Nullable String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException tooLarge) {
        // More seconds than a long holds: as good as "never", so above any retry cap.
        return Duration.ofSeconds(Long.MAX_VALUE);
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), at.toInstant());
      return delay.isNegative() ? Duration.ZERO : delay;
    } catch (DateTimeException notADate) {
      return null;
    }
  }
}
