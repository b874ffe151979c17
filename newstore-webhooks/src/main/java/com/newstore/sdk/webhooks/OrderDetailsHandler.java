package com.newstore.sdk.webhooks;

import java.util.Optional;

/**
 * Answers the external order webhook's order details call for one order, for the Associate App.
 *
 * <p>Set {@link SalesOrder#origin()} to {@code newstore} with NewStore's order UUID as {@code
 * origin_id} for orders captured in NewStore (referenced returns need it), else {@code external}.
 * If the payment history holds any method other than {@code gift_card}, {@code credit_card} or
 * {@code cash}, the SDK omits {@code payment_history} so the Associate App can still show the order
 * (see {@link OrderDetails}). Answer within the external order webhook timeout (default 15 s).
 *
 * <pre>{@code
 * OrderDetailsHandler details = (request, context) ->
 *     oms.findOrder(request.orderId()).map(MyMapper::toOrderDetails);
 * }</pre>
 */
@FunctionalInterface
public interface OrderDetailsHandler {
  /**
   * Returns the order's details, or empty when no such order exists (the SDK answers 404).
   *
   * @param request the order asked about
   * @param context the call's correlation id and deadline
   * @return the details, or empty
   * @throws Exception any failure; the SDK answers 500
   */
  Optional<OrderDetails> orderDetails(OrderDetailsRequest request, WebhookContext context)
      throws Exception;
}
