package com.newstore.sdk.testkit.internal;

import static com.newstore.sdk.testkit.internal.ConfigRoute.Framing.BARE;
import static com.newstore.sdk.testkit.internal.ConfigRoute.Framing.FLAG;
import static com.newstore.sdk.testkit.internal.ConfigRoute.Framing.VALUE;
import static com.newstore.sdk.testkit.internal.ConfigRoute.Framing.VERSIONED;
import static com.newstore.sdk.testkit.internal.Schema.array;
import static com.newstore.sdk.testkit.internal.Schema.bool;
import static com.newstore.sdk.testkit.internal.Schema.integer;
import static com.newstore.sdk.testkit.internal.Schema.number;
import static com.newstore.sdk.testkit.internal.Schema.object;
import static com.newstore.sdk.testkit.internal.Schema.oneOf;
import static com.newstore.sdk.testkit.internal.Schema.string;
import static com.newstore.sdk.testkit.internal.Schema.url;
import static com.newstore.sdk.testkit.internal.SimulatorRoutes.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every configuration API the simulator serves, one row each, taken from NewStore's documents
 * (newstore-api.md section 3), not from the SDK's clients. A path not in this table answers {@code
 * 404}. Where NewStore's write method is unknown both {@code POST} and {@code PUT} are accepted.
 */
public final class ConfigRoutes {
  private static final long MAX = Long.MAX_VALUE;

  /** The seven routing flags whose value is a boolean (cancel_on_conflict is an object). */
  public static final List<String> BOOLEAN_FLAGS =
      List.of(
          "uses_external_atp",
          "enable_automatic_rerouting",
          "enable_capacity_based_routing",
          "reroute_to_rejected_fulfillment_nodes",
          "skip_shipping_offer_update_for_dc_orders",
          "can_update_ffr_processed_externally");

  /** The payment configuration names of {@code /v1/p/config/{name}} (configs.csv). */
  public static final List<String> PAYMENT_CONFIGS =
      List.of(
          "payment_options",
          "payment_account",
          "adyen_adapter",
          "fat_psp",
          "psp_adyen",
          "gift_card",
          "newstore_checkout");

  private static final Schema ORDER_ID_SEQUENCE_VALUE =
      object()
          .opt("prefix", string())
          .opt("size", integer(0, MAX))
          .req("start", integer(1, MAX))
          .req("step", integer(1, MAX));

  private static final Schema EXTERNAL_ORDER_WEBHOOK_VALUE =
      object()
          .req("url", url(false))
          .req("api_key", string(1, Integer.MAX_VALUE))
          .opt("timeout", integer(0, 25));

  private static final Schema ATP_WEBHOOK_VALUE =
      object()
          .req("url", url(true))
          .req("api_key", string(20, Integer.MAX_VALUE))
          .req("external_identifier", oneOf("product_id"))
          .req("timeout", integer(5, 60));

  private static final Schema CANCEL_ON_CONFLICT_VALUE =
      object()
          .opt("default", bool())
          .req(
              "reasons_to_overwrite_default",
              array(
                  oneOf(
                      "insufficient_stock",
                      "failed_fulfillment_node_mapping",
                      "shipping_offer_update_error",
                      "error",
                      "not_enough_stock_to_create_allocation",
                      "limit_of_shipments_exceeded"),
                  1,
                  Integer.MAX_VALUE));

  private static final Schema ORDER_INJECTION_VALUE =
      object()
          .opt("skip_soft_routing_on_injection", bool())
          .opt("big_sales_order", object().req("hard_limit_for_big_orders", number(0, false)));

  private static final Schema DC_VALUE =
      object().req("url", url(true)).opt("api_key", string(1, Integer.MAX_VALUE));

  private static final Schema TRANSFER_ENTRY =
      object()
          .req("from_location_id", string(1, Integer.MAX_VALUE))
          .req("to_location_ids", array(string(1, Integer.MAX_VALUE), 1, Integer.MAX_VALUE))
          .req("service_level_ids", array(string(1, Integer.MAX_VALUE), 1, Integer.MAX_VALUE));

  /** The tutorial's key, or the transfer script's {@code transfer_shipping_configuration}. */
  private static final Schema TRANSFER_VALUE =
      (member, v) -> {
        Map<String, Object> m = v instanceof Map<?, ?> raw ? JsonSupport.asMap(raw) : Map.of();
        String key =
            m.containsKey("transfer_shipping_configuration")
                    && !m.containsKey("transfer_order_configuration")
                ? "transfer_shipping_configuration"
                : "transfer_order_configuration";
        return object().req(key, array(TRANSFER_ENTRY, 0, Integer.MAX_VALUE)).check(member, v);
      };

