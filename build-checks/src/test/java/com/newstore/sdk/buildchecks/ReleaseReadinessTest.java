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
 * Keeps the release metadata and the examples honest as modules are added: the BOM lists every
 * published module, each has an {@code Automatic-Module-Name}, one version everywhere, and every
 * example stays a standalone project that imports the BOM and shows code taken from its sources.
 */
class ReleaseReadinessTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void bom_listsEveryPublishedModule() {
    String bom = read(ROOT.resolve("newstore-bom/pom.xml"));
    List<String> published = publishedModules();

    assertThat(published).contains("newstore-client", "newstore-testkit");
    for (String module : published) {
      assertThat(bom).as("newstore-bom lists " + module).contains("<artifactId>" + module + "<");
    }
  }

  @Test
  void bom_importsTheJacksonVersionTheParentBuildsWith() {
    Pattern version = Pattern.compile("<jackson.version>([^<]+)</jackson.version>");
    Matcher parent = version.matcher(read(ROOT.resolve("pom.xml")));
    Matcher bom = version.matcher(read(ROOT.resolve("newstore-bom/pom.xml")));

    assertThat(parent.find()).as("the parent pom sets jackson.version").isTrue();
    assertThat(bom.find()).as("newstore-bom sets jackson.version").isTrue();
    assertThat(bom.group(1))
        .as("newstore-bom's jackson.version (users get it) equals the parent's (tests ran with it)")
        .isEqualTo(parent.group(1));
  }

  @Test
  void bom_listsNoModuleThatSkipsDeploy() {
    String bom = read(ROOT.resolve("newstore-bom/pom.xml"));
    Matcher m = MODULE.matcher(read(ROOT.resolve("pom.xml")));
    int unpublished = 0;
    while (m.find()) {
      String module = m.group(1).trim();
      if (module.startsWith("newstore-") && skipsDeploy(ROOT.resolve(module))) {
        unpublished++;
        assertThat(bom)
            .as("newstore-bom does not list the unpublished " + module)
            .doesNotContain("<artifactId>" + module + "<");
      }
    }
    assertThat(unpublished).as("newstore-test-postgres is such a module").isPositive();
  }

  @Test
  void publishedModules_haveAnAutomaticModuleName() {
    for (String module : publishedModules()) {
      assertThat(read(ROOT.resolve(module).resolve("pom.xml")))
          .as(module + " sets automatic.module.name")
          .containsPattern("<automatic.module.name>com\\.newstore\\.sdk\\.[a-z.]+<");
    }
  }

  @Test
  void versions_areTheSameInTheParentTheBomAndTheExamples() {
    String version = firstVersion(read(ROOT.resolve("pom.xml")));

    assertThat(version).endsWith("-SNAPSHOT").startsWith("0.");
    assertThat(firstVersion(read(ROOT.resolve("newstore-bom/pom.xml")))).isEqualTo(version);
    for (Path example : examples()) {
      assertThat(read(example.resolve("pom.xml")))
          .as(example + " builds against this SDK version")
          .contains("<newstore.version>" + version + "</newstore.version>");
    }
  }

  @Test
  void examples_areStandaloneProjectsThatImportTheBom() {
    assertThat(examples()).isNotEmpty();
    for (Path example : examples()) {
      String pom = read(example.resolve("pom.xml"));
      assertThat(pom)
          .as(example + " does not inherit newstore-parent")
          .doesNotContain("<artifactId>newstore-parent</artifactId>");
      assertThat(pom)
          .as(example + " imports the BOM and is not published")
          .contains("<artifactId>newstore-bom</artifactId>", "<scope>import</scope>")
          .contains("<maven.deploy.skip>true</maven.deploy.skip>");
      assertThat(example.resolve("src/test/java")).as(example + " has a test").isDirectory();
      String readme = read(example.resolve("README.md")).toLowerCase(java.util.Locale.ROOT);
      assertThat(readme).as(example + " README says how to run it").contains("simulator", "tenant");
    }
  }

  @Test
  void exampleReadmes_showCodeTakenFromTheExample() {
    int checked = 0;
    for (Path example : examples()) {
      String sources = squash(javaSources(example));
      Matcher m = JAVA_BLOCK.matcher(read(example.resolve("README.md")));
      while (m.find()) {
        checked++;
        assertThat(sources)
            .as("a java block of " + example.getFileName() + "/README.md is in its sources")
            .contains(squash(m.group(1)));
      }
    }
    assertThat(checked).isPositive();
  }

  private static List<String> publishedModules() {
    List<String> out = new ArrayList<>();
    Matcher m = MODULE.matcher(read(ROOT.resolve("pom.xml")));
    while (m.find()) {
      String module = m.group(1).trim();
      boolean hasCode = Files.isDirectory(ROOT.resolve(module).resolve("src/main/java"));
      if (hasCode
          && module.startsWith("newstore-") // examples/, benchmarks are not published
          && !skipsDeploy(ROOT.resolve(module))) { // nor test support (newstore-test-postgres)
        out.add(module);
      }
    }
    return out;
  }

  /** Whether the module is kept out of publishing ({@code maven.deploy.skip} in its pom). */
  static boolean skipsDeploy(Path module) {
    return read(module.resolve("pom.xml")).contains("<maven.deploy.skip>true</maven.deploy.skip>");
  }

  private static List<Path> examples() {
    List<Path> out = new ArrayList<>();
    Matcher m = MODULE.matcher(read(ROOT.resolve("pom.xml")));
    while (m.find()) {
      if (m.group(1).trim().startsWith("examples/")) {
        out.add(ROOT.resolve(m.group(1).trim()));
      }
    }
    return out;
  }

  private static String firstVersion(String pom) {
    // The project's own version: the first <version> outside <parent> (parent-less poms here).
    Matcher m =
        Pattern.compile("</modelVersion>.*?<version>([^<]+)</version>", Pattern.DOTALL)
            .matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String javaSources(Path dir) {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> all.append(read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toString();
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
