package com.newstore.sdk.webhooks.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Parses RFC 3339 timestamps exactly as {@link OffsetDateTime#parse(CharSequence)} does, with a
 * fast path for the UTC shape NewStore sends ({@code 2026-11-26T10:15:30.123Z}). The JDK's
 * formatter copies its parse state into a new map at every optional section, which made two
 * timestamps a quarter of a small event's allocations; anything but the plain shape still goes
 * through the JDK, so what is accepted and rejected does not change.
 */
public final class Rfc3339 {
  private Rfc3339() {}

  /**
   * Parses a timestamp.
   *
   * @param s the text
   * @return the instant
   * @throws java.time.format.DateTimeParseException when {@link OffsetDateTime#parse} rejects it
   */
  public static Instant parse(String s) {
    Instant fast = parseUtc(s);
    return fast != null ? fast : OffsetDateTime.parse(s).toInstant();
  }

  /** Returns the instant for {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for anything else. */
  private static Instant parseUtc(String s) {
    int n = s.length();
    if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z') {
      return null;
    }
    if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T') {
      return null;
    }
    if (s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      if (s.charAt(19) != '.' || n == 21) {
        return null;
      }
      int fraction = digits(s, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = n - 1 - 20; i < 9; i++) {
        nanos *= 10;
      }
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // such as February 30: the JDK path rejects it with its own message
    }
    long seconds = date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** Returns the ASCII digits from start (inclusive) to end (exclusive) as a number, or -1. */
  private static int digits(String s, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
