package com.newstore.sdk.buildchecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the main Java sources of every published module (a {@code newstore-*} module of the
 * parent).
 */
final class PublishedSources {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MODULE = Pattern.compile("<module>(newstore-[^<]+)</module>");

  private PublishedSources() {}

  /** Returns every {@code .java} file under a published module's {@code src/main/java}, sorted. */
  static List<Path> mainSources() {
    List<Path> out = new ArrayList<>();
    for (String module : modules()) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Returns the published modules: the parent's {@code newstore-*} modules with main code. */
  static List<String> modules() {
    List<String> out = new ArrayList<>();
    Matcher m = MODULE.matcher(read(ROOT.resolve("pom.xml")));
    while (m.find()) {
      String module = m.group(1).trim();
      if (Files.isDirectory(ROOT.resolve(module).resolve("src/main/java"))) {
        out.add(module);
      }
    }
    return out;
  }

  /** Returns the path relative to the repository root, with forward slashes. */
  static String relative(Path file) {
    return ROOT.relativize(file).toString().replace('\\', '/');
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
