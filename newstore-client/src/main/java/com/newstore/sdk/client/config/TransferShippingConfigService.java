package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.TransferShippingConfigApi;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.internal.ValueRequest;
import java.util.Objects;

/**
 * Reads and writes the transfer shipping configuration, which ships transfer orders from a store to
 * other stores or DCs. It must carry the same service levels and priority as the fulfillment
 * configuration; {@link #copyFromFulfillmentConfig(FulfillmentConfigService)} does exactly that.
 * Reach it with {@code client.transferShippingConfig()}; thread-safe.
 *
 * <pre>{@code
 * client.transferShippingConfig().copyFromFulfillmentConfig(client.fulfillmentConfig());
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}); both paths are
 * <b>unconfirmed</b>:
 *
 * <ul>
 *   <li>{@code transfer-shipping.config.get}: {@code GET /v0/config/transfer_shipping}
 *   <li>{@code transfer-shipping.config.set}: {@code POST /v0/config/transfer_shipping} with {@code
 *       {"value": {...}}}
 * </ul>
 */
public final class TransferShippingConfigService {
  private final TransferShippingConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service; {@link NewStoreClient} does this once, so use its accessor instead.
   *
   * @param client the client whose transport the service uses
   */
  public TransferShippingConfigService(NewStoreClient client) {
    Transport support = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = support.create(TransferShippingConfigApi.class);
    this.executor = support.executor();
  }

  /**
   * Returns the stored configuration.
   *
   * @return the configuration and its {@code updated_at}
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public TransferShippingConfigurationResponse get() {
    return executor.execute(api.get());
  }

  /**
   * Adds or replaces the configuration.
   *
   * @param config the new configuration
   * @throws com.newstore.sdk.client.NewStoreValidationException when {@code config} is invalid;
   *     nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void set(TransferShippingConfiguration config) {
    Objects.requireNonNull(config, "config == null");
    BeanValidation.validate(config);
    executor.executeNullable(api.set(new ValueRequest<>(config)));
  }

  /**
   * Reads the fulfillment configuration and stores its service levels and priority as the transfer
   * shipping configuration.
   *
   * @param fulfillment the fulfillment configuration service
   * @return the configuration that was sent
   * @throws com.newstore.sdk.client.NewStoreException when a call fails
   */
  public TransferShippingConfiguration copyFromFulfillmentConfig(
      FulfillmentConfigService fulfillment) {
    Objects.requireNonNull(fulfillment, "fulfillment == null");
    TransferShippingConfiguration config =
        TransferShippingConfiguration.from(fulfillment.get().fulfillmentConfig());
    set(config);
    return config;
  }
}
