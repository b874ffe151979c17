package com.newstore.sdk.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/getting-started.md shows the getting-started program and its test verbatim. */
class GettingStartedDocTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path EXAMPLE = ROOT.resolve("examples/getting-started/src");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void gettingStartedPage_showsTheProgramAndItsTestVerbatim() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(ROOT.resolve("docs/getting-started.md")));
    while (m.find()) {
      blocks.add(m.group(1));
    }

    assertThat(blocks)
        .containsExactly(
            Files.readString(
                EXAMPLE.resolve(
                    "main/java/com/newstore/examples/gettingstarted/GettingStarted.java")),
            Files.readString(
                EXAMPLE.resolve(
                    "test/java/com/newstore/examples/gettingstarted/GettingStartedTest.java")));
  }
}
