package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.Address;
import com.newstore.sdk.webhooks.OrderDetails;
import com.newstore.sdk.webhooks.OrderDetailsHandler;
import com.newstore.sdk.webhooks.OrderDetailsRequest;
import com.newstore.sdk.webhooks.SalesOrder;
import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookRequest;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The external order webhook's order details: answers the order, or {@code 404}. Drops {@code
 * payment_history} when it holds a method the Associate App cannot show, and refuses (as a {@code
 * 500}) an answer with a member NewStore's schema rejects that the records cannot check themselves.
 */
public final class OrderDetailsRoute extends Route<OrderDetailsRequest, Optional<OrderDetails>> {
  /** NewStore's {@code maxItems} for {@code extended_attributes}. */
  static final int MAX_EXTENDED_ATTRIBUTES = 100;

  /** NewStore's {@code maxLength} for an address's {@code zip_code}. */
  static final int MAX_ZIP_CODE = 32;

  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  private final OrderDetailsHandler handler;

  /**
   * Creates the route.
   *
   * @param handler the integrator's handler
   */
  public OrderDetailsRoute(OrderDetailsHandler handler) {
    super(false);
    this.handler = Objects.requireNonNull(handler, "handler == null");
  }

  @Override
  Parsed<OrderDetailsRequest> parse(WebhookRequest request, String orderId, JsonLimits limits) {
    try {
      return Parsed.of(new OrderDetailsRequest(orderId, Query.decode(request.query())));
    } catch (BadInputException e) {
      return Parsed.answer(Replies.badRequest(e));
    }
  }

  @Override
  Optional<OrderDetails> invoke(OrderDetailsRequest request, WebhookContext context)
      throws Exception {
    return handler.orderDetails(request, context);
  }

  @Override
  Reply render(OrderDetailsRequest request, Optional<OrderDetails> answer, WebhookContext context) {
    if (answer.isEmpty()) {
      return Replies.problem(404, "Not Found", "No such order.");
    }
    OrderDetails d = answer.get();
    String rejected = rejectedMember(d);
    if (rejected != null) {
      LOG.log(
          Level.ERROR,
          "The order details handler answered an order NewStore would reject: "
              + rejected
              + " breaks NewStore's schema; answered 500 instead (correlation id "
              + context.correlationId()
              + ")");
      return Replies.internalError(context.correlationId());
    }
    boolean supported =
        d.paymentHistory().stream()
            .allMatch(p -> OrderDetails.SUPPORTED_PAYMENT_METHODS.contains(p.method()));
    if (!supported) {
      LOG.log(
          Level.DEBUG,
          () ->
              "Omitting payment_history of order "
                  + d.order().id()
                  + ": it holds a method other than gift_card, credit_card or cash");
    }
    return Replies.json(ResponseBodies.orderDetails(d, supported));
  }

  /** Returns the member NewStore's schema would reject, or null; never its value. */
  static @Nullable String rejectedMember(OrderDetails d) {
    if (tooLong(d.billingAddress())) {
      return "billing_address.zip_code";
    }
    if (tooLong(d.shippingAddress())) {
      return "shipping_address.zip_code";
    }
    if (tooMany(d.additionalFields())) {
      return "extended_attributes";
    }
    for (SalesOrder.Item item : d.order().items()) {
      if (tooMany(item.additionalFields())) {
        return "items[].extended_attributes";
      }
    }
    return null;
  }

  private static boolean tooLong(@Nullable Address a) {
    return a != null && a.zipCode() != null && a.zipCode().length() > MAX_ZIP_CODE;
  }

  private static boolean tooMany(Map<String, @Nullable Object> fields) {
    return fields.get("extended_attributes") instanceof List<?> list
        && list.size() > MAX_EXTENDED_ATTRIBUTES;
  }
}
