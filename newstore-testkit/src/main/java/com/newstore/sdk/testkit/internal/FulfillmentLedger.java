package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.testkit.FulfillmentRequestState;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.FulfillmentUnit;
import com.newstore.sdk.testkit.internal.LedgerEntry.Action;
import com.newstore.sdk.testkit.internal.LedgerEntry.Kind;
import com.newstore.sdk.testkit.internal.LedgerEntry.Unit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fulfillment request lifecycle with the rules of seed 004: shipped items cannot be canceled or
 * rejected, rejected items cannot be canceled (refused with {@code 400 {error_code,
 * error_description}}, as the Fulfillment Provider API documents {@code already_shipped}). A {@code
 * no_inventory} rejection sets the ATP of the rejected products at that location to 0 and reroutes
 * the rejected units to another configured node as a new fulfillment request; {@code
 * cannot_fulfill} reroutes too and never sends this order to that location again; a cancellation
 * never reroutes. Shipments, rejections and cancellations settle after a number of status reads and
 * a delay; a status read answers 404 while nothing has settled. Thread-safe.
 *
 * <p>Which of several units of one product an action takes is {@link UnitPicker}'s rule; when an
 * operation becomes visible is {@link Settlement}'s.
 */
public final class FulfillmentLedger {

  private final Clock clock;
  private final Settlement settlement;
  private final Inventory inventory;
  private final Supplier<List<String>> nodes;
  private final BiConsumer<String, Map<String, Object>> dispatcher;
  private final Map<String, LedgerEntry> requests = new LinkedHashMap<>();
  private final Map<String, Set<String>> excludedNodes = new LinkedHashMap<>();

  /**
   * Creates an empty ledger.
   *
   * @param clock the clock for timestamps and the settle delay
   * @param settleAfterReads how many status reads it takes for an operation to settle (0: at once)
   * @param settleDelay how long after it was posted an operation settles at the earliest
   * @param inventory the ATP a {@code no_inventory} rejection updates
   * @param nodes the configured fulfillment nodes a rejection may reroute to, in order
   * @param dispatcher sends a new (rerouted) fulfillment request document to a node; must not block
   */
  public FulfillmentLedger(
      Clock clock,
      int settleAfterReads,
      Duration settleDelay,
      Inventory inventory,
      Supplier<List<String>> nodes,
      BiConsumer<String, Map<String, Object>> dispatcher) {
    this.clock = clock;
    this.settlement = new Settlement(clock, settleAfterReads, settleDelay);
    this.inventory = inventory;
    this.nodes = nodes;
    this.dispatcher = dispatcher;
  }

