package com.newstore.sdk.preflight.internal;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.ConfigValue;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.FulfillmentConfiguration;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.client.config.OrderInjectionConfig;
import com.newstore.sdk.client.config.PaymentConfigName;
import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads each configuration once per run and remembers the outcome, so checks that share a setting
 * make one call. Not thread-safe: one run uses it from one thread. Not for users.
 */
public final class ConfigReads {
  private final NewStoreClient client;
  private final Map<String, Read<?>> cache = new HashMap<>();

  /**
   * Creates the reads on a client.
   *
   * @param client the client
   */
  public ConfigReads(NewStoreClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  @SuppressWarnings("unchecked")
  private <T> Read<T> read(String endpointId, Supplier<T> call) {
    Read<?> cached = cache.get(endpointId);
    if (cached == null) {
      cached = Read.of(endpointId, call);
      cache.put(endpointId, cached);
    }
    return (Read<T>) cached;
  }

  /**
   * Reads the sales order external OMS setting.
   *
   * @return whether it is enabled
   */
  public Read<Boolean> externalOmsSalesOrder() {
    return read(
        "sales-order.external-oms.get",
        () -> client.salesOrderConfig().externalOms().get().orElseThrow().value().enabled());
  }

  /**
   * Reads the order id sequence.
   *
   * @return the sequence
   */
  public Read<OrderIdSequence> orderIdSequence() {
    return read(
        "sales-order.order-id-sequence.get",
        () -> client.salesOrderConfig().orderIdSequence().get().orElseThrow().value());
  }

  /**
   * Reads the grace period.
   *
   * @return the period
   */
  public Read<Duration> gracePeriod() {
    return read(
        "sales-order.grace-period.get",
        () -> {
          ConfigValue<Duration> g = client.salesOrderConfig().gracePeriod().get().orElseThrow();
          return g.value();
        });
  }

  /**
   * Reads the cancellable locations.
   *
   * @return the location types
   */
  public Read<Set<LocationType>> cancellableLocations() {
    return read(
        "sales-order.cancellable-locations.get",
        () -> client.salesOrderConfig().cancellableLocations().get().orElseThrow().value());
  }

  /**
   * Reads the external order webhook configuration.
   *
   * @return the configuration
   */
  public Read<ExternalOrderWebhookConfig> externalOrderWebhook() {
    return read(
        "sales-order.external-order-webhook.get",
        () -> client.salesOrderConfig().externalOrderWebhook().get().orElseThrow().value());
  }

  /**
   * Reads the request-external-ATP flag.
   *
   * @return the flag
   */
  public Read<Boolean> usesExternalAtp() {
    return read(
        "routing.uses-external-atp.get",
        () -> client.availabilityConfig().usesExternalAtp().get().orElseThrow().value());
  }

  /**
   * Reads the availability webhook configuration.
   *
   * @return the configuration
   */
  public Read<AvailabilityWebhookConfig> availabilityWebhook() {
    return read(
        "availability.webhook.get",
        () -> client.availabilityConfig().webhook().get().orElseThrow().value());
  }

  /**
   * Reads the payment configuration.
   *
   * @return the configuration
   */
  public Read<PaymentConfiguration> payment() {
    return read(
        "payment.config.get",
        () ->
            client
                .paymentConfig()
                .config(PaymentConfigName.PAYMENT_OPTIONS)
                .get()
                .orElseThrow()
                .value());
  }

  /**
   * Reads the Associate App configuration.
   *
   * @return the configuration
   */
  public Read<AssociateAppConfiguration> associateApp() {
    return read(
        "associate-app.config.get", () -> client.associateAppConfig().get().orElseThrow().value());
  }

  /**
   * Reads the order injection configuration.
   *
   * @return the configuration
   */
  public Read<OrderInjectionConfig> orderInjection() {
    return read(
        "order-injection.get", () -> client.orderInjectionConfig().get().orElseThrow().value());
  }

  /**
   * Reads the fulfillment configuration.
   *
   * @return the configuration
   */
  public Read<FulfillmentConfiguration> fulfillment() {
    return read(
        "fulfillment.config.get",
        () -> client.fulfillmentConfig().get().orElseThrow().value().fulfillmentConfig());
  }

  /**
   * Reads the transfer shipping configuration.
   *
   * @return the configuration
   */
  public Read<TransferShippingConfiguration> transferShipping() {
    return read(
        "transfer-shipping.config.get",
        () -> client.transferShippingConfig().get().orElseThrow().value());
  }

  /**
   * Reads one DC's configuration (not cached: one call per node id).
   *
   * @param nodeId the DC's fulfillment node id
   * @return the configuration
   */
  public Read<DistributionCenterConfiguration> distributionCenter(String nodeId) {
    return Read.of(
        "distribution-center.config.get",
        () -> client.distributionCenterConfig().node(nodeId).get().orElseThrow().value());
  }
}
