package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.fulfillment.CancellationStatus;
import com.newstore.sdk.fulfillment.RejectionStatus;
import com.newstore.sdk.fulfillment.ShipmentFailedException;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.StatusEntry;
import com.newstore.sdk.fulfillment.WaitAttempt.Outcome;
import com.newstore.sdk.fulfillment.WaiterException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The acceptors of the three waiters. Product ids count as units: waiting for {@code [a, a]} needs
 * two units of {@code a} in the status.
 */
public final class Acceptors {
  private Acceptors() {}

  /**
   * Succeeds when every requested unit is in {@code successful_shipments}; fails when a unit not
   * yet shipped is in {@code failed_shipments}.
   *
   * @param productIds the requested product ids, one per unit
   * @return the acceptor
   */
  public static Poller.Acceptor<ShipmentStatus> shipped(List<String> productIds) {
    return new Poller.Acceptor<>() {
      @Override
      public Outcome evaluate(ShipmentStatus status) {
        Map<String, Integer> missing = missing(productIds, status.successfulShipments());
        if (missing.isEmpty()) {
          return Outcome.SUCCESS;
        }
        return failedFor(missing, status).isEmpty() ? Outcome.RETRY : Outcome.FAILURE;
      }

      @Override
      public String unconfirmed(@Nullable ShipmentStatus status) {
        return Acceptors.unconfirmed(
            productIds, status == null ? null : status.successfulShipments(), "shipment");
      }

      @Override
      public WaiterException failure(ShipmentStatus status, int attempts, Duration elapsed) {
        Map<String, Integer> missing = missing(productIds, status.successfulShipments());
        return new ShipmentFailedException(status, failedFor(missing, status), attempts, elapsed);
      }
    };
  }

  /**
   * Succeeds when every requested unit is in the rejection status.
   *
   * @param productIds the requested product ids, one per unit
   * @return the acceptor
   */
  public static Poller.Acceptor<RejectionStatus> rejected(List<String> productIds) {
    return covering(productIds, RejectionStatus::rejectedItems, "rejection");
  }

  /**
   * Succeeds when every requested unit is in {@code canceled_items}.
   *
   * @param productIds the requested product ids, one per unit
   * @return the acceptor
   */
  public static Poller.Acceptor<CancellationStatus> canceled(List<String> productIds) {
    return covering(productIds, CancellationStatus::canceledItems, "cancellation");
  }

  /** Succeeds when the entries of a status cover every requested unit; never fails. */
  private static <T> Poller.Acceptor<T> covering(
      List<String> productIds, Function<T, List<StatusEntry>> entries, String what) {
    return new Poller.Acceptor<>() {
      @Override
      public Outcome evaluate(T status) {
        return missing(productIds, entries.apply(status)).isEmpty()
            ? Outcome.SUCCESS
            : Outcome.RETRY;
      }

      @Override
      public String unconfirmed(@Nullable T status) {
        return Acceptors.unconfirmed(
            productIds, status == null ? null : entries.apply(status), what);
      }
    };
  }

  /** Names the units a waiter that gives up has not seen confirmed. */
  static String unconfirmed(
      List<String> requested, @Nullable List<StatusEntry> entries, String what) {
    if (entries == null) {
      return "NewStore had no "
          + what
          + " status to read (was the "
          + what
          + " sent?), so none of "
          + requested
          + " is confirmed";
    }
    Map<String, Integer> missing = missing(requested, entries);
    List<String> open = new ArrayList<>();
    for (String id : new LinkedHashSet<>(requested)) {
      Integer n = missing.get(id);
      if (n != null) {
        open.add(n > 1 ? id + " (" + n + " units)" : id);
      }
    }
    return open.isEmpty() ? "" : "not confirmed yet: " + String.join(", ", open);
  }

  /** The requested units the entries do not cover, as product id to count. */
  static Map<String, Integer> missing(List<String> requested, List<StatusEntry> entries) {
    Map<String, Integer> missing = new HashMap<>();
    for (String id : requested) {
      missing.merge(id, 1, Integer::sum);
    }
    for (StatusEntry e : entries) {
      for (String id : e.productIds()) {
        missing.computeIfPresent(id, (k, n) -> n > 1 ? n - 1 : null);
      }
    }
    return missing;
  }

  private static List<StatusEntry> failedFor(Map<String, Integer> missing, ShipmentStatus status) {
    List<StatusEntry> out = new ArrayList<>();
    for (StatusEntry e : status.failedShipments()) {
      if (e.productIds().stream().anyMatch(missing::containsKey)) {
        out.add(e);
      }
    }
    return out;
  }
}
