package com.newstore.sdk.testkit.internal;

import static com.newstore.sdk.testkit.internal.Schema.array;
import static com.newstore.sdk.testkit.internal.Schema.bool;
import static com.newstore.sdk.testkit.internal.Schema.dispatch;
import static com.newstore.sdk.testkit.internal.Schema.fail;
import static com.newstore.sdk.testkit.internal.Schema.number;
import static com.newstore.sdk.testkit.internal.Schema.object;
import static com.newstore.sdk.testkit.internal.Schema.ok;
import static com.newstore.sdk.testkit.internal.Schema.oneOf;
import static com.newstore.sdk.testkit.internal.Schema.rule;
import static com.newstore.sdk.testkit.internal.Schema.string;
import static com.newstore.sdk.testkit.internal.Schema.url;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The request schemas NewStore documents for order injection (newstore-api.md section 4), the
 * Fulfillment Provider API (section 5) and event stream registration (section 7). The configuration
 * schemas live with their routes in {@link ConfigRoutes}.
 */
public final class DocumentedSchemas {
  private DocumentedSchemas() {}

  private static final int UNBOUNDED = Integer.MAX_VALUE;

  /** An RFC 3339 date-time. */
  static final Schema DATE_TIME =
      (member, value) -> {
        if (!(value instanceof String s)) {
          return fail(member, "must be an RFC 3339 date-time string");
        }
        try {
          OffsetDateTime.parse(s);
          return ok();
        } catch (DateTimeParseException e) {
          return fail(member, "must be an RFC 3339 date-time");
        }
      };

  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  private static final Schema EXTENDED_ATTRIBUTES =
      array(object().req("name", string(1, 100)).req("value", string(0, 8192)), 0, 100);

  private static final Schema ADDRESS =
      object()
          .req("address_line_1", string(1, 128))
          .req("country", string(2, 2))
          .opt("address_line_2", string(0, 256))
          .opt("city", string(0, 64))
          .opt("first_name", string(0, 64))
          .opt("last_name", string(0, 64))
          .opt("phone", string(0, 128))
          .opt("state", string(0, 32))
          .opt("salutation", string(0, 32))
          .opt("title", string(0, 32))
          .opt("suffix", string(0, 32))
          .opt("zip_code", string(0, 32));

  private static final Schema TAX =
      object()
          .req("amount", number(0, false))
          .req("rate", number(0, 1))
          .req("name", string())
          .opt("country_code", string(0, 2));

  private static final Schema DISCOUNT =
      object()
          .req("discount_ref", string(1, 256))
          .req("original_value", number(Double.NEGATIVE_INFINITY, false))
          .req("price_adjustment", number(0, false))
          .req("type", oneOf("fixed", "percentage"))
          .opt("coupon_code", string(0, 64))
          .opt("description", string(0, 1024))
          .and(
              rule(
                  (member, m) ->
                      "percentage".equals(m.get("type"))
                              && m.get("original_value") instanceof Number n
                              && n.doubleValue() > 100
                          ? fail(member + ".original_value", "must be at most 100 for percentage")
                          : ok()));

  private static final Schema PRICE =
      object()
          .req("item_price", number(0, false))
          .req("item_list_price", number(0, false))
          .req("item_tax_lines", array(TAX, 0, 100))
          .opt("item_discount_info", array(DISCOUNT, 0, 1))
          .opt("item_order_discount_info", array(DISCOUNT, 0, 1))
          .opt("pricebook", string(0, 64))
          .opt("group_ref", string(0, 64));

  private static final Schema ITEM =
      object()
          .req("external_item_id", string(1, 64))
          .req("product_id", string(1, 64))
          .req("price", PRICE)
          .opt("addon_parent_external_item_id", string(1, 64))
          .opt(
              "gift_wrapping",
              object()
                  .opt("item_tax_lines", array(TAX, 0, 100))
                  .opt("message", string(0, 512))
                  .opt("tax_class", string(0, 256)))
          .opt("extended_attributes", EXTENDED_ATTRIBUTES);

  /**
   * {@code {strategy: default} | {strategy: prerouted|external, fulfillment_node_id}}. {@code
   * strategy} is a plain string in the Swagger, not an enum, so other values pass.
   */
  private static final Schema ROUTING_STRATEGY =
      object()
          .req("strategy", string(1, UNBOUNDED))
          .and(
              rule(
                  (member, m) -> {
                    if (!List.of("prerouted", "external").contains(m.get("strategy"))) {
                      return ok();
                    }
                    return object().req("fulfillment_node_id", string(1, 256)).check(member, m);
                  }));

  private static Schema shippingOption(String key, int max) {
    return object()
        .req(key, string(1, max))
        .req("price", number(0, false))
        .req("tax", number(0, false))
        .opt("discount_info", array(DISCOUNT, 0, 1))
        .opt("routing_strategy", ROUTING_STRATEGY);
  }

  /** Form A ({@code service_level_identifier}) or form B ({@code shipping_offer_token}). */
  private static final Schema SHIPPING_OPTION =
      dispatch(
          value ->
              value instanceof Map<?, ?> m && m.containsKey("shipping_offer_token")
                  ? shippingOption("shipping_offer_token", 8192)
                  : shippingOption("service_level_identifier", 64));

