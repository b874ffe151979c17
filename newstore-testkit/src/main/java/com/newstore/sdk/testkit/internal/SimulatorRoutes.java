package com.newstore.sdk.testkit.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every path the simulator serves or calls, in one place so they can be aligned with the SDK's
 * Retrofit interfaces. Paths are relative to the simulator's base URL, without a leading slash, as
 * in the Retrofit interfaces. Paths marked "unconfirmed" are guesses: NewStore's public reference
 * does not name them.
 */
public final class SimulatorRoutes {
  private SimulatorRoutes() {}

  // ---- Authentication -------------------------------------------------------------------------

  /** The tenant name used in the token path. */
  public static final String TENANT = "simulator";

  /** The Keycloak-style OAuth2 token endpoint (confirmed shape, realm = tenant). */
  public static final String TOKEN = "auth/realms/" + TENANT + "/protocol/openid-connect/token";

  // ---- Configuration APIs (stateful config store) ---------------------------------------------

  /** External OMS Config API v0, bare {@code {enabled}} body. Unconfirmed path. */
  public static final String EXTERNAL_OMS_V0 = "v0/config/external_oms";

  /** Sales order config: external OMS, {@code {value: {enabled}}}. Unconfirmed path. */
  public static final String SALES_ORDER_EXTERNAL_OMS = "v0/config/sales_order/external_oms";

  /** Sales order config: order ID sequence, write-once. Unconfirmed path. */
  public static final String ORDER_ID_SEQUENCE = "v0/config/sales_order/order_id_sequence";

  /** Sales order config: grace period in seconds. Unconfirmed path. */
  public static final String GRACE_PERIOD = "v0/config/sales_order/grace_period";

  /** Sales order config: cancellable locations. Unconfirmed path. */
  public static final String CANCELLABLE_LOCATIONS = "v0/config/sales_order/cancellable_locations";

  /** Sales order config: big-order soft limit. Unconfirmed path. */
  public static final String BIG_ORDERS = "v0/config/sales_order/big_orders";

  /** Sales order config: external order webhook (purchase history, order details). Confirmed. */
  public static final String EXTERNAL_ORDER_WEBHOOK =
      "v0/config/sales_order/external_order_webhook";

  /** Routing flags prefix: {@code v0/config/routing/{flag}} (confirmed). */
  public static final String ROUTING_FLAG_PREFIX = "v0/config/routing/";

  /** The request-external-ATP flag; POST answers 200 with no body (confirmed). */
  public static final String USES_EXTERNAL_ATP = ROUTING_FLAG_PREFIX + "uses_external_atp";

  /** Availability (ATP) webhook config; GET, POST, PUT, DELETE. Unconfirmed path. */
  public static final String ATP_WEBHOOK = "v0/config/availability/webhook";

  /** Order injection config with optimistic versions (confirmed). */
  public static final String ORDER_INJECTION_CONFIG = "v1/r/config/order_injection";

  /** Associate App configuration. Unconfirmed path. */
  public static final String ASSOCIATE_APP_CONFIG = "v0/config/associate_app";

  /** Payment configuration. Unconfirmed path. */
  public static final String PAYMENT_CONFIG = "v0/config/payment";

  /** Fulfillment configuration. Unconfirmed path. */
  public static final String FULFILLMENT_CONFIG = "v0/config/fulfillment";

  /** Transfer shipping configuration. Unconfirmed path. */
  public static final String TRANSFER_SHIPPING_CONFIG = "v0/config/transfer_shipping";

  /** DC configuration prefix; one entry per {@code fulfillment_node_id}. Unconfirmed path. */
  public static final String DC_CONFIG_PREFIX = "v0/config/distribution_centers/";

  /** Path prefixes the generic config store accepts (any path below them is stored). */
  public static final List<String> CONFIG_PREFIXES = List.of("v0/config/", "v1/r/config/");

  /**
   * Returns the DC config path for one fulfillment node.
   *
   * @param fulfillmentNodeId the node id
   * @return the path
   */
  public static String dcConfig(String fulfillmentNodeId) {
    return DC_CONFIG_PREFIX + fulfillmentNodeId;
  }

  // ---- Order injection ------------------------------------------------------------------------

  /** Order injection, idempotent on {@code external_id} (confirmed). */
  public static final String FULFILL_ORDER = "v0/d/fulfill_order";

  /** Injected order read by external id (confirmed). */
  public static final String EXTERNAL_ORDER = "v0/d/external_orders/{external_id}";

  // ---- Event stream registration --------------------------------------------------------------

  /** Event stream integrations: POST create, GET list (confirmed). */
  public static final String EVENT_STREAMS = "api/v1/org/integrations/eventstream";

  /** One event stream integration: GET, PUT or PATCH update (confirmed path). */
  public static final String EVENT_STREAM = EVENT_STREAMS + "/{id}";

  /** Starts an event stream integration (confirmed). */
  public static final String EVENT_STREAM_START = EVENT_STREAMS + "/{id}/_start";

  /** Stops an event stream integration (confirmed). */
  public static final String EVENT_STREAM_STOP = EVENT_STREAMS + "/{id}/_stop";

  // ---- Fulfillment Provider API ---------------------------------------------------------------

  /** Accept a fulfillment request (confirmed). */
  public static final String FR_ACKNOWLEDGEMENT = "v0/d/fulfillment_requests/{id}/acknowledgement";

  /** Reject items (confirmed). */
  public static final String FR_REJECT_ITEMS = "v0/d/fulfillment_requests/{id}/reject_items";

  /** Legacy whole-request rejection (POST) and rejection status (GET) (confirmed). */
  public static final String FR_REJECTION = "v0/d/fulfillment_requests/{id}/rejection";

  /** Cancel items (POST, confirmed) and cancellation status (GET, unconfirmed). */
  public static final String FR_CANCELED_ITEMS = "v0/d/fulfillment_requests/{id}/canceled_items";

  /** Update shipping status (POST) and shipment status (GET) (confirmed). */
  public static final String FR_SHIPMENT = "v0/d/fulfillment_requests/{id}/shipment";

  // ---- Webhook routes the sender appends to configured base URLs ------------------------------

  /** Purchase history route under the external order webhook base URL. Unconfirmed. */
  public static final String WEBHOOK_PURCHASE_HISTORY = "orders";

  /** Order details route under the external order webhook base URL. Unconfirmed. */
  public static final String WEBHOOK_ORDER_DETAILS = "orders/{id}";

  /**
   * Matches {@code path} against a template with {@code {name}} placeholders, each matching one
   * path segment.
   *
   * @param template a path template
   * @param path a request path without leading slash or query
   * @return the placeholder values in order, or null when the path does not match
   */
  public static @Nullable List<String> match(String template, String path) {
    Matcher m = compile(template).matcher(path);
    if (!m.matches()) {
      return null;
    }
    String[] values = new String[m.groupCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = m.group(i + 1);
    }
    return List.of(values);
  }

  /**
   * Compiles a template ({@code {name}} matches one segment, {@code *} matches the rest) to a
   * regular expression.
   *
   * @param template the template, with or without a leading slash
   * @return the pattern
   */
  public static Pattern compile(String template) {
    String t = template.startsWith("/") ? template.substring(1) : template;
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{[^}/]+}|\\*").matcher(t);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(t.substring(last, m.start())));
      regex.append(m.group().equals("*") ? "(.*)" : "([^/]+)");
      last = m.end();
    }
    regex.append(Pattern.quote(t.substring(last)));
    return Pattern.compile(regex.toString());
  }
}
