package com.newstore.sdk.testkit.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every path the simulator serves or calls, in one place, taken from NewStore's documents
 * (newstore-api.md), not from the SDK. Paths are relative to the base URL, without a leading slash.
 * Paths marked "unconfirmed" are readings of NewStore's documents that no public source confirms.
 */
public final class SimulatorRoutes {
  private SimulatorRoutes() {}

  // ---- Authentication -------------------------------------------------------------------------

  /** The tenant name used in the token path. */
  public static final String TENANT = "simulator";

  /** The Keycloak-style OAuth2 token endpoint (confirmed shape, realm = tenant). */
  public static final String TOKEN = "auth/realms/" + TENANT + "/protocol/openid-connect/token";

  // ---- Configuration APIs (rows of ConfigRoutes) ----------------------------------------------

  /** Sales order config: external OMS, {@code {value: {enabled}}}. GET confirmed, POST inferred. */
  public static final String SALES_ORDER_EXTERNAL_OMS = "v0/config/sales_order/external_oms";

  /** Sales order config: order ID sequence, write-once. The only path seen (configs.csv). */
  public static final String ORDER_ID_SEQUENCE =
      "v0/config/sales_order/sales_order_generator_sequence";

  /**
   * The order ID sequence at the path its seed heading suggests; no public source uses it, so the
   * simulator answers it as an alternative path of the same resource. Unconfirmed.
   */
  public static final String ORDER_ID_SEQUENCE_ALTERNATIVE =
      "v0/config/sales_order/order_id_sequence";

  /** Sales order config: grace period in seconds. Unconfirmed path. */
  public static final String GRACE_PERIOD = "v0/config/sales_order/grace_period";

  /** Sales order config: cancellable locations. Unconfirmed path. */
  public static final String CANCELLABLE_LOCATIONS = "v0/config/sales_order/cancellable_locations";

  /** Sales order config: big-order soft limit. Unconfirmed path. */
  public static final String BIG_ORDERS = "v0/config/sales_order/big_orders";

  /** Sales order config: external order webhook (purchase history, order details). Unconfirmed. */
  public static final String EXTERNAL_ORDER_WEBHOOK =
      "v0/config/sales_order/external_order_webhook";

  /** Routing flags prefix: {@code v0/config/routing/{flag}} (confirmed). */
  public static final String ROUTING_FLAG_PREFIX = "v0/config/routing/";

  /** The request-external-ATP flag; POST answers 200 with no body (confirmed). */
  public static final String USES_EXTERNAL_ATP = ROUTING_FLAG_PREFIX + "uses_external_atp";

  /** Availability (ATP) webhook config, bare; GET path confirmed, write methods unknown. */
  public static final String ATP_WEBHOOK = "v0/config/availability/webhook";

  /** Order injection config with optimistic string versions (confirmed). */
  public static final String ORDER_INJECTION_CONFIG = "v1/r/config/order_injection";

  /** Associate App configuration, a bare document (GET confirmed, write method unknown). */
  public static final String ASSOCIATE_APP_CONFIG = "api/v1/associate-app/config";

  /** Payment configurations: {@code v1/p/config/{name}}, bare (GET confirmed). */
  public static final String PAYMENT_CONFIG_PREFIX = "v1/p/config/";

  /** Legacy fulfillment configuration {@code {fulfillment_config}} (GET confirmed). */
  public static final String LEGACY_FULFILLMENT_CONFIG = "_/v0/dontuse/fulfillment_config";

  /** Transfer shipping configuration (GET and POST confirmed). */
  public static final String TRANSFER_SHIPPING_CONFIG = "v0/i/inventory/transfer_shipping_config";

  /** DC configuration, bare {@code {url, api_key}}; {@code {id}} = fulfillment node id. */
  public static final String DC_CONFIG = "v0/d/config/dc/{id}";

  /**
   * Returns the DC config path for one fulfillment node.
   *
   * @param fulfillmentNodeId the node id
   * @return the path
   */
  public static String dcConfig(String fulfillmentNodeId) {
    return DC_CONFIG.replace("{id}", fulfillmentNodeId);
  }

  // ---- Order injection ------------------------------------------------------------------------

  /** Order injection, idempotent on {@code external_id} (confirmed). */
  public static final String FULFILL_ORDER = "v0/d/fulfill_order";

  /** Injected order read by external id (confirmed). */
  public static final String EXTERNAL_ORDER = "v0/d/external_orders/{external_id}";

  // ---- Event stream registration --------------------------------------------------------------

  /** Event stream integrations: POST create, GET list (confirmed). */
  public static final String EVENT_STREAMS = "api/v1/org/integrations/eventstream";

  /** One event stream integration: GET (confirmed), DELETE (inferred). */
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

  /** The prefix of every Fulfillment Provider API path. */
  public static final String FR_PREFIX = "v0/d/fulfillment_requests/";

  /**
   * Returns whether a path is in the Fulfillment Provider API, whose errors are {@code {error_code,
   * error_description}}.
   *
   * @param path the path without leading slash
   * @return true for the Fulfillment Provider API
   */
  public static boolean isFulfillmentProviderApi(String path) {
    return path.startsWith(FR_PREFIX);
  }

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
