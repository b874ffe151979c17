package com.newstore.sdk.webhooks;

import java.util.List;

/**
 * Answers the external order webhook's purchase history call: the orders of one customer, for the
 * Associate App.
 *
 * <p>NewStore shows at most the 100 latest orders. Whatever this handler returns, the SDK sorts the
 * orders by {@code placed_at}, latest first, and sends at most 100 (the ids it cut are logged at
 * debug level), so returning more only costs time. Answer within the timeout configured in the
 * external order webhook configuration (default 15 s, at most 25 s; see {@link
 * WebhookContext#deadline()}).
 *
 * <pre>{@code
 * PurchaseHistoryHandler history = (request, context) ->
 *     oms.ordersOf(request.consumerEmail()).stream().map(MyMapper::toSalesOrder).toList();
 * }</pre>
 */
@FunctionalInterface
public interface PurchaseHistoryHandler {
  /**
   * Returns the customer's orders, in any order; an empty list when there are none.
   *
   * @param request who is asking about which customer
   * @param context the call's correlation id and deadline
   * @return the orders
   * @throws Exception any failure; the SDK answers 500
   */
  List<SalesOrder> purchaseHistory(PurchaseHistoryRequest request, WebhookContext context)
      throws Exception;
}
