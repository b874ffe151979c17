package com.newstore.sdk.fulfillment.outbox.internal;

import com.newstore.sdk.fulfillment.RejectedItems;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentLineItem;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Encodes what an entry sends as JSON in the {@code payload} column, and decodes it. The format is
 * the outbox's own (not NewStore's), so it can be read back after an SDK upgrade.
 */
public final class Payloads {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private Payloads() {}

  /**
   * Encodes nothing (accept).
   *
   * @return the payload
   */
  public static String empty() {
    return "{}";
  }

  /**
   * Encodes product ids (cancel).
   *
   * @param productIds the units
   * @return the payload
   */
  public static String productIds(List<String> productIds) {
    return JSON.toJson(Map.of("product_ids", List.copyOf(productIds)));
  }

  /**
   * Encodes shipped packages.
   *
   * @param lineItems the packages
   * @return the payload
   */
  public static String lineItems(List<ShipmentLineItem> lineItems) {
    List<Object> items = new ArrayList<>();
    for (ShipmentLineItem item : lineItems) {
      Shipment s = item.shipment();
      Map<String, Object> shipment = new LinkedHashMap<>();
      shipment.put("tracking_code", s.trackingCode());
      shipment.put("carrier", s.carrier());
      putIfPresent(shipment, "tracking_url", s.trackingUrl());
      putIfPresent(shipment, "service_level", s.serviceLevel());
      shipment.put("other_fields", s.otherFields());
      items.add(Map.of("product_ids", item.productIds(), "shipment", shipment));
    }
    return JSON.toJson(Map.of("line_items", items));
  }

  /**
   * Encodes rejected items.
   *
   * @param groups the items by reason
   * @return the payload
   */
  public static String rejections(List<RejectedItems> groups) {
    List<Object> out = new ArrayList<>();
    for (RejectedItems g : groups) {
      out.add(Map.of("reason", g.reason().value(), "product_ids", g.productIds()));
    }
    return JSON.toJson(Map.of("groups", out));
  }

  /**
   * Decodes a cancel payload.
   *
   * @param json the payload
   * @return the product ids
   */
  public static List<String> decodeProductIds(String json) {
    return strings(read(json).get("product_ids"));
  }

  /**
   * Decodes a ship payload.
   *
   * @param json the payload
   * @return the packages
   */
  @SuppressWarnings("unchecked")
  public static List<ShipmentLineItem> decodeLineItems(String json) {
    List<ShipmentLineItem> items = new ArrayList<>();
    for (Object o : (List<Object>) Objects.requireNonNull(read(json).get("line_items"))) {
      Map<String, Object> item = (Map<String, Object>) o;
      Map<String, Object> s = (Map<String, Object>) Objects.requireNonNull(item.get("shipment"));
      Object other = s.get("other_fields");
      Shipment shipment =
          new Shipment(
              String.valueOf(s.get("tracking_code")),
              String.valueOf(s.get("carrier")),
              (String) s.get("tracking_url"),
              (String) s.get("service_level"),
              other == null ? Map.of() : (Map<String, Object>) integral(other));
      items.add(new ShipmentLineItem(strings(item.get("product_ids")), shipment));
    }
    return items;
  }

  /**
   * Decodes a reject payload.
   *
   * @param json the payload
   * @return the items by reason
   */
  @SuppressWarnings("unchecked")
  public static List<RejectedItems> decodeRejections(String json) {
    List<RejectedItems> groups = new ArrayList<>();
    for (Object o : (List<Object>) Objects.requireNonNull(read(json).get("groups"))) {
      Map<String, Object> g = (Map<String, Object>) o;
      groups.add(
          new RejectedItems(
              RejectionReason.of(String.valueOf(g.get("reason"))), strings(g.get("product_ids"))));
    }
    return groups;
  }

  /**
   * Returns every unit a payload names, whatever the operation.
   *
   * @param json the payload
   * @return the product ids, one per unit
   */
  @SuppressWarnings("unchecked")
  public static List<String> units(String json) {
    Map<String, Object> m = read(json);
    List<String> units = new ArrayList<>();
    if (m.containsKey("product_ids")) {
      units.addAll(strings(m.get("product_ids")));
    }
    for (String list : List.of("line_items", "groups")) {
      Object items = m.get(list);
      if (items != null) {
        for (Object o : (List<Object>) items) {
          units.addAll(strings(((Map<String, Object>) o).get("product_ids")));
        }
      }
    }
    return units;
  }

  /** Moshi reads every JSON number as a double: give whole numbers back as longs (3, not 3.0). */
  private static Object integral(Object value) {
    if (value instanceof Double d
        && d == Math.rint(d)
        && !d.isInfinite()
        && Math.abs(d) < 9.007199254740992E15) {
      return d.longValue();
    }
    if (value instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, v == null ? null : integral(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(v == null ? null : integral(v)));
      return out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(String json) {
    try {
      Object value = JSON.fromJson(json);
      if (value instanceof Map<?, ?> m) {
        return (Map<String, Object>) m;
      }
      throw new IllegalStateException("An outbox payload is not a JSON object");
    } catch (IOException e) {
      throw new UncheckedIOException("An outbox payload is not valid JSON", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(@Nullable Object list) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<Object>) Objects.requireNonNull(list, "product_ids missing")) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
