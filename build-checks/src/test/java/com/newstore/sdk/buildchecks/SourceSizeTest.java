package com.newstore.sdk.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Keeps every main source file of a published module at most {@value #MAX_LINES} lines, so a class
 * that grows past one purpose is split (into {@code internal} helpers, or siblings) before it is
 * merged, not after.
 */
class SourceSizeTest {
  static final int MAX_LINES = 500;

  @Test
  void mainSources_ofPublishedModules_fitTheLimit() {
    Map<String, Long> over = overLimit();

    assertThat(over)
        .as(
            "main files over %d lines (split them: helpers to an internal package, nested types"
                + " to their own files)",
            MAX_LINES)
        .isEmpty();
  }

  private static Map<String, Long> overLimit() {
    List<Path> sources = PublishedSources.mainSources();
    assertThat(sources).as("main sources of the published modules").isNotEmpty();
    Map<String, Long> over = new TreeMap<>();
    for (Path file : sources) {
      long lines = PublishedSources.read(file).lines().count();
      if (lines > MAX_LINES) {
        over.put(PublishedSources.relative(file), lines);
      }
    }
    return over;
  }
}
