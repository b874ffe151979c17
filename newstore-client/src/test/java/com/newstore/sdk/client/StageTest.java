package com.newstore.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageTest {

  @ParameterizedTest
  @CsvSource({
    "production, PRODUCTION",
    "PRODUCTION, PRODUCTION",
    "' Staging ', STAGING",
    "sandbox, SANDBOX",
    "p, PRODUCTION",
    "X, STAGING",
    "t, SANDBOX"
  })
  void parse_acceptsNamesInAnyCaseAndHostCodes(String text, Stage expected) {
    assertThat(Stage.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"prod", "''", "q"})
  void parse_unknownText_listsTheAcceptedValues(String text) {
    assertThatThrownBy(() -> Stage.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("production, staging or sandbox");
  }
}
