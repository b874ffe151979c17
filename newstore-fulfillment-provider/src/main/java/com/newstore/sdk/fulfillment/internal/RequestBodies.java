package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.fulfillment.RejectedItems;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentLineItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JSON bodies of the Fulfillment Provider API's POSTs; the one place their fields live.
 */
public final class RequestBodies {
  private RequestBodies() {}

  /**
   * Returns the accept body, an empty object.
   *
   * @return {@code {}}
   */
  public static Map<String, Object> accept() {
    return Map.of();
  }

  /**
   * Returns {@code {missing_items: [{reason, product_ids}]}}.
   *
   * @param groups the rejected groups
   * @return the body
   */
  public static Map<String, Object> rejectItems(List<RejectedItems> groups) {
    List<Object> missing =
        groups.stream()
            .<Object>map(g -> Map.of("reason", g.reason().value(), "product_ids", g.productIds()))
            .toList();
    return Map.of("missing_items", missing);
  }

  /**
   * Returns {@code {product_ids: [...]}}.
   *
   * @param productIds the product ids, one per unit
   * @return the body
   */
  public static Map<String, Object> cancelItems(List<String> productIds) {
    return Map.of("product_ids", productIds);
  }

  /**
   * Returns {@code {line_items: [{product_ids, shipment: {tracking_code, carrier, ...}}]}}.
   *
   * @param lineItems the shipped line items
   * @return the body
   */
  public static Map<String, Object> updateShipment(List<ShipmentLineItem> lineItems) {
    List<Object> lines =
        lineItems.stream()
            .<Object>map(
                l -> Map.of("product_ids", l.productIds(), "shipment", shipment(l.shipment())))
            .toList();
    return Map.of("line_items", lines);
  }

  private static Map<String, Object> shipment(Shipment s) {
    Map<String, Object> out = new LinkedHashMap<>(s.otherFields());
    out.put("tracking_code", s.trackingCode());
    out.put("carrier", s.carrier());
    if (s.trackingUrl() != null) {
      out.put("tracking_url", s.trackingUrl());
    }
    if (s.serviceLevel() != null) {
      out.put("service_level", s.serviceLevel());
    }
    return out;
  }
}
