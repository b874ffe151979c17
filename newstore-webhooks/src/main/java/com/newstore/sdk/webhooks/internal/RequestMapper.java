package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.Address;
import com.newstore.sdk.webhooks.AvailabilityRequest;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.FulfillmentRequestEventPayload;
import com.newstore.sdk.webhooks.OrderEventPayload;
import com.newstore.sdk.webhooks.OrderItemsCancelledPayload;
import com.newstore.sdk.webhooks.OrderOpenedPayload;
import com.newstore.sdk.webhooks.PaymentAccountEventPayload;
import com.newstore.sdk.webhooks.StreamEvent;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Maps parsed JSON bodies to the public request records, naming the path of any bad field. */
public final class RequestMapper {
  private RequestMapper() {}

  /**
   * Maps an availability (ATP) request body.
   *
   * @param json the parsed body
   * @return the request
   */
  public static AvailabilityRequest availability(@Nullable Object json) {
    Fields f = Fields.of(json, "");
    var products =
        f.list(
            "products",
            true,
            true,
            Fields.objects(
                p -> {
                  String productId = p.requireString("product_id");
                  String identifier = p.optString("external_identifier");
                  return new AvailabilityRequest.Product(
                      productId, identifier == null ? "product_id" : identifier, p.unknown());
                }));
    var locations = f.list("fulfillment_locations", true, true, Fields::stringElement);
    return new AvailabilityRequest(products, locations, f.unknown());
  }

  /**
   * Maps a fulfillment request body.
   *
   * @param json the parsed body
   * @return the request
   */
  public static FulfillmentRequest fulfillmentRequest(@Nullable Object json) {
    Fields f = Fields.of(json, "");
    String id = f.requireString("id");
    String orderId = f.optScalarText("order_id");
    var createdAt = f.optInstant("created_at");
    Fields options = f.optObject("shipping_options");
    FulfillmentRequest.ShippingOptions shipping = null;
    if (options != null) {
      shipping =
          new FulfillmentRequest.ShippingOptions(
              options.optString("carrier"), options.optString("service_level"));
    }
    var items =
        f.list(
            "items",
            true,
            true,
            Fields.objects(
                i ->
                    new FulfillmentRequest.Item(
                        i.requireString("product_id"),
                        i.extendedAttributes("extended_attributes"),
                        i.unknown())));
    Address shippingAddress = address(f.optObject("shipping_address"));
    Address billingAddress = address(f.optObject("billing_address"));
    Map<String, String> attributes = f.extendedAttributes("extended_attributes");
    return new FulfillmentRequest(
        id,
        orderId,
        createdAt,
        shipping,
        items,
        f.unknown(),
        shippingAddress,
        billingAddress,
        attributes);
  }

  private static @Nullable Address address(@Nullable Fields a) {
    if (a == null) {
      return null;
    }
    return new Address(
        a.optString("first_name"),
        a.optString("last_name"),
        a.optString("address_line_1"),
        a.optString("address_line_2"),
        a.optString("city"),
        a.optString("state"),
        a.optScalarText("zip_code"),
        a.optString("country_code"),
        a.optScalarText("phone"),
        a.unknown());
  }

  /**
   * Returns a mapper of an event's payload: the event's {@code payload} object read by {@code
   * mapper}, its bad fields named under {@code payload}.
   *
   * @param mapper reads the payload's fields
   * @param <P> the typed payload
   * @return the mapper
   */
  public static <P> Function<StreamEvent, P> payload(Function<Fields, P> mapper) {
    return event -> mapper.apply(Fields.of(event.payload(), "payload"));
  }

  /**
   * Maps an event stream envelope.
   *
   * @param json the parsed body
   * @return the event
   */
  public static StreamEvent event(@Nullable Object json) {
    Fields f = Fields.of(json, "");
    String tenant = f.requireString("tenant");
    String name = f.requireString("name");
    var publishedAt = f.optInstant("published_at");
    Map<String, @Nullable Object> payload = f.optRawObject("payload");
    return new StreamEvent(tenant, name, publishedAt, payload, f.unknown());
  }

  /**
   * Maps an order event payload.
   *
   * @param p the payload's fields
   * @return the typed payload
   */
  static OrderEventPayload orderPayload(Fields p) {
    return new OrderEventPayload(
        p.requireString("id"),
        p.optString("external_id"),
        p.optString("status"),
        p.optString("channel_type"),
        p.optString("currency"),
        p.optInstant("placed_at"),
        p.unknown());
  }

  /**
   * Maps a payment account event payload.
   *
   * @param p the payload's fields
   * @return the typed payload
   */
  static PaymentAccountEventPayload paymentPayload(Fields p) {
    return new PaymentAccountEventPayload(
        p.optScalarText("id"),
        p.optScalarText("order_id"),
        p.optNumber("amount"),
        p.optString("currency"),
        p.unknown());
  }

  /**
   * Maps an {@code order.opened} payload.
   *
   * @param p the payload's fields
   * @return the typed payload
   */
  static OrderOpenedPayload orderOpenedPayload(Fields p) {
    return new OrderOpenedPayload(
        p.requireString("id"),
        p.optString("external_id"),
        p.optBoolean("is_historical"),
        p.optString("channel_type"),
        p.list(
            "items",
            false,
            false,
            Fields.objects(
                i ->
                    new OrderOpenedPayload.Item(
                        i.optScalarText("id"),
                        i.optScalarText("product_id"),
                        i.optString("shipping_service_level"),
                        i.unknown()))),
        p.unknown());
  }

  /**
   * Maps an {@code order.items_cancelled} payload.
   *
   * @param p the payload's fields
   * @return the typed payload
   */
  static OrderItemsCancelledPayload itemsCancelledPayload(Fields p) {
    return new OrderItemsCancelledPayload(
        p.requireString("id"),
        p.list(
            "items",
            false,
            false,
            Fields.objects(
                i ->
                    new OrderItemsCancelledPayload.Item(
                        i.optScalarText("id"), i.optScalarText("product_id"), i.unknown()))),
        p.unknown());
  }

  /**
   * Maps the payload of a {@code fulfillment_request.*} event.
   *
   * @param p the payload's fields
   * @return the typed payload
   */
  static FulfillmentRequestEventPayload fulfillmentRequestPayload(Fields p) {
    return new FulfillmentRequestEventPayload(
        p.requireString("id"),
        p.optScalarText("order_id"),
        p.optString("service_level"),
        p.optScalarText("fulfillment_node_id"),
        p.list(
            "items",
            false,
            false,
            Fields.objects(
                i ->
                    new FulfillmentRequestEventPayload.Item(
                        i.optScalarText("id"),
                        i.optScalarText("product_id"),
                        i.optInstant("shipped_at"),
                        i.unknown()))),
        p.unknown());
  }
}