  /**
   * Registers a fulfillment request, as NewStore does before it sends it to a provider, and returns
   * the document NewStore would POST (newstore-api.md section 6).
   *
   * @param id the fulfillment request id
   * @param orderId the order id, or null
   * @param nodeId the fulfillment node it is routed to, or null
   * @param units one entry per unit
   * @param template the other members of the document ({@code shipping_address}, {@code
   *     billing_address}, {@code shipping_options}, {@code extended_attributes}, ...)
   * @return the document
   * @throws IllegalArgumentException when a request with that id exists or it has no units
   */
  public synchronized Map<String, Object> create(
      String id,
      @Nullable String orderId,
      @Nullable String nodeId,
      List<FulfillmentUnit> units,
      Map<String, Object> template) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("A fulfillment request needs at least one item");
    }
    if (requests.containsKey(id)) {
      throw new IllegalArgumentException("A fulfillment request " + id + " exists");
    }
    Map<String, Object> document = new LinkedHashMap<>(template);
    document.put("id", id);
    if (orderId != null) {
      document.put("order_id", orderId);
    }
    if (nodeId != null) {
      document.put("fulfillment_node_id", nodeId);
    }
    document.putIfAbsent("created_at", clock.instant().toString());
    List<Object> items = new ArrayList<>();
    LedgerEntry fr = new LedgerEntry(id, orderId, nodeId, document);
    for (FulfillmentUnit u : units) {
      Unit unit = new Unit(u.productId(), u.price());
      fr.units.add(unit);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", unit.itemId);
      item.put("product_id", u.productId());
      if (u.price() != null) {
        item.put("price", u.price().doubleValue());
      }
      item.put("extended_attributes", List.of());
      items.add(item);
    }
    document.put("items", items);
    requests.put(id, fr);
    return JsonSupport.asMap(JsonSupport.normalize(document));
  }

  /**
   * Records that a request registered without a node was sent to one, so a rejection there knows
   * where it came from.
   *
   * @param id the fulfillment request id
   * @param nodeId the node it was sent to
   */
  public synchronized void assign(String id, String nodeId) {
    LedgerEntry fr = requests.get(id);
    if (fr != null && fr.nodeId == null) {
      fr.nodeId = nodeId;
      fr.document.put("fulfillment_node_id", nodeId);
    }
  }

  /**
   * Returns a snapshot of every fulfillment request, oldest first.
   *
   * @return the states
   */
  public synchronized List<FulfillmentRequestState> states() {
    return requests.keySet().stream().map(id -> state(id).orElseThrow()).toList();
  }

  /**
   * Makes the next shipments of these products in a request settle as failed.
   *
   * @param id the fulfillment request id
   * @param productIds the product ids
   */
  public synchronized void failShipmentsOf(String id, List<String> productIds) {
    fr(id).failingProducts.addAll(productIds);
  }

  /**
   * Returns a snapshot of a request.
   *
   * @param id the fulfillment request id
   * @return the state, if the request exists
   */
  public synchronized Optional<FulfillmentRequestState> state(String id) {
    LedgerEntry fr = requests.get(id);
    if (fr == null) {
      return Optional.empty();
    }
    return Optional.of(
        new FulfillmentRequestState(
            fr.id,
            fr.orderId,
            fr.nodeId,
            fr.accepted,
            fr.units.stream()
                .map(
                    u -> new FulfillmentRequestState.Unit(u.productId, u.itemId, u.price, u.status))
                .toList()));
  }

  /**
   * Handles a Fulfillment Provider API request.
   *
   * @param req the request
   * @param id the fulfillment request id from the path
   * @param operation the last path segment ({@code acknowledgement}, {@code shipment}, ...)
   * @return the reply
   */
  public synchronized Reply handle(SimRequest req, String id, String operation) {
    LedgerEntry fr = requests.get(id);
    if (fr == null) {
      return Reply.providerError(404, "not_found", "No fulfillment request " + id);
    }
    String key = req.method() + " " + operation;
    return switch (key) {
      case "POST acknowledgement" -> {
        fr.accepted = true;
        yield Reply.json(200, Map.of());
      }
      case "POST reject_items" -> rejectItems(fr, req);
      case "POST rejection" -> legacyRejection(fr, req);
      case "POST canceled_items" -> cancelItems(fr, req);
      case "POST shipment" -> ship(fr, req);
      case "GET rejection" -> status(fr, Kind.REJECTION, "rejected_items", fr.rejectedItems);
      case "GET canceled_items" ->
          status(fr, Kind.CANCELLATION, "canceled_items", fr.canceledItems);
      case "GET shipment" -> shipmentStatus(fr);
      default -> Reply.providerError(405, "method_not_allowed", key + " is not supported");
    };
  }

  private LedgerEntry fr(String id) {
    LedgerEntry fr = requests.get(id);
    if (fr == null) {
      throw new IllegalArgumentException("No fulfillment request " + id);
    }
    return fr;
  }

  // ---- writes ----------------------------------------------------------------------------------

  private Reply rejectItems(LedgerEntry fr, SimRequest req) {
    Map<String, Object> body = req.jsonObject(true);
    List<Unit> chosen = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (Object entry : (List<?>) body.get("missing_items")) {
      Map<String, Object> m = JsonSupport.asMap(entry);
      for (String productId : UnitPicker.productIds(m.get("product_ids"))) {
        chosen.add(UnitPicker.claim(fr, productId, chosen, Action.REJECT));
        reasons.add((String) m.get("reason"));
      }
    }
    recordRejection(fr, chosen, reasons);
    return Reply.json(201, Map.of());
  }

  private Reply legacyRejection(LedgerEntry fr, SimRequest req) {
    Map<String, Object> body = req.jsonObject(true);
    String reason = (String) body.get("rejection_reason");
    List<String> ids =
        body.get("missing_product_ids") == null
            ? List.of()
            : UnitPicker.productIds(body.get("missing_product_ids"));
    List<Unit> chosen = new ArrayList<>();
    if (ids.isEmpty()) {
      // An empty list rejects every unit still open (the documented form for cannot_fulfill).
      fr.units.stream().filter(u -> u.status == UnitStatus.OPEN).forEach(chosen::add);
      if (chosen.isEmpty()) {
        throw UnitPicker.refusal(fr.units.get(0), "reject");
      }
    } else {
      for (String productId : ids) {
        chosen.add(UnitPicker.claim(fr, productId, chosen, Action.REJECT));
      }
    }
    recordRejection(fr, chosen, chosen.stream().map(u -> reason).toList());
    return Reply.json(201, Map.of());
  }

  private void recordRejection(LedgerEntry fr, List<Unit> units, List<String> reasons) {
    Instant received = clock.instant();
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      u.status = UnitStatus.REJECTED;
      Map<String, Object> e = itemEntry(u, received);
      e.put("reason", reasons.get(i));
      entries.add(e);
      if (fr.nodeId != null) {
        if (reasons.get(i).equals("no_inventory")) {
          inventory.set(fr.nodeId, u.productId, 0);
        } else {
          excludedNodes.computeIfAbsent(fr.orderKey(), k -> new HashSet<>()).add(fr.nodeId);
        }
      }
    }
    settlement.enqueue(
        fr, Kind.REJECTION, received, () -> settlement.settleItems(entries, fr.rejectedItems));
    reroute(fr, units);
  }

  /**
   * Sends rejected units to the first other configured node that is not excluded for this order and
   * may have every product, as one new fulfillment request. No such node: nothing is rerouted (what
   * NewStore then does with the order is unknown).
   */
  private void reroute(LedgerEntry fr, List<Unit> units) {
    if (fr.nodeId == null) {
      // Never sent to a node: there is nowhere it was rejected from, so nowhere else to go.
      return;
    }
    Set<String> excluded = excludedNodes.getOrDefault(fr.orderKey(), Set.of());
    String target =
        nodes.get().stream()
            .filter(n -> !n.equals(fr.nodeId) && !excluded.contains(n))
            .filter(n -> units.stream().allMatch(u -> inventory.mayHave(n, u.productId)))
            .findFirst()
            .orElse(null);
    if (target == null) {
      return;
    }
    Map<String, Object> template = new LinkedHashMap<>(fr.document);
    template.remove("created_at");
    template.remove("items");
    Map<String, Object> document =
        create(
            UUID.randomUUID().toString(),
            fr.orderId,
            target,
            units.stream().map(u -> new FulfillmentUnit(u.productId, u.price)).toList(),
            template);
    dispatcher.accept(target, document);
  }

  private Reply cancelItems(LedgerEntry fr, SimRequest req) {
    Map<String, Object> body = req.jsonObject(true);
    List<String> ids = UnitPicker.productIds(body.get("product_ids"));
    List<Unit> chosen = new ArrayList<>();
    for (String productId : ids) {
      chosen.add(UnitPicker.claim(fr, productId, chosen, Action.CANCEL));
    }
    Instant received = clock.instant();
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Unit u : chosen) {
      u.status = UnitStatus.CANCELED;
      entries.add(itemEntry(u, received));
    }
    settlement.enqueue(
        fr, Kind.CANCELLATION, received, () -> settlement.settleItems(entries, fr.canceledItems));
    return Reply.json(201, Map.of());
  }

  private Reply ship(LedgerEntry fr, SimRequest req) {
    Map<String, Object> body = req.jsonObject(true);
    List<?> lineItems = (List<?>) body.get("line_items");
    Instant received = clock.instant();
    List<Runnable> settlers = new ArrayList<>();
    List<Unit> claimed = new ArrayList<>();
    for (Object li : lineItems) {
      if (!(li instanceof Map<?, ?> line)
          || !(line.get("shipment") instanceof Map<?, ?> shipment)) {
        return Reply.providerError(
            400, "bad_request", "each line item needs product_ids and shipment");
      }
      List<String> ids = UnitPicker.productIds(line.get("product_ids"));
      // A 201 does not mean shipped: units that cannot ship are accepted here and settle as failed.
      List<Unit> units = new ArrayList<>();
      List<String> notShippable = new ArrayList<>();
      for (String productId : ids) {
        Unit open = UnitPicker.openUnit(fr, productId, claimed, Action.SHIP);
        if (open == null) {
          notShippable.add(productId);
        } else {
          claimed.add(open);
          units.add(open);
        }
      }
      Map<String, Object> shipmentCopy = JsonSupport.asMap(JsonSupport.normalize(shipment));
      settlers.add(() -> settleShipment(fr, units, notShippable, shipmentCopy));
    }
    claimed.forEach(u -> u.status = UnitStatus.SHIPMENT_PENDING);
    settlement.enqueue(fr, Kind.SHIPMENT, received, () -> settlers.forEach(Runnable::run));
    return Reply.json(201, Map.of());
  }

  private void settleShipment(
      LedgerEntry fr, List<Unit> units, List<String> notShippable, Map<String, Object> shipment) {
    Instant now = clock.instant();
    List<String> shipped = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Unit u : units) {
      if (fr.failingProducts.contains(u.productId)) {
        u.status = UnitStatus.OPEN;
        failed.add(u.productId);
      } else {
        u.status = UnitStatus.SHIPPED;
        shipped.add(u.productId);
      }
    }
    if (!shipped.isEmpty()) {
      Map<String, Object> ok = new LinkedHashMap<>();
      ok.put("product_ids", shipped);
      ok.put("shipment", shipment);
      ok.put("shipped_at", now.toString());
      fr.successfulShipments.add(ok);
    }
    if (!failed.isEmpty()) {
      fr.failedShipments.add(failedEntry(failed, shipment, "shipment_failed"));
    }
    if (!notShippable.isEmpty()) {
      fr.failedShipments.add(failedEntry(notShippable, shipment, "item_not_shippable"));
    }
  }

  private static Map<String, Object> failedEntry(
      List<String> productIds, Map<String, Object> shipment, String reason) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("product_ids", productIds);
    entry.put("shipment", shipment);
    entry.put("reason", reason);
    return entry;
  }

  private static Map<String, Object> itemEntry(Unit u, Instant received) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("product_id", u.productId);
    e.put("item_id", u.itemId);
    e.put("received_at", received.toString());
    return e;
  }

  // ---- reads -----------------------------------------------------------------------------------

  private Reply status(LedgerEntry fr, Kind kind, String field, List<Map<String, Object>> settled) {
    settlement.onRead(fr, kind);
    if (settled.isEmpty()) {
      return Reply.providerError(404, "not_found", "Nothing has settled yet for " + fr.id);
    }
    return Reply.json(200, Map.of(field, List.copyOf(settled)));
  }

  private Reply shipmentStatus(LedgerEntry fr) {
    settlement.onRead(fr, Kind.SHIPMENT);
    if (fr.successfulShipments.isEmpty() && fr.failedShipments.isEmpty()) {
      return Reply.providerError(404, "not_found", "No shipment has settled yet for " + fr.id);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("successful_shipments", List.copyOf(fr.successfulShipments));
    body.put("failed_shipments", List.copyOf(fr.failedShipments));
    return Reply.json(200, body);
  }
}
