package com.newstore.sdk.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the simple names of public top-level types distinct across every published module, so a
 * user who imports types of two packages (an injected order's shipment and a fulfillment shipment,
 * say) never needs a fully qualified name. Types in {@code internal} packages, which users do not
 * import, and {@code package-info} files are left out; nested types are named through their outer
 * type.
 */
class DistinctPublicNamesTest {
  private static final Pattern PUBLIC_TOP_LEVEL =
      Pattern.compile(
          "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|record|enum|@interface)\\s+(\\w+)");

  @Test
  void publicTypes_ofPublishedModules_haveDistinctSimpleNames() {
    Map<String, List<String>> shared = sharedNames();

    assertThat(shared)
        .as("public types that share a simple name (rename one; users import both)")
        .isEmpty();
  }

  private static Map<String, List<String>> sharedNames() {
    Map<String, List<String>> byName = new TreeMap<>();
    for (Path file : PublishedSources.mainSources()) {
      String relative = PublishedSources.relative(file);
      String fileName = file.getFileName().toString();
      if (relative.contains("/internal/")
          || fileName.equals("package-info.java")
          || fileName.equals("module-info.java")) {
        continue;
      }
      Matcher m = PUBLIC_TOP_LEVEL.matcher(PublishedSources.read(file));
      if (m.find()) {
        byName.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(relative);
      }
    }
    assertThat(byName).as("public types found").containsKeys("NewStoreClient", "NewStoreWebhooks");
    return byName.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }
}
