package com.newstore.sdk.fulfillment.outbox.internal;

import com.newstore.sdk.fulfillment.StatusEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts units by product id: product ids count units, so {@code [a, a]} is two units of a. */
public final class Units {
  private Units() {}

  /**
   * Counts the units in lists of product ids.
   *
   * @param lists the lists
   * @return units per product id
   */
  public static Map<String, Integer> count(List<List<String>> lists) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> list : lists) {
      for (String id : list) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Counts the units in status entries.
   *
   * @param entries the entries NewStore returned
   * @return units per product id
   */
  public static Map<String, Integer> inStatus(List<StatusEntry> entries) {
    return count(entries.stream().map(StatusEntry::productIds).toList());
  }

  /**
   * Returns whether every needed unit is present.
   *
   * @param needed units per product id
   * @param present units per product id
   * @return true when present covers needed
   */
  public static boolean covers(Map<String, Integer> present, Map<String, Integer> needed) {
    for (Map.Entry<String, Integer> e : needed.entrySet()) {
      if (present.getOrDefault(e.getKey(), 0) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
