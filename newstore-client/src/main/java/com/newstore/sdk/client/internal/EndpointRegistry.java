package com.newstore.sdk.client.internal;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every endpoint id the SDK modules on the class path publish through {@link EndpointCatalog}, and
 * the check the client builder runs on path overrides. Not for users.
 */
public final class EndpointRegistry {
  private static final int SUGGESTIONS = 3;

  private EndpointRegistry() {}

  /**
   * Returns every known endpoint id, sorted.
   *
   * @return the ids of all catalogs found by {@link ServiceLoader}
   */
  public static Set<String> knownIds() {
    // Not cached: a builder runs this once, and a cache would pin the first class loader's view.
    Set<String> ids = new TreeSet<>();
    for (EndpointCatalog catalog :
        ServiceLoader.load(EndpointCatalog.class, EndpointCatalog.class.getClassLoader())) {
      ids.addAll(catalog.endpointIds());
    }
    return ids;
  }

  /**
   * Fails when {@code id} is not a known endpoint id, naming the nearest known ids.
   *
   * @param id the id of a path override
   * @param known the known ids
   * @throws IllegalArgumentException when {@code id} is unknown
   */
  public static void checkKnown(String id, Set<String> known) {
    if (known.contains(id)) {
      return;
    }
    List<String> nearest =
        known.stream()
            .sorted(Comparator.comparingInt((String k) -> distance(id, k)).thenComparing(k -> k))
            .limit(SUGGESTIONS)
            .toList();
    throw new IllegalArgumentException(
        "pathOverride names the unknown endpoint id '"
            + id
            + "'; the nearest known ids are "
            + nearest
            + " (all ids of this module are constants of ClientEndpoints)");
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
