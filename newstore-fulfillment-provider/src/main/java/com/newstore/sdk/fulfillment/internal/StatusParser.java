package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.fulfillment.CancellationStatus;
import com.newstore.sdk.fulfillment.RejectionStatus;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.StatusEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the status bodies leniently: their inner shapes are unconfirmed, so any entry that names
 * product ids counts and every field the SDK does not use is kept. Null values are dropped.
 */
public final class StatusParser {
  private static final Set<String> PRODUCT_KEYS = Set.of("product_id", "product_ids");
  private static final List<String> NESTED_KEYS = List.of("items", "line_items");

  private StatusParser() {}

  /**
   * Reads a shipment status body.
   *
   * @param body the parsed JSON object
   * @return the status
   */
  public static ShipmentStatus shipment(Map<String, Object> body) {
    Map<String, Object> rest = withoutNulls(body);
    List<StatusEntry> ok = entries(rest.remove("successful_shipments"));
    List<StatusEntry> failed = entries(rest.remove("failed_shipments"));
    return new ShipmentStatus(ok, failed, rest);
  }

  /**
   * Reads a cancellation status body.
   *
   * @param body the parsed JSON object
   * @return the status
   */
  public static CancellationStatus cancellation(Map<String, Object> body) {
    Map<String, Object> rest = withoutNulls(body);
    return new CancellationStatus(entries(rest.remove("canceled_items")), rest);
  }

  /**
   * Reads a rejection status body, whose shape is unknown: every top-level list of entries that
   * name product ids, and the legacy {@code missing_product_ids}, count as rejected items.
   *
   * @param body the parsed JSON object
   * @return the status
   */
  public static RejectionStatus rejection(Map<String, Object> body) {
    Map<String, Object> rest = withoutNulls(body);
    List<StatusEntry> rejected = new ArrayList<>();
    if (rest.get("missing_product_ids") instanceof List<?> ids) {
      rest.remove("missing_product_ids");
      Map<String, Object> fields = new LinkedHashMap<>();
      if (rest.get("rejection_reason") != null) {
        fields.put("reason", rest.remove("rejection_reason"));
      }
      rejected.add(new StatusEntry(strings(ids), fields));
    }
    for (String key : List.copyOf(rest.keySet())) {
      if (rest.get(key) instanceof List<?> list && !list.isEmpty() && namesProducts(list)) {
        rejected.addAll(entries(rest.remove(key)));
      }
    }
    return new RejectionStatus(rejected, rest);
  }

  private static boolean namesProducts(List<?> list) {
    return list.stream().allMatch(o -> o instanceof Map<?, ?> m && !productIds(m).isEmpty());
  }

  private static List<StatusEntry> entries(Object raw) {
    List<StatusEntry> out = new ArrayList<>();
    if (raw instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          Map<String, Object> fields = new LinkedHashMap<>();
          for (Map.Entry<?, ?> e : m.entrySet()) {
            if (e.getValue() != null && !PRODUCT_KEYS.contains(String.valueOf(e.getKey()))) {
              fields.put(String.valueOf(e.getKey()), e.getValue());
            }
          }
          out.add(new StatusEntry(productIds(m), fields));
        } else if (o instanceof String id) {
          out.add(new StatusEntry(List.of(id), Map.of()));
        }
      }
    }
    return out;
  }

  /** Product ids named by an entry, or else by its nested items, one per unit. */
  private static List<String> productIds(Map<?, ?> entry) {
    List<String> ids = new ArrayList<>();
    if (entry.get("product_id") instanceof String id) {
      ids.add(id);
    }
    if (entry.get("product_ids") instanceof List<?> list) {
      ids.addAll(strings(list));
    }
    if (ids.isEmpty()) {
      for (String key : NESTED_KEYS) {
        if (entry.get(key) instanceof List<?> nested) {
          for (Object o : nested) {
            if (o instanceof Map<?, ?> m) {
              ids.addAll(productIds(m));
            }
          }
        }
      }
    }
    return ids;
  }

  private static List<String> strings(List<?> list) {
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> body) {
    Map<String, Object> copy = new LinkedHashMap<>();
    body.forEach(
        (k, v) -> {
          if (v != null) {
            copy.put(k, v);
          }
        });
    return copy;
  }
}
