package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks that the fast path accepts and rejects exactly what {@link OffsetDateTime} does. */
class Rfc3339Test {
  private static final List<String> SAMPLES =
      List.of(
          "2026-11-26T10:15:30Z",
          "2026-11-26T10:15:30.1Z",
          "2026-11-26T10:15:30.123Z",
          "2026-11-26T10:15:30.123456789Z",
          "2026-11-26T10:15:30.1234567891Z",
          "2026-11-26T10:15:30.Z",
          "2024-02-29T23:59:59Z",
          "2026-02-29T00:00:00Z",
          "2026-02-30T00:00:00Z",
          "2026-13-01T00:00:00Z",
          "2026-00-01T00:00:00Z",
          "2026-11-26T24:00:00Z",
          "2026-11-26T23:60:00Z",
          "2026-11-26T23:59:60Z",
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999Z",
          "2026-11-26t10:15:30z",
          "2026-11-26T10:15Z",
          "2026-11-26T10:15:30+02:00",
          "2026-11-26T10:15:30.5-05:30",
          "2026-11-26 10:15:30Z",
          "2026-1-26T10:15:30Z",
          "+2026-11-26T10:15:30Z",
          "2026-11-26T10:15:3aZ",
          "2026-11-26T10:15:30.12a4Z",
          "2026-11-26T10:15:30ZZ",
          "");

  @Test
  void parse_samples_agreeWithOffsetDateTime() {
    for (String s : SAMPLES) {
      assertSameAsJdk(s);
    }
  }

  @Test
  void parse_randomUtcTimestamps_agreeWithOffsetDateTime() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      String s =
          String.format(
              "%04d-%02d-%02dT%02d:%02d:%02d%sZ",
              random.nextInt(10_000),
              random.nextInt(14),
              random.nextInt(33),
              random.nextInt(25),
              random.nextInt(61),
              random.nextInt(61),
              random.nextBoolean() ? "" : "." + Integer.toString(random.nextInt(1_000_000_000)));
      assertSameAsJdk(s);
    }
  }

  private static void assertSameAsJdk(String s) {
    Instant expected;
    try {
      expected = OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> Rfc3339.parse(s)).as(s).isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(Rfc3339.parse(s)).as(s).isEqualTo(expected);
  }
}
