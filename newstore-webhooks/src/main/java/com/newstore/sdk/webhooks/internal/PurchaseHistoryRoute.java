package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.PurchaseHistoryHandler;
import com.newstore.sdk.webhooks.PurchaseHistoryRequest;
import com.newstore.sdk.webhooks.SalesOrder;
import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookRequest;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The external order webhook's purchase history: reads {@code consumer_email} or {@code
 * consumer_token}, and answers {@code {orders}} latest first, cut to the 100 NewStore shows.
 */
public final class PurchaseHistoryRoute extends Route<PurchaseHistoryRequest, List<SalesOrder>> {
  /** The most orders a purchase history answer holds, as NewStore shows no more. */
  public static final int MAX_ORDERS = 100;

  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  private final PurchaseHistoryHandler handler;

  /**
   * Creates the route.
   *
   * @param handler the integrator's handler
   */
  public PurchaseHistoryRoute(PurchaseHistoryHandler handler) {
    super(false);
    this.handler = Objects.requireNonNull(handler, "handler == null");
  }

  @Override
  Parsed<PurchaseHistoryRequest> parse(WebhookRequest request, String unused, JsonLimits limits) {
    Map<String, List<String>> query;
    try {
      query = Query.decode(request.query());
    } catch (BadInputException e) {
      return Parsed.answer(Replies.badRequest(e));
    }
    String email = Query.first(query, "consumer_email");
    String token = Query.first(query, "consumer_token");
    if (email == null && token == null) {
      return Parsed.answer(
          Replies.problem(
              400,
              "Bad Request",
              "Either consumer_email or consumer_token is required.",
              "consumer_email",
              null,
              Map.of()));
    }
    return Parsed.of(new PurchaseHistoryRequest(email, token, query));
  }

  @Override
  List<SalesOrder> invoke(PurchaseHistoryRequest request, WebhookContext context) throws Exception {
    return handler.purchaseHistory(request, context);
  }

  @Override
  Reply render(PurchaseHistoryRequest request, List<SalesOrder> orders, WebhookContext context) {
    List<SalesOrder> sorted = new ArrayList<>(orders);
    sorted.sort(Comparator.comparing(SalesOrder::placedAt).reversed());
    if (sorted.size() > MAX_ORDERS) {
      List<SalesOrder> cut = sorted.subList(MAX_ORDERS, sorted.size());
      LOG.log(
          Level.DEBUG,
          () ->
              "Purchase history cut to "
                  + MAX_ORDERS
                  + " orders; left out "
                  + cut.stream().map(SalesOrder::id).toList()
                  + " (correlation id "
                  + context.correlationId()
                  + ")");
      sorted = new ArrayList<>(sorted.subList(0, MAX_ORDERS));
    }
    return Replies.jsonBytes(ResponseBodies.ordersJson(sorted));
  }
}
