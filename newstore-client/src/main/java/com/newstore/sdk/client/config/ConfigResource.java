package com.newstore.sdk.client.config;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One NewStore configuration: read it, replace it, or change part of it. Every configuration
 * service hands these out ({@code client.salesOrderConfig().gracePeriod()}, {@code
 * client.associateAppConfig()}, …). Thread-safe.
 *
 * <pre>{@code
 * ConfigResource<Duration> grace = client.salesOrderConfig().gracePeriod();
 * Optional<ConfigValue<Duration>> current = grace.get();
 * grace.set(Duration.ofMinutes(5));
 * }</pre>
 *
 * @param <T> the value type
 */
public interface ConfigResource<T> {
  /**
   * Reads the configuration.
   *
   * @return the value and when it changed, or empty when it was never set (NewStore answered {@code
   *     404 not_found}, an empty body, or an empty {@code value})
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  Optional<ConfigValue<T>> get();

  /**
   * Writes the configuration. For the bare documents (Associate App, payment, DC, transfer
   * shipping, fulfillment) NewStore <strong>replaces</strong> the whole stored document: pass a
   * value you read and changed (or use {@link #update}), so members the SDK does not model are
   * kept.
   *
   * @param value the new value
   * @throws com.newstore.sdk.client.NewStoreValidationException when the value breaks a documented
   *     rule; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  void set(T value);

  /**
   * Reads the configuration, applies {@code change} and writes the result: read, modify, write the
   * whole value. A document that was never set starts empty; a value without an empty form (such as
   * the order id sequence) throws {@link ConfigurationNotSetException}. Not atomic: a concurrent
   * writer's change between the read and the write is lost.
   *
   * @param change returns the new value from the current one
   * @return the value written
   * @throws ConfigurationNotSetException when nothing is set and the value has no empty form
   * @throws com.newstore.sdk.client.NewStoreException when a call fails
   */
  T update(UnaryOperator<T> change);
}
