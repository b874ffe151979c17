package com.newstore.sdk.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.preflight.PreflightCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's prerequisites and the preflight list the same checks in the same order (issue 15,
 * "one playbook, three places"; the quickstart's {@code QuickstartPreflightTest} covers the third
 * place).
 */
class PrerequisitesOrderTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String SECTION = "## Prerequisites (the external OMS playbook)";
  private static final Pattern CHECK_ID = Pattern.compile("`([a-z-]+\\.[a-z-]+)`");

  @Test
  void readmePrerequisites_listEveryPreflightCheckInTheRegistrysOrder() throws IOException {
    List<String> readme = readmeCheckIds();

    List<String> registry =
        Arrays.stream(PreflightCheck.values())
            .filter(c -> !c.isProbe())
            .map(PreflightCheck::id)
            .toList();
    assertThat(readme)
        .as("check ids in the last column of the README's prerequisites table, top to bottom")
        .containsExactlyElementsOf(registry);
  }

  @Test
  void preflightDocChecksTable_listsEveryCheckInTheRegistrysOrder() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/preflight.md"));
    String section = doc.substring(doc.indexOf("## The checks"), doc.indexOf("## Probes"));
    List<String> ids = new ArrayList<>();
    for (String line : section.split("\n")) {
      Matcher m = Pattern.compile("^\\| `([a-z-]+\\.[a-z-]+)` \\|").matcher(line);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }

    assertThat(ids)
        .containsExactlyElementsOf(
            Arrays.stream(PreflightCheck.values()).map(PreflightCheck::id).toList());
  }

  /** The backticked check ids of the table's last column, row by row. */
  private static List<String> readmeCheckIds() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf(SECTION);
    assertThat(start).as("README section '%s'", SECTION).isNotNegative();
    int end = readme.indexOf("\n## ", start + SECTION.length());
    List<String> ids = new ArrayList<>();
    for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| #")) {
        continue;
      }
      String[] cells = line.split("\\|");
      Matcher m = CHECK_ID.matcher(cells[cells.length - 1]);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }
}
