package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.testkit.FulfillmentRequestState;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.FulfillmentUnit;
import java.math.BigDecimal;
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
 * <p>Several units of one product id: NewStore "will either pick least expensive or most expensive
 * item first" (seed 004) without saying which for which action. Unconfirmed: the simulator ships
 * the <em>most</em> expensive open unit first and rejects or cancels the <em>least</em> expensive
 * first (see {@link #pickOrder}); units without a price come after priced ones, in request order.
 */
public final class FulfillmentLedger {

  private final Clock clock;
  private final int settleAfterReads;
  private final Duration settleDelay;
  private final Inventory inventory;
  private final Supplier<List<String>> nodes;
  private final BiConsumer<String, Map<String, Object>> dispatcher;
  private final Map<String, Fr> requests = new LinkedHashMap<>();
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
    this.settleAfterReads = settleAfterReads;
    this.settleDelay = settleDelay;
    this.inventory = inventory;
    this.nodes = nodes;
    this.dispatcher = dispatcher;
  }

  /** An action on units; decides which of several units of one product is picked. */
  private enum Action {
    SHIP,
    REJECT,
    CANCEL
  }

  /** Unconfirmed (seed 004): ship the most expensive unit first, reject and cancel the cheapest. */
  private static boolean mostExpensiveFirst(Action action) {
    return action == Action.SHIP;
  }

  private enum Kind {
    SHIPMENT,
    REJECTION,
    CANCELLATION
  }

  private static final class Unit {
    final String productId;
    final @Nullable BigDecimal price;
    final String itemId = UUID.randomUUID().toString();
    UnitStatus status = UnitStatus.OPEN;

    Unit(String productId, @Nullable BigDecimal price) {
      this.productId = productId;
      this.price = price;
    }
  }

  /** An operation waiting to settle; {@code settle} applies it and returns the visible entries. */
  private static final class Pending {
    final Kind kind;
    final Instant postedAt;
    int reads;
    final Runnable settle;

    Pending(Kind kind, Instant postedAt, Runnable settle) {
      this.kind = kind;
      this.postedAt = postedAt;
      this.settle = settle;
    }
  }

  private static final class Fr {
    final String id;
    final @Nullable String orderId;
    @Nullable String nodeId;
    final Map<String, Object> document;
    final List<Unit> units = new ArrayList<>();
    boolean accepted;
    final Set<String> failingProducts = new HashSet<>();
    final List<Pending> pending = new ArrayList<>();
    final List<Map<String, Object>> successfulShipments = new ArrayList<>();
    final List<Map<String, Object>> failedShipments = new ArrayList<>();
    final List<Map<String, Object>> rejectedItems = new ArrayList<>();
    final List<Map<String, Object>> canceledItems = new ArrayList<>();

    Fr(String id, @Nullable String orderId, @Nullable String nodeId, Map<String, Object> document) {
      this.id = id;
      this.orderId = orderId;
      this.nodeId = nodeId;
      this.document = document;
    }

    String orderKey() {
      return orderId != null ? orderId : id;
    }
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
    Fr fr = new Fr(id, orderId, nodeId, document);
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
    Fr fr = requests.get(id);
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
    Fr fr = requests.get(id);
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
    Fr fr = requests.get(id);
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

  private Fr fr(String id) {
    Fr fr = requests.get(id);
    if (fr == null) {
      throw new IllegalArgumentException("No fulfillment request " + id);
    }
    return fr;
  }

  // ---- writes ----------------------------------------------------------------------------------

  private Reply rejectItems(Fr fr, SimRequest req) {
    Map<String, Object> body = req.jsonObject(true);
    List<Unit> chosen = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (Object entry : (List<?>) body.get("missing_items")) {
      Map<String, Object> m = JsonSupport.asMap(entry);
      for (String productId : productIds(m.get("product_ids"))) {
        chosen.add(claim(fr, productId, chosen, Action.REJECT));
        reasons.add((String) m.get("reason"));
      }
    }
    recordRejection(fr, chosen, reasons);
    return Reply.json(201, Map.of());
  }

  private Reply legacyRejection(Fr fr, SimRequest req) {
    Map<String, Object> body = req.jsonObject(true);
    String reason = (String) body.get("rejection_reason");
    List<String> ids =
        body.get("missing_product_ids") == null
            ? List.of()
            : productIds(body.get("missing_product_ids"));
    List<Unit> chosen = new ArrayList<>();
    if (ids.isEmpty()) {
      // An empty list rejects every unit still open (the documented form for cannot_fulfill).
      fr.units.stream().filter(u -> u.status == UnitStatus.OPEN).forEach(chosen::add);
      if (chosen.isEmpty()) {
        throw refusal(fr.units.get(0), "reject");
      }
    } else {
      for (String productId : ids) {
        chosen.add(claim(fr, productId, chosen, Action.REJECT));
      }
    }
    recordRejection(fr, chosen, chosen.stream().map(u -> reason).toList());
    return Reply.json(201, Map.of());
  }

  private void recordRejection(Fr fr, List<Unit> units, List<String> reasons) {
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
    enqueue(fr, Kind.REJECTION, received, () -> settleItems(entries, fr.rejectedItems));
    reroute(fr, units);
  }

  /**
   * Sends rejected units to the first other configured node that is not excluded for this order and
   * may have every product, as one new fulfillment request. No such node: nothing is rerouted (what
   * NewStore then does with the order is unknown).
   */
  private void reroute(Fr fr, List<Unit> units) {
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

  private Reply cancelItems(Fr fr, SimRequest req) {
    Map<String, Object> body = req.jsonObject(true);
    List<String> ids = productIds(body.get("product_ids"));
    List<Unit> chosen = new ArrayList<>();
    for (String productId : ids) {
      chosen.add(claim(fr, productId, chosen, Action.CANCEL));
    }
    Instant received = clock.instant();
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Unit u : chosen) {
      u.status = UnitStatus.CANCELED;
      entries.add(itemEntry(u, received));
    }
    enqueue(fr, Kind.CANCELLATION, received, () -> settleItems(entries, fr.canceledItems));
    return Reply.json(201, Map.of());
  }

  private Reply ship(Fr fr, SimRequest req) {
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
      List<String> ids = productIds(line.get("product_ids"));
      // A 201 does not mean shipped: units that cannot ship are accepted here and settle as failed.
      List<Unit> units = new ArrayList<>();
      List<String> notShippable = new ArrayList<>();
      for (String productId : ids) {
        Unit open = openUnit(fr, productId, claimed, Action.SHIP);
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
    enqueue(fr, Kind.SHIPMENT, received, () -> settlers.forEach(Runnable::run));
    return Reply.json(201, Map.of());
  }

  private void settleShipment(
      Fr fr, List<Unit> units, List<String> notShippable, Map<String, Object> shipment) {
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

  // ---- rules -----------------------------------------------------------------------------------

  /**
   * Picks the open unit of a product the action takes first, or throws the rule that forbids it.
   */
  private static Unit claim(Fr fr, String productId, List<Unit> alreadyChosen, Action action) {
    Unit open = openUnit(fr, productId, alreadyChosen, action);
    if (open != null) {
      return open;
    }
    Unit any =
        fr.units.stream()
            .filter(u -> u.productId.equals(productId) && !alreadyChosen.contains(u))
            .findFirst()
            .orElse(null);
    if (any == null) {
      throw new ApiException(
          Reply.providerError(
              400,
              "unknown_product",
              "The fulfillment request has no (further) unit of product " + productId));
    }
    throw refusal(any, action == Action.CANCEL ? "cancel" : "reject");
  }

  private static ApiException refusal(Unit unit, String verb) {
    return switch (unit.status) {
      case SHIPPED, SHIPMENT_PENDING ->
          new ApiException(
              Reply.providerError(
                  400, "already_shipped", "Cannot " + verb + " a shipped item: " + unit.productId));
      case REJECTED ->
          new ApiException(
              Reply.providerError(
                  400,
                  "already_rejected",
                  "Cannot " + verb + " a rejected item: " + unit.productId));
      case CANCELED ->
          new ApiException(
              Reply.providerError(
                  400,
                  "already_canceled",
                  "Cannot " + verb + " a canceled item: " + unit.productId));
      case OPEN -> throw new IllegalStateException("an open unit is not refused");
    };
  }

  private static @Nullable Unit openUnit(
      Fr fr, String productId, List<Unit> alreadyChosen, Action action) {
    Unit best = null;
    for (Unit u : fr.units) {
      if (u.productId.equals(productId)
          && u.status == UnitStatus.OPEN
          && !alreadyChosen.contains(u)
          && (best == null || pickOrder(action, u, best) < 0)) {
        best = u;
      }
    }
    return best;
  }

  /**
   * Orders two units for an action: negative when {@code a} is taken before {@code b}. Ties keep
   * request order (the caller keeps the earlier unit).
   */
  private static int pickOrder(Action action, Unit a, Unit b) {
    if (a.price == null || b.price == null) {
      return a.price == null ? (b.price == null ? 0 : 1) : -1;
    }
    int cheaperFirst = a.price.compareTo(b.price);
    return mostExpensiveFirst(action) ? -cheaperFirst : cheaperFirst;
  }

  private static List<String> productIds(Object raw) {
    if (!(raw instanceof List<?> list)) {
      throw new ApiException(
          Reply.providerError(400, "bad_request", "product_ids must be an array of strings"));
    }
    List<String> ids = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s) || s.isBlank()) {
        throw new ApiException(
            Reply.providerError(400, "bad_request", "product_ids must be an array of strings"));
      }
      ids.add(s);
    }
    return ids;
  }

  // ---- settling --------------------------------------------------------------------------------

  private void enqueue(Fr fr, Kind kind, Instant postedAt, Runnable settle) {
    Pending p = new Pending(kind, postedAt, settle);
    if (settleAfterReads == 0 && settleDelay.isZero()) {
      settle.run();
    } else {
      fr.pending.add(p);
    }
  }

  private void onRead(Fr fr, Kind kind) {
    Instant now = clock.instant();
    var it = fr.pending.iterator();
    while (it.hasNext()) {
      Pending p = it.next();
      if (p.kind != kind) {
        continue;
      }
      p.reads++;
      if (p.reads >= settleAfterReads && !now.isBefore(p.postedAt.plus(settleDelay))) {
        p.settle.run();
        it.remove();
      }
    }
  }

  private void settleItems(List<Map<String, Object>> entries, List<Map<String, Object>> target) {
    String now = clock.instant().toString();
    for (Map<String, Object> e : entries) {
      e.put("accepted_at", now);
      target.add(e);
    }
  }

  private static Map<String, Object> itemEntry(Unit u, Instant received) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("product_id", u.productId);
    e.put("item_id", u.itemId);
    e.put("received_at", received.toString());
    return e;
  }

  // ---- reads -----------------------------------------------------------------------------------

  private Reply status(Fr fr, Kind kind, String field, List<Map<String, Object>> settled) {
    onRead(fr, kind);
    if (settled.isEmpty()) {
      return Reply.providerError(404, "not_found", "Nothing has settled yet for " + fr.id);
    }
    return Reply.json(200, Map.of(field, List.copyOf(settled)));
  }

  private Reply shipmentStatus(Fr fr) {
    onRead(fr, Kind.SHIPMENT);
    if (fr.successfulShipments.isEmpty() && fr.failedShipments.isEmpty()) {
      return Reply.providerError(404, "not_found", "No shipment has settled yet for " + fr.id);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("successful_shipments", List.copyOf(fr.successfulShipments));
    body.put("failed_shipments", List.copyOf(fr.failedShipments));
    return Reply.json(200, body);
  }
}