  private static final Schema SHIPMENT =
      object().req("items", array(ITEM, 1, UNBOUNDED)).req("shipping_option", SHIPPING_OPTION);

  private static final Schema PAYMENT =
      object()
          .req("type", oneOf("authorized", "captured"))
          .req("amount", number(0, true))
          .req("method", string(1, 64))
          .req("processed_at", DATE_TIME)
          .req("processor", string(1, 32))
          .req("correlation_ref", string(1, 128))
          .opt("wallet", string(1, 64))
          .opt("metadata", object());

  /** {@code POST /v0/d/fulfill_order}: {@code InjectedOrderRequest}. */
  public static final Schema INJECTED_ORDER =
      object()
          .req("external_id", string(1, 64))
          .req("shop", string(1, 128))
          .req("channel_type", oneOf("web", "mobile", "store"))
          .req("channel_name", string(1, 64))
          .req("currency", Schema.oneOf(CURRENCIES, "an ISO 4217 currency code"))
          .req("shop_locale", string(1, 128))
          .req("shipments", array(SHIPMENT, 1, 10))
          .opt("placed_at", DATE_TIME)
          .opt("price_method", oneOf("tax_included", "tax_excluded"))
          .opt("customer_email", string(1, 64))
          .opt("customer_name", string(1, 128))
          .opt("customer_language", string(0, 2))
          .opt("external_customer_id", string(0, 64))
          .opt("store_id", string(0, 256))
          .opt("associate_id", string(0, 256))
          .opt("ip_address", string())
          .opt("is_preconfirmed", bool())
          .opt("is_fulfilled", bool())
          .opt("is_offline", bool())
          .opt("is_historical", bool())
          .opt("notification_blacklist", array(string(), 0, UNBOUNDED))
          .opt("extended_attributes", EXTENDED_ATTRIBUTES)
          .opt("payments", array(PAYMENT, 0, 40))
          .opt("shipping_address", ADDRESS)
          .opt("billing_address", ADDRESS)
          .and(rule(DocumentedSchemas::sameShippingOptionForm));

  /** Mixing the two shipping option forms in one order is a 400 (Swagger). */
  private static java.util.Optional<Violation> sameShippingOptionForm(
      String member, Map<String, Object> order) {
    if (!(order.get("shipments") instanceof List<?> shipments)) {
      return ok();
    }
    long offers =
        shipments.stream()
            .filter(
                s ->
                    s instanceof Map<?, ?> m
                        && m.get("shipping_option") instanceof Map<?, ?> o
                        && o.containsKey("shipping_offer_token"))
            .count();
    return offers > 0 && offers < shipments.size()
        ? fail("shipments", "must not mix shipping_offer_token and service_level_identifier")
        : ok();
  }

  private static final Schema PRODUCT_IDS = array(string(1, UNBOUNDED), 1, UNBOUNDED);

  /** {@code POST …/reject_items}. */
  public static final Schema REJECT_ITEMS =
      object()
          .req(
              "missing_items",
              array(
                  object()
                      .req("reason", oneOf("no_inventory", "cannot_fulfill"))
                      .req("product_ids", PRODUCT_IDS),
                  1,
                  UNBOUNDED));

  /** {@code POST …/rejection} (older whole-request rejection). */
  public static final Schema REJECTION =
      object()
          .req("rejection_reason", oneOf("no_inventory", "cannot_fulfill"))
          .opt("missing_product_ids", array(string(1, UNBOUNDED), 0, UNBOUNDED));

  /** {@code POST …/canceled_items}. */
  public static final Schema CANCELED_ITEMS = object().req("product_ids", PRODUCT_IDS);

  /** {@code POST …/shipment}. */
  public static final Schema SHIPMENT_NOTICE =
      object()
          .req(
              "line_items",
              array(
                  object()
                      .req("product_ids", PRODUCT_IDS)
                      .req(
                          "shipment",
                          object().opt("tracking_code", string()).opt("carrier", string())),
                  1,
                  UNBOUNDED));

  /** {@code POST /api/v1/org/integrations/eventstream}. */
  public static final Schema EVENT_STREAM_INTEGRATION =
      object()
          .req("id", string(1, UNBOUNDED))
          .req("integration_type", oneOf("permanent", "temporary"))
          .opt(
              "callback_parameters",
              object().req("callback_url", url(false)).opt("api_key", string()))
          .opt(
              "s3_parameters",
              object()
                  .req("aws_access_key_id", string(1, UNBOUNDED))
                  .req("aws_secret_access_key", string(1, UNBOUNDED))
                  .req("aws_region", string(1, UNBOUNDED))
                  .req("bucket", string(1, UNBOUNDED))
                  .opt("key_prefix", string()))
          .opt("starts_at", DATE_TIME)
          .opt("ends_at", DATE_TIME)
          .and(
              rule(
                  (member, m) -> {
                    if (m.get("callback_parameters") == null && m.get("s3_parameters") == null) {
                      return fail("callback_parameters", "or s3_parameters is required");
                    }
                    if ("temporary".equals(m.get("integration_type")) && m.get("ends_at") == null) {
                      return fail("ends_at", "is required for a temporary integration");
                    }
                    return ok();
                  }));
}
