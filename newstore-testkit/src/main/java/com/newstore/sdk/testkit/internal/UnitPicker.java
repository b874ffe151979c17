package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.internal.LedgerEntry.Action;
import com.newstore.sdk.testkit.internal.LedgerEntry.Unit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules that pick a unit for an action or refuse it (seed 004): shipped items cannot be
 * canceled or rejected, rejected items cannot be canceled, each refused with {@code 400
 * {error_code, error_description}}.
 *
 * <p>Several units of one product id: NewStore "will either pick least expensive or most expensive
 * item first" (seed 004) without saying which for which action. Unconfirmed: the simulator ships
 * the <em>most</em> expensive open unit first and rejects or cancels the <em>least</em> expensive
 * first (see {@link #pickOrder}); units without a price come after priced ones, in request order.
 */
final class UnitPicker {
  private UnitPicker() {}

  /** Unconfirmed (seed 004): ship the most expensive unit first, reject and cancel the cheapest. */
  private static boolean mostExpensiveFirst(Action action) {
    return action == Action.SHIP;
  }

  /**
   * Picks the open unit of a product the action takes first, or throws the rule that forbids it.
   */
  static Unit claim(LedgerEntry fr, String productId, List<Unit> alreadyChosen, Action action) {
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

  /** The documented refusal for acting on a unit that is no longer open. */
  static ApiException refusal(Unit unit, String verb) {
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

  /** The open unit of a product the action takes first, or null when none is open. */
  static @Nullable Unit openUnit(
      LedgerEntry fr, String productId, List<Unit> alreadyChosen, Action action) {
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

  /** The {@code product_ids} of a body, or the {@code 400} for anything but strings. */
  static List<String> productIds(Object raw) {
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
}
