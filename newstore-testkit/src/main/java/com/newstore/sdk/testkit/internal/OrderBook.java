package com.newstore.sdk.testkit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Injected orders: {@code POST v0/d/fulfill_order} is idempotent on {@code external_id} (the same
 * external id answers the same order), {@code GET v0/d/external_orders/{external_id}} reads one.
 * Thread-safe.
 */
public final class OrderBook {
  private final Clock clock;
  private final Map<String, Map<String, Object>> orders = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> responses = new LinkedHashMap<>();

  /**
   * Creates an empty order book.
   *
   * @param clock the clock for {@code created_at}
   */
  public OrderBook(Clock clock) {
    this.clock = clock;
  }

  /**
   * Injects an order, or answers the order already injected with the same external id.
   *
   * @param req the request
   * @return 201 for a new order, 200 for a repeat, 400 when the body is invalid
   */
  public synchronized Reply inject(SimRequest req) {
    Map<String, Object> body = req.jsonObject(false);
    if (!(body.get("external_id") instanceof String externalId) || externalId.isBlank()) {
      return Reply.problem(400, "bad_request", "external_id is required", req.requestId());
    }
    Map<String, Object> known = responses.get(externalId);
    if (known != null) {
      return Reply.json(200, known);
    }
    List<String> errors = new ArrayList<>();
    if (!(body.get("shipments") instanceof List<?> shipments) || shipments.isEmpty()) {
      errors.add("shipments must be a non-empty array");
    }
    if (!errors.isEmpty()) {
      return Reply.problem(400, "bad_request", String.join("; ", errors), req.requestId());
    }
    String orderId = UUID.randomUUID().toString();
    List<Object> items = new ArrayList<>();
    for (Object shipment : (List<?>) body.get("shipments")) {
      if (shipment instanceof Map<?, ?> s && s.get("items") instanceof List<?> shipmentItems) {
        for (Object item : shipmentItems) {
          if (item instanceof Map<?, ?> i) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("external_item_id", i.get("external_item_id"));
            ref.put("id", UUID.randomUUID().toString());
            ref.put("product_id", i.get("product_id"));
            items.add(ref);
          }
        }
      }
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("external_id", externalId);
    response.put("id", orderId);
    response.put("items", items);
    Map<String, Object> stored = new LinkedHashMap<>(body);
    stored.put("id", orderId);
    stored.put("items", items);
    stored.put("created_at", clock.instant().toString());
    responses.put(externalId, response);
    orders.put(externalId, stored);
    return Reply.json(201, response);
  }

  /**
   * Reads an injected order.
   *
   * @param req the request
   * @param externalId the external id from the path
   * @return 200 with the order, or 404
   */
  public synchronized Reply read(SimRequest req, String externalId) {
    Map<String, Object> order = orders.get(externalId);
    if (order == null) {
      return Reply.problem(
          404, "not_found", "No order with external id " + externalId, req.requestId());
    }
    return Reply.json(200, order);
  }

  /**
   * Returns an injected order as stored.
   *
   * @param externalId the external id
   * @return the order, if any
   */
  public synchronized Optional<Map<String, Object>> find(String externalId) {
    return Optional.ofNullable(orders.get(externalId)).map(Map::copyOf);
  }

  /**
   * Returns how many distinct orders were injected.
   *
   * @return the count
   */
  public synchronized int size() {
    return orders.size();
  }
}
