package com.newstore.sdk.client.config;

import java.time.Duration;
import java.util.Set;

/**
 * The sales order configuration (NewStore's "API to manage sales order configurations", 0.1.0): one
 * {@link ConfigResource} per setting, each a {@code {"value": …, "updated_at": …}} document under
 * {@code /v0/config/sales_order/}. Values are checked before sending; a value that breaks a
 * documented rule throws {@link com.newstore.sdk.client.NewStoreValidationException} and nothing is
 * sent. A setting that was never set reads as {@code Optional.empty()}. Thread-safe; get it from
 * {@code client.salesOrderConfig()}.
 *
 * <pre>{@code
 * SalesOrderConfigService sales = client.salesOrderConfig();
 * sales.gracePeriod().set(Duration.ofMinutes(5));
 * sales.cancellableLocations().set(Set.of(LocationType.STORE));
 * boolean external = sales.externalOms().get().map(v -> v.value().enabled()).orElse(false);
 * }</pre>
 *
 * <p>Paths, methods and their evidence are listed per endpoint id in {@link
 * com.newstore.sdk.client.ClientEndpoints} ({@code SALES_ORDER_*}); override any of them with
 * {@code NewStoreClient.Builder.pathOverride}.
 */
public interface SalesOrderConfigService {
  /**
   * The External OMS switch ({@code external_oms}, {@code {"value": {"enabled": …}}}; GET path
   * confirmed, POST inferred). This is the one External OMS setting: seed 002's "External OMS
   * Config API (v0)" is NewStore's older page for the same resource.
   *
   * <pre>{@code
   * client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true));
   * }</pre>
   *
   * @return the setting
   */
  ConfigResource<ExternalOmsSetting> externalOms();

  /**
   * The order id sequence ({@code {"value": {prefix, size, start, step}}}). Default path {@code
   * /v0/config/sales_order/sales_order_generator_sequence}: the only path in NewStore's public
   * material (configs.csv, "Get Newstore Order ID Sequience", GET). The name "order ID sequence" in
   * seed 003 is a heading, not a path; whether the write uses the same path is unconfirmed.
   * <strong>Setting it works once</strong>: NewStore refuses to change an applied sequence, and the
   * refusal is thrown as {@link OrderIdSequenceAlreadySetException}.
   *
   * <pre>{@code
   * client.salesOrderConfig().orderIdSequence().set(new OrderIdSequence("EXT", 8, 1, 1));
   * }</pre>
   *
   * @return the sequence
   */
  ConfigResource<OrderIdSequence> orderIdSequence();

  /**
   * The grace period: how long an order stays on hold before it is routed, for orders without their
   * own ({@code {"value": seconds}}, path inferred). Sent in whole seconds; zero or more.
   *
   * <pre>{@code
   * client.salesOrderConfig().gracePeriod().set(Duration.ofMinutes(5));
   * }</pre>
   *
   * @return the grace period
   */
  ConfigResource<Duration> gracePeriod();

  /**
   * The location types orders can be cancelled from ({@code {"value": ["store", "dc"]}}, path
   * inferred). Seed 003 documents the closed list {@code store|dc}; any other type is refused
   * before sending. Types NewStore may add later can be sent through {@link
   * #cancellableLocationsAllowingUndocumentedTypes()}. Unknown types read from NewStore are kept.
   *
   * <pre>{@code
   * client.salesOrderConfig().cancellableLocations().set(Set.of(LocationType.STORE, LocationType.DC));
   * }</pre>
   *
   * @return the non-empty set of location types
   */
  ConfigResource<Set<LocationType>> cancellableLocations();

  /**
   * The same resource as {@link #cancellableLocations()}, without the check that every type is
   * {@code store} or {@code dc}: the escape hatch for a type NewStore documents after this SDK.
   *
   * <pre>{@code
   * client.salesOrderConfig().cancellableLocationsAllowingUndocumentedTypes()
   *     .set(Set.of(LocationType.STORE, LocationType.of("warehouse")));
   * }</pre>
   *
   * @return the location types, unchecked beyond "not empty"
   */
  ConfigResource<Set<LocationType>> cancellableLocationsAllowingUndocumentedTypes();

  /**
   * The big order soft limit ({@code {"value": {"soft_limit_for_big_orders": n}}}, path inferred):
   * orders with more items are held. NewStore applies {@value BigOrderLimits#DEFAULT_SOFT_LIMIT}
   * when none is set.
   *
   * <pre>{@code
   * client.salesOrderConfig().bigOrders().set(new BigOrderLimits(300));
   * }</pre>
   *
   * @return the limits
   */
  ConfigResource<BigOrderLimits> bigOrders();

  /**
   * The external order webhook NewStore calls for order details and purchase history ({@code
   * {"value": {url, api_key, timeout}}}). The path is <strong>unconfirmed</strong>: it appears only
   * in an example of a public system-map guide. The URL is a base URL: NewStore appends its routes.
   * A missing {@code timeout} reads as NewStore's default, 15 seconds.
   *
   * <pre>{@code
   * client.salesOrderConfig().externalOrderWebhook()
   *     .set(ExternalOrderWebhookConfig.of("https://oms.example.com/newstore", apiKey));
   * }</pre>
   *
   * @return the webhook configuration
   */
  ConfigResource<ExternalOrderWebhookConfig> externalOrderWebhook();
}
