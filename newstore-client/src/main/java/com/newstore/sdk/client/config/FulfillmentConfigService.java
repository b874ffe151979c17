package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.FulfillmentConfigApi;
import com.newstore.sdk.client.internal.Transport;
import java.util.Objects;

/**
 * Reads and writes the fulfillment configuration: provider rates, routes, service levels, their
 * priority and the routing strategy. NewStore needs it even when an external OMS routes orders
 * ({@link RoutingStrategy#EXTERNAL}), for endless-aisle and store fulfillment. Members the SDK does
 * not model survive a {@code get} followed by a {@code set}. Reach it with {@code
 * client.fulfillmentConfig()}; thread-safe.
 *
 * <pre>{@code
 * FulfillmentConfigDocument doc = client.fulfillmentConfig().get();
 * FulfillmentConfiguration fc = doc.fulfillmentConfig();
 * client.fulfillmentConfig().set(new FulfillmentConfiguration(
 *     fc.providerRates(), fc.routes(), fc.serviceLevels(), fc.slLevelsPriority(),
 *     RoutingStrategy.EXTERNAL, fc.extras()));
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}); both paths are
 * <b>unconfirmed</b>, the body follows the playbook's example:
 *
 * <ul>
 *   <li>{@code fulfillment.config.get}: {@code GET /v0/config/fulfillment}
 *   <li>{@code fulfillment.config.set}: {@code POST /v0/config/fulfillment} with {@code
 *       {"fulfillment_config": {...}}}
 * </ul>
 */
public final class FulfillmentConfigService {
  private final FulfillmentConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service; {@link NewStoreClient} does this once, so use its accessor instead.
   *
   * @param client the client whose transport the service uses
   */
  public FulfillmentConfigService(NewStoreClient client) {
    Transport support = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = support.create(FulfillmentConfigApi.class);
    this.executor = support.executor();
  }

  /**
   * Returns the stored configuration document.
   *
   * @return the document, with {@code updated_at} when NewStore sends it
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public FulfillmentConfigDocument get() {
    return executor.execute(api.get());
  }

  /**
   * Replaces the configuration.
   *
   * @param config the new configuration
   * @throws com.newstore.sdk.client.NewStoreValidationException when {@code config} breaks a
   *     documented rule; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void set(FulfillmentConfiguration config) {
    Objects.requireNonNull(config, "config == null");
    FulfillmentConfigDocument doc = FulfillmentConfigDocument.of(config);
    BeanValidation.validate(doc);
    executor.executeNullable(api.set(doc));
  }
}
