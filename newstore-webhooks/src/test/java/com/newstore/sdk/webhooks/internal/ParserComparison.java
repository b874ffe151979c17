package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One body through {@link JsonParser} and through the Moshi reader it replaced ({@link
 * MoshiJsonReference}): both accept it with the same value, member order and canonical form, or
 * both refuse it with the same message (data after the document now says so).
 */
final class ParserComparison {
  private static final String TRAILING = "The body has data after the JSON document.";
  private static final String MALFORMED = "The body is not well-formed JSON.";
  private static final String TOO_LONG = "The body holds a number longer than";

  private ParserComparison() {}

  /** Returns whether both accepted; fails when they disagree. */
  static boolean compare(byte[] body, JsonLimits limits) {
    Object expected;
    String expectedError = null;
    try {
      expected = MoshiJsonReference.parse(body, limits);
    } catch (BadInputException e) {
      expected = null;
      expectedError = e.getMessage();
    }
    Object actual;
    String actualError = null;
    try {
      actual = JsonValues.parse(ByteBuffer.wrap(body).asReadOnlyBuffer(), limits);
    } catch (BadInputException e) {
      actual = null;
      actualError = e.getMessage();
    }
    String input = new String(body, StandardCharsets.UTF_8) + " " + Arrays.toString(body);
    if (expectedError == null && actualError == null) {
      assertThat(actual).as(input).isEqualTo(expected);
      assertThat(JsonValues.writeString(actual))
          .as(input)
          .isEqualTo(JsonValues.writeString(expected));
      assertCanonicalFormInTheSamePass(body, limits, actual, input);
      return true;
    }
    if (MALFORMED.equals(expectedError) && TRAILING.equals(actualError)) {
      return false; // the one message that changed: it now names what is wrong
    }
    if (MALFORMED.equals(expectedError)
        && actualError != null
        && actualError.startsWith(TOO_LONG)) {
      // Moshi refuses some integers of 66 digits or more as malformed: its leading-zero check
      // reads an accumulator that has wrapped around to 0. Both refuse; the new message is right.
      return false;
    }
    assertThat(actualError).as(input).isEqualTo(expectedError);
    return false;
  }

  /** The canonical form written while parsing is the one {@link CanonicalJson#of} writes after. */
  static void assertCanonicalFormInTheSamePass(
      byte[] body, JsonLimits limits, @Nullable Object value, String input) {
    CanonicalJson after = CanonicalJson.of(value);
    byte[] expected = Arrays.copyOf(after.bytes(), after.size());
    CanonicalJson canon = CanonicalJson.claimThreadWriter();
    byte[] inPass;
    boolean abandoned;
    try {
      JsonParser.parse(ByteBuffer.wrap(body), limits, canon);
      inPass = Arrays.copyOf(canon.bytes(), canon.size());
      abandoned = canon.abandoned();
    } finally {
      canon.release();
    }
    if (!abandoned) { // past the sort budget the bytes are partial and the digest comes from the
      // tree
      assertThat(new String(inPass, StandardCharsets.UTF_8))
          .as(input)
          .isEqualTo(new String(expected, StandardCharsets.UTF_8));
      assertThat(inPass).as(input).isEqualTo(expected);
    }
    assertThat(JsonValues.parseDigested(ByteBuffer.wrap(body).asReadOnlyBuffer(), limits).digest())
        .as(input)
        .isEqualTo(CanonicalJson.sha256(value));
  }
}
