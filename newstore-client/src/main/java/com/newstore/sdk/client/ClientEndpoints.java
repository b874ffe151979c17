package com.newstore.sdk.client;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The endpoint ids of {@code newstore-client}, for {@link
 * NewStoreClient.Builder#pathOverride(EndpointId, String)}. Each constant's javadoc gives the
 * method and path it names and whether NewStore's public material confirms them;
 * docs/configuration-apis.md lists the sources.
 *
 * <pre>{@code
 * NewStoreClient client = NewStoreClient.builder()
 *     .pathOverride(ClientEndpoints.SALES_ORDER_EXTERNAL_ORDER_WEBHOOK_GET,
 *         "v0/config/sales_order/order_webhook")
 *     // ...
 *     .build();
 * }</pre>
 */
public final class ClientEndpoints {
  private ClientEndpoints() {}

  /** {@code sales-order.external-oms.get}: GET /v0/config/sales_order/external_oms (confirmed). */
  public static final EndpointId SALES_ORDER_EXTERNAL_OMS_GET =
      EndpointId.of("sales-order.external-oms.get");

  /**
   * {@code sales-order.external-oms.set}: POST /v0/config/sales_order/external_oms (method
   * inferred).
   */
  public static final EndpointId SALES_ORDER_EXTERNAL_OMS_SET =
      EndpointId.of("sales-order.external-oms.set");

  /**
   * {@code sales-order.order-id-sequence.get}: GET
   * /v0/config/sales_order/sales_order_generator_sequence (confirmed by one source).
   */
  public static final EndpointId SALES_ORDER_ORDER_ID_SEQUENCE_GET =
      EndpointId.of("sales-order.order-id-sequence.get");

  /**
   * {@code sales-order.order-id-sequence.set}: POST
   * /v0/config/sales_order/sales_order_generator_sequence (inferred).
   */
  public static final EndpointId SALES_ORDER_ORDER_ID_SEQUENCE_SET =
      EndpointId.of("sales-order.order-id-sequence.set");

  /** {@code sales-order.grace-period.get}: GET /v0/config/sales_order/grace_period (inferred). */
  public static final EndpointId SALES_ORDER_GRACE_PERIOD_GET =
      EndpointId.of("sales-order.grace-period.get");

  /** {@code sales-order.grace-period.set}: POST /v0/config/sales_order/grace_period (inferred). */
  public static final EndpointId SALES_ORDER_GRACE_PERIOD_SET =
      EndpointId.of("sales-order.grace-period.set");

  /**
   * {@code sales-order.cancellable-locations.get}: GET /v0/config/sales_order/cancellable_locations
   * (inferred).
   */
  public static final EndpointId SALES_ORDER_CANCELLABLE_LOCATIONS_GET =
      EndpointId.of("sales-order.cancellable-locations.get");

  /**
   * {@code sales-order.cancellable-locations.set}: POST
   * /v0/config/sales_order/cancellable_locations (inferred).
   */
  public static final EndpointId SALES_ORDER_CANCELLABLE_LOCATIONS_SET =
      EndpointId.of("sales-order.cancellable-locations.set");

  /** {@code sales-order.big-orders.get}: GET /v0/config/sales_order/big_orders (inferred). */
  public static final EndpointId SALES_ORDER_BIG_ORDERS_GET =
      EndpointId.of("sales-order.big-orders.get");

  /** {@code sales-order.big-orders.set}: POST /v0/config/sales_order/big_orders (inferred). */
  public static final EndpointId SALES_ORDER_BIG_ORDERS_SET =
      EndpointId.of("sales-order.big-orders.set");

  /**
   * {@code sales-order.external-order-webhook.get}: GET
   * /v0/config/sales_order/external_order_webhook (unconfirmed).
   */
  public static final EndpointId SALES_ORDER_EXTERNAL_ORDER_WEBHOOK_GET =
      EndpointId.of("sales-order.external-order-webhook.get");

  /**
   * {@code sales-order.external-order-webhook.set}: POST
   * /v0/config/sales_order/external_order_webhook (unconfirmed).
   */
  public static final EndpointId SALES_ORDER_EXTERNAL_ORDER_WEBHOOK_SET =
      EndpointId.of("sales-order.external-order-webhook.set");

  /** {@code availability.webhook.get}: GET /v0/config/availability/webhook (confirmed). */
  public static final EndpointId AVAILABILITY_WEBHOOK_GET =
      EndpointId.of("availability.webhook.get");

  /**
   * {@code availability.webhook.update}: POST /v0/config/availability/webhook (method unconfirmed).
   */
  public static final EndpointId AVAILABILITY_WEBHOOK_UPDATE =
      EndpointId.of("availability.webhook.update");

  /**
   * {@code availability.webhook.delete}: DELETE /v0/config/availability/webhook (method inferred).
   */
  public static final EndpointId AVAILABILITY_WEBHOOK_DELETE =
      EndpointId.of("availability.webhook.delete");

  /**
   * {@code routing.uses-external-atp.get}: GET /v0/config/routing/uses_external_atp (confirmed).
   */
  public static final EndpointId ROUTING_USES_EXTERNAL_ATP_GET =
      EndpointId.of("routing.uses-external-atp.get");

  /**
   * {@code routing.uses-external-atp.set}: POST /v0/config/routing/uses_external_atp (confirmed).
   */
  public static final EndpointId ROUTING_USES_EXTERNAL_ATP_SET =
      EndpointId.of("routing.uses-external-atp.set");

  /** {@code routing.flag.get}: GET /v0/config/routing/{flag} (confirmed). */
  public static final EndpointId ROUTING_FLAG_GET = EndpointId.of("routing.flag.get");

  /** {@code routing.flag.set}: POST /v0/config/routing/{flag} (confirmed). */
  public static final EndpointId ROUTING_FLAG_SET = EndpointId.of("routing.flag.set");

  /**
   * {@code routing.cancel-on-conflict.get}: GET /v0/config/routing/cancel_on_conflict (confirmed).
   */
  public static final EndpointId ROUTING_CANCEL_ON_CONFLICT_GET =
      EndpointId.of("routing.cancel-on-conflict.get");

  /**
   * {@code routing.cancel-on-conflict.set}: POST /v0/config/routing/cancel_on_conflict (confirmed).
   */
  public static final EndpointId ROUTING_CANCEL_ON_CONFLICT_SET =
      EndpointId.of("routing.cancel-on-conflict.set");

  /** {@code order-injection.get}: GET /v1/r/config/order_injection (confirmed). */
  public static final EndpointId ORDER_INJECTION_GET = EndpointId.of("order-injection.get");

  /** {@code order-injection.replace}: POST /v1/r/config/order_injection?version= (confirmed). */
  public static final EndpointId ORDER_INJECTION_REPLACE = EndpointId.of("order-injection.replace");

  /** {@code order-injection.patch}: PATCH /v1/r/config/order_injection?version= (confirmed). */
  public static final EndpointId ORDER_INJECTION_PATCH = EndpointId.of("order-injection.patch");

  /** {@code associate-app.config.get}: GET /api/v1/associate-app/config (confirmed). */
  public static final EndpointId ASSOCIATE_APP_CONFIG_GET =
      EndpointId.of("associate-app.config.get");

  /** {@code associate-app.config.set}: POST /api/v1/associate-app/config (method unconfirmed). */
  public static final EndpointId ASSOCIATE_APP_CONFIG_SET =
      EndpointId.of("associate-app.config.set");

  /** {@code payment.config.get}: GET /v1/p/config/{name} (confirmed). */
  public static final EndpointId PAYMENT_CONFIG_GET = EndpointId.of("payment.config.get");

  /** {@code payment.config.set}: POST /v1/p/config/{name} (method unconfirmed). */
  public static final EndpointId PAYMENT_CONFIG_SET = EndpointId.of("payment.config.set");

  /** {@code fulfillment.config.get}: GET /_/v0/dontuse/fulfillment_config (confirmed, legacy). */
  public static final EndpointId FULFILLMENT_CONFIG_GET = EndpointId.of("fulfillment.config.get");

  /** {@code fulfillment.config.set}: POST /_/v0/dontuse/fulfillment_config (method unconfirmed). */
  public static final EndpointId FULFILLMENT_CONFIG_SET = EndpointId.of("fulfillment.config.set");

  /**
   * {@code transfer-shipping.config.get}: GET /v0/i/inventory/transfer_shipping_config (confirmed).
   */
  public static final EndpointId TRANSFER_SHIPPING_CONFIG_GET =
      EndpointId.of("transfer-shipping.config.get");

  /**
   * {@code transfer-shipping.config.set}: POST /v0/i/inventory/transfer_shipping_config
   * (confirmed).
   */
  public static final EndpointId TRANSFER_SHIPPING_CONFIG_SET =
      EndpointId.of("transfer-shipping.config.set");

  /**
   * {@code distribution-center.config.get}: GET /v0/d/config/dc/{fulfillment_node_id} (confirmed).
   */
  public static final EndpointId DISTRIBUTION_CENTER_CONFIG_GET =
      EndpointId.of("distribution-center.config.get");

  /**
   * {@code distribution-center.config.set}: POST /v0/d/config/dc/{fulfillment_node_id} (method
   * unconfirmed).
   */
  public static final EndpointId DISTRIBUTION_CENTER_CONFIG_SET =
      EndpointId.of("distribution-center.config.set");

  /** {@code event-stream.integration.create}: create an event stream integration. */
  public static final EndpointId EVENT_STREAM_INTEGRATION_CREATE =
      EndpointId.of("event-stream.integration.create");

  /** {@code event-stream.integration.list}: list the event stream integrations. */
  public static final EndpointId EVENT_STREAM_INTEGRATION_LIST =
      EndpointId.of("event-stream.integration.list");

  /** {@code event-stream.integration.get}: read one event stream integration. */
  public static final EndpointId EVENT_STREAM_INTEGRATION_GET =
      EndpointId.of("event-stream.integration.get");

  /** {@code event-stream.integration.start}: start an event stream integration. */
  public static final EndpointId EVENT_STREAM_INTEGRATION_START =
      EndpointId.of("event-stream.integration.start");

  /** {@code event-stream.integration.stop}: stop an event stream integration. */
  public static final EndpointId EVENT_STREAM_INTEGRATION_STOP =
      EndpointId.of("event-stream.integration.stop");

  /**
   * {@code event-stream.integration.delete}: delete an event stream integration (DELETE; method and
   * path unconfirmed: NewStore documents the operation, not its route).
   */
  public static final EndpointId EVENT_STREAM_INTEGRATION_DELETE =
      EndpointId.of("event-stream.integration.delete");

  /** {@code orders.fulfill-order.create}: inject an order (POST /v0/d/fulfill_order). */
  public static final EndpointId ORDERS_FULFILL_ORDER_CREATE =
      EndpointId.of("orders.fulfill-order.create");

  /** {@code orders.external-order.get}: read an injected order by external id. */
  public static final EndpointId ORDERS_EXTERNAL_ORDER_GET =
      EndpointId.of("orders.external-order.get");

  private static final Set<EndpointId> ALL = collect();

  /**
   * Returns every endpoint id of this module.
   *
   * @return the ids, in declaration order
   */
  public static Set<EndpointId> all() {
    return ALL;
  }

  private static Set<EndpointId> collect() {
    // Reflection, so that a new constant cannot be left out of the registry.
    Set<EndpointId> ids = new LinkedHashSet<>();
    for (Field field : ClientEndpoints.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == EndpointId.class) {
        try {
          ids.add((EndpointId) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return Collections.unmodifiableSet(ids);
  }
}
