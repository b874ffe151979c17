package com.newstore.sdk.client.config;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The order injection configuration ({@code /v1/r/config/order_injection}, confirmed): whether
 * injected orders skip soft routing, and the hard limit for big orders. The configuration is
 * versioned: every write names the version it was based on (a string), and a stale version throws
 * {@link VersionConflictException}. {@link #update(UnaryOperator)} handles that for you.
 * Thread-safe; get it from {@code client.orderInjectionConfig()}.
 *
 * <pre>{@code
 * client.orderInjectionConfig().update(c -> c.withSkipSoftRoutingOnInjection(true));
 * }</pre>
 *
 * <p>Endpoint ids: {@link com.newstore.sdk.client.ClientEndpoints#ORDER_INJECTION_GET}, {@code
 * ORDER_INJECTION_REPLACE}, {@code ORDER_INJECTION_PATCH}.
 */
public interface OrderInjectionConfigService {
  /** How many times {@link #update(UnaryOperator)} tries before giving up. */
  int DEFAULT_UPDATE_ATTEMPTS = 3;

  /** The version that creates the configuration when none exists. */
  String INITIAL_VERSION = "1";

  /**
   * Reads the configuration.
   *
   * <pre>{@code
   * Optional<VersionedConfigValue<OrderInjectionConfig>> current = client.orderInjectionConfig().get();
   * }</pre>
   *
   * @return the configuration and its version, or empty when it was never created ({@code 404})
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  Optional<VersionedConfigValue<OrderInjectionConfig>> get();

  /**
   * Creates or replaces the configuration ({@code POST ?version=}).
   *
   * <pre>{@code
   * client.orderInjectionConfig().replace(config, OrderInjectionConfigService.INITIAL_VERSION);
   * }</pre>
   *
   * @param config the whole configuration
   * @param version {@link #INITIAL_VERSION} to create, or the current version
   * @return the stored configuration (read back when the answer has no body)
   * @throws VersionConflictException when {@code version} is stale
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  VersionedConfigValue<OrderInjectionConfig> replace(OrderInjectionConfig config, String version);

  /**
   * Changes the members {@code change} sets ({@code PATCH ?version=}); null members are left out.
   *
   * <pre>{@code
   * client.orderInjectionConfig()
   *     .patch(OrderInjectionConfig.empty().withSkipSoftRoutingOnInjection(true), current.version());
   * }</pre>
   *
   * @param change the members to change
   * @param version the current version
   * @return the stored configuration
   * @throws VersionConflictException when {@code version} is stale
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  VersionedConfigValue<OrderInjectionConfig> patch(OrderInjectionConfig change, String version);

  /**
   * Reads, changes and writes the configuration, re-reading on a version conflict up to {@value
   * #DEFAULT_UPDATE_ATTEMPTS} times; creates it when it does not exist.
   *
   * <pre>{@code
   * client.orderInjectionConfig().update(c -> c.withHardLimitForBigOrders(800));
   * }</pre>
   *
   * @param change returns the new configuration from the current one
   * @return the stored configuration
   * @throws VersionConflictException when every attempt met a concurrent change
   * @throws com.newstore.sdk.client.NewStoreException when a call fails
   */
  default VersionedConfigValue<OrderInjectionConfig> update(
      UnaryOperator<OrderInjectionConfig> change) {
    return update(change, DEFAULT_UPDATE_ATTEMPTS);
  }

  /**
   * Like {@link #update(UnaryOperator)}, with a chosen number of attempts.
   *
   * <pre>{@code
   * client.orderInjectionConfig().update(c -> c.withSkipSoftRoutingOnInjection(false), 5);
   * }</pre>
   *
   * @param change returns the new configuration from the current one
   * @param maxAttempts at least 1
   * @return the stored configuration
   * @throws VersionConflictException when every attempt met a concurrent change
   * @throws com.newstore.sdk.client.NewStoreException when a call fails
   */
  VersionedConfigValue<OrderInjectionConfig> update(
      UnaryOperator<OrderInjectionConfig> change, int maxAttempts);
}
