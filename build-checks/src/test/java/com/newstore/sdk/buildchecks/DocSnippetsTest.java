package com.newstore.sdk.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps documentation honest: every {@code ```java} block in README.md and docs/ must appear,
 * whitespace aside, in a compiled Java source of the repository (a test or an example).
 */
class DocSnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaBlockInDocs_isTakenFromCompiledSource() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .forEach(p -> sources.add(squash(read(p))));
    }
    List<Path> docs = new ArrayList<>();
    docs.add(root.resolve("README.md"));
    try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
    }
    int checked = 0;
    List<String> drifted = new ArrayList<>();
    for (Path doc : docs) {
      Matcher m = JAVA_BLOCK.matcher(read(doc));
      while (m.find()) {
        checked++;
        String block = squash(m.group(1));
        if (sources.stream().noneMatch(s -> s.contains(block))) {
          drifted.add(root.relativize(doc) + ":\n" + m.group(1));
        }
      }
    }
    assertThat(checked).isPositive();
    assertThat(drifted).as("java blocks not found in any compiled source").isEmpty();
  }

  private static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