  private static final Schema LEGACY_FULFILLMENT_VALUE =
      object()
          .req(
              "fulfillment_config",
              object()
                  .opt("provider_rates", Schema.any())
                  .opt("provider_rates_priority", array(string(), 0, Integer.MAX_VALUE))
                  .opt("routes", array(object(), 0, Integer.MAX_VALUE))
                  .opt("service_levels", Schema.any())
                  .opt("sl_levels_priority", array(string(), 0, Integer.MAX_VALUE)));

  private static final Schema GRACE_PERIOD_VALUE = integer(0, MAX);

  private static final Schema CANCELLABLE_VALUE = array(oneOf("store", "dc"), 1, Integer.MAX_VALUE);

  private final List<ConfigRoute> rows = new ArrayList<>();

  /** Creates the table. */
  public ConfigRoutes() {
    // Sales-order configurations: {value} in, {value, updated_at} out (seed 003).
    rows.add(
        ConfigRoute.of(SALES_ORDER_EXTERNAL_OMS, VALUE, object().req("enabled", bool()), "POST"));
    rows.add(
        ConfigRoute.of(ORDER_ID_SEQUENCE, VALUE, ORDER_ID_SEQUENCE_VALUE, "POST").asWriteOnce());
    rows.add(
        ConfigRoute.of(ORDER_ID_SEQUENCE_ALTERNATIVE, VALUE, ORDER_ID_SEQUENCE_VALUE, "POST")
            .asWriteOnce()
            .storedAt(ORDER_ID_SEQUENCE));
    rows.add(
        ConfigRoute.of(GRACE_PERIOD, VALUE, GRACE_PERIOD_VALUE, "POST")
            .withGetSchema(Map.of("type", "integer", "minimum", 0)));
    rows.add(
        ConfigRoute.of(CANCELLABLE_LOCATIONS, VALUE, CANCELLABLE_VALUE, "POST")
            .withGetSchema(
                Map.of(
                    "type",
                    "array",
                    "minItems",
                    1,
                    "items",
                    Map.of("type", "string", "enum", List.of("store", "dc")))));
    rows.add(
        ConfigRoute.of(
                BIG_ORDERS,
                VALUE,
                object().req("soft_limit_for_big_orders", integer(0, MAX)),
                "POST")
            .withDefault(Map.of("soft_limit_for_big_orders", 100L)));
    rows.add(
        ConfigRoute.of(EXTERNAL_ORDER_WEBHOOK, VALUE, EXTERNAL_ORDER_WEBHOOK_VALUE, "POST")
            .completing(ConfigRoutes::defaultTimeout));
    // Routing flags: {value} in, 200 without a body (Swagger).
    for (String flag : BOOLEAN_FLAGS) {
      rows.add(ConfigRoute.of(ROUTING_FLAG_PREFIX + flag, FLAG, bool(), "POST"));
    }
    rows.add(
        ConfigRoute.of(
            ROUTING_FLAG_PREFIX + "cancel_on_conflict", FLAG, CANCEL_ON_CONFLICT_VALUE, "POST"));
    // Order injection configuration: version is a string (Swagger).
    rows.add(
        ConfigRoute.of(ORDER_INJECTION_CONFIG, VERSIONED, ORDER_INJECTION_VALUE, "POST", "PATCH"));
    // Bare documents. Write methods marked both POST and PUT are unknown (newstore-api.md sec. 9).
    rows.add(ConfigRoute.of(ATP_WEBHOOK, BARE, ATP_WEBHOOK_VALUE, "POST", "PUT").asDeletable());
    rows.add(ConfigRoute.of(DC_CONFIG, BARE, DC_VALUE, "POST", "PUT"));
    rows.add(ConfigRoute.of(ASSOCIATE_APP_CONFIG, BARE, object(), "POST", "PUT"));
    for (String name : PAYMENT_CONFIGS) {
      rows.add(ConfigRoute.of(PAYMENT_CONFIG_PREFIX + name, BARE, object(), "POST", "PUT"));
    }
    rows.add(ConfigRoute.of(TRANSFER_SHIPPING_CONFIG, BARE, TRANSFER_VALUE, "POST"));
    rows.add(
        ConfigRoute.of(LEGACY_FULFILLMENT_CONFIG, BARE, LEGACY_FULFILLMENT_VALUE, "POST", "PUT"));
  }

  /**
   * Returns the row serving a path.
   *
   * @param path the request path
   * @return the row, if the path is a configuration API
   */
  public Optional<ConfigRoute> find(String path) {
    for (ConfigRoute row : rows) {
      if (SimulatorRoutes.match(row.template(), path) != null) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every row.
   *
   * @return the rows in table order
   */
  public List<ConfigRoute> rows() {
    return List.copyOf(rows);
  }

  private static @org.jspecify.annotations.Nullable Object defaultTimeout(
      @org.jspecify.annotations.Nullable Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>(JsonSupport.asMap(m));
      copy.putIfAbsent("timeout", 15L);
      return copy;
    }
    return value;
  }
}
