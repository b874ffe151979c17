package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One fulfillment request in the {@link FulfillmentLedger}: its units, the operations waiting to
 * settle and the status entries already settled. Guarded by the ledger's lock.
 */
final class LedgerEntry {
  /** What a status read settles: each read settles only pending operations of its kind. */
  enum Kind {
    SHIPMENT,
    REJECTION,
    CANCELLATION
  }

  /** An action on units; decides which of several units of one product is picked. */
  enum Action {
    SHIP,
    REJECT,
    CANCEL
  }

  /** One unit of the request: NewStore sends one item per unit. */
  static final class Unit {
    final String productId;
    final @Nullable BigDecimal price;
    final String itemId = UUID.randomUUID().toString();
    UnitStatus status = UnitStatus.OPEN;

    Unit(String productId, @Nullable BigDecimal price) {
      this.productId = productId;
      this.price = price;
    }
  }

  /** An operation waiting to settle; {@code settle} applies it. */
  static final class Pending {
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

  LedgerEntry(
      String id, @Nullable String orderId, @Nullable String nodeId, Map<String, Object> document) {
    this.id = id;
    this.orderId = orderId;
    this.nodeId = nodeId;
    this.document = document;
  }

  /** The order this request belongs to, for the nodes excluded after {@code cannot_fulfill}. */
  String orderKey() {
    return orderId != null ? orderId : id;
  }
}
