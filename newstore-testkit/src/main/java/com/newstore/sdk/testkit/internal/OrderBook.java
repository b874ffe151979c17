package com.newstore.sdk.testkit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Injected orders ({@code POST v0/d/fulfill_order}), after the {@link RequestContract} checked the
 * body. Rules (newstore-api.md section 4):
 *
 * <ul>
 *   <li>a created order answers {@code 200} (NewStore has no {@code 201});
 *   <li>the same {@code external_id} with the same body answers the same {@code 200} again;
 *   <li>the same {@code external_id} with a different body answers {@code 400
 *       same_order_injection_with_different_data}. NewStore's Swagger contradicts itself here (the
 *       {@code 200} text says the first answer is returned, the operation text says it "will
 *       fail"); the simulator takes the strict reading. The status is unconfirmed: 400 is the
 *       simulator's pick;
 *   <li>a shipment routed {@code external} to a fulfillment node NewStore does not know cancels the
 *       order: it is stored with {@code status: cancelled} and {@code order.cancelled} is emitted.
 * </ul>
 *
 * Thread-safe.
 */
public final class OrderBook {
  /** The error code of a re-injection with a different body (seen in public connector code). */
  public static final String DIFFERENT_DATA = "same_order_injection_with_different_data";

  private final Clock clock;
  private final Predicate<String> knownNode;
  private final EventLog events;
  private final Map<String, Map<String, Object>> orders = new LinkedHashMap<>();
  private final Map<String, Object> requests = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> responses = new LinkedHashMap<>();

  /**
   * Creates an empty order book.
   *
   * @param clock the clock for {@code created_at}
   * @param knownNode whether a fulfillment node id is configured in the tenant
   * @param events where order events are emitted
   */
  public OrderBook(Clock clock, Predicate<String> knownNode, EventLog events) {
    this.clock = clock;
    this.knownNode = knownNode;
    this.events = events;
  }

  /**
   * Injects an order, or answers the order already injected with the same external id.
   *
   * @param req the request, already checked against the documented schema
   * @return the reply
   */
  public Reply inject(SimRequest req) {
    Map<String, Object> body = req.jsonObject(false);
    String externalId = (String) body.get("external_id");
    Map<String, Object> response;
    Map<String, Object> cancelled = null;
    synchronized (this) {
      Map<String, Object> known = responses.get(externalId);
      if (known != null) {
        if (Objects.equals(requests.get(externalId), JsonSupport.normalize(body))) {
          return Reply.json(200, known);
        }
        return Reply.problem(
            400,
            DIFFERENT_DATA,
            "An order with external_id "
                + externalId
                + " was injected with different data; orders cannot be updated, inject under a"
                + " new external_id",
            req.requestId());
      }
      String orderId = UUID.randomUUID().toString();
      List<Object> items = new ArrayList<>();
      for (Object shipment : (List<?>) body.get("shipments")) {
        for (Object item : (List<?>) JsonSupport.asMap(shipment).get("items")) {
          Map<String, Object> i = JsonSupport.asMap(item);
          Map<String, Object> ref = new LinkedHashMap<>();
          ref.put("external_item_id", i.get("external_item_id"));
          ref.put("id", UUID.randomUUID().toString());
          ref.put("product_id", i.get("product_id"));
          items.add(ref);
        }
      }
      response = new LinkedHashMap<>();
      response.put("external_id", externalId);
      response.put("id", orderId);
      response.put("items", items);
      Map<String, Object> stored = new LinkedHashMap<>(body);
      stored.put("id", orderId);
      stored.put("items", items);
      stored.put("created_at", clock.instant().toString());
      String unknown = unknownExternalNode(body);
      stored.put("status", unknown == null ? "open" : "cancelled");
      if (unknown != null) {
        stored.put("cancellation_reason", "failed_fulfillment_node_mapping");
        cancelled = new LinkedHashMap<>();
        cancelled.put("id", orderId);
        cancelled.put("external_id", externalId);
        cancelled.put("reason", "failed_fulfillment_node_mapping");
        cancelled.put("fulfillment_node_id", unknown);
      }
      requests.put(externalId, JsonSupport.normalize(body));
      responses.put(externalId, response);
      orders.put(externalId, stored);
    }
    // Emitted outside the lock: delivery must never hold up other injections.
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("id", response.get("id"));
    created.put("external_id", externalId);
    events.emit("order.created", created);
    if (cancelled != null) {
      events.emit("order.cancelled", cancelled);
    }
    return Reply.json(200, response);
  }

  private @Nullable String unknownExternalNode(Map<String, Object> body) {
    for (Object shipment : (List<?>) body.get("shipments")) {
      Object option = JsonSupport.asMap(shipment).get("shipping_option");
      if (option instanceof Map<?, ?> o
          && o.get("routing_strategy") instanceof Map<?, ?> strategy
          && "external".equals(strategy.get("strategy"))
          && strategy.get("fulfillment_node_id") instanceof String node
          && !knownNode.test(node)) {
        return node;
      }
    }
    return null;
  }

  /**
   * Reads an injected order.
   *
   * @param req the request
   * @param externalId the external id from the path
   * @return 200 with the order, or 404
   */
  public synchronized Reply read(SimRequest req, String externalId) {
    // The id may be prefixed "{id_type}=" (public connector code); the accepted types are unknown.
    int eq = externalId.indexOf('=');
    Map<String, Object> order = orders.get(eq < 0 ? externalId : externalId.substring(eq + 1));
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
