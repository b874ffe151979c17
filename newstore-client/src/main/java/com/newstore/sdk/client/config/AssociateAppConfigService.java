package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.AssociateAppConfigApi;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.internal.ValueRequest;
import java.util.Objects;

/**
 * Reads and writes the Associate App configuration ({@code use_new_om_ui}, {@code
 * capabilities.mixed_cart}). Reach it with {@code client.associateAppConfig()}; thread-safe.
 *
 * <pre>{@code
 * client.associateAppConfig()
 *     .set(new AssociateAppConfiguration(true, new AssociateAppCapabilities(true)));
 * boolean newUi = Boolean.TRUE.equals(client.associateAppConfig().get().value().useNewOmUi());
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}); both paths are
 * <b>unconfirmed</b>:
 *
 * <ul>
 *   <li>{@code associate-app.config.get}: {@code GET /v0/config/associate_app}
 *   <li>{@code associate-app.config.set}: {@code POST /v0/config/associate_app} with {@code
 *       {"value": {...}}}
 * </ul>
 */
public final class AssociateAppConfigService {
  private final AssociateAppConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service; {@link NewStoreClient} does this once, so use its accessor instead.
   *
   * @param client the client whose transport the service uses
   */
  public AssociateAppConfigService(NewStoreClient client) {
    Transport support = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = support.create(AssociateAppConfigApi.class);
    this.executor = support.executor();
  }

  /**
   * Returns the stored configuration.
   *
   * @return the configuration and its {@code updated_at}
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public AssociateAppConfigurationResponse get() {
    return executor.execute(api.get());
  }

  /**
   * Replaces the configuration.
   *
   * @param config the new configuration
   * @throws com.newstore.sdk.client.NewStoreValidationException when {@code config} is invalid;
   *     nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void set(AssociateAppConfiguration config) {
    Objects.requireNonNull(config, "config == null");
    BeanValidation.validate(config);
    executor.executeNullable(api.set(new ValueRequest<>(config)));
  }
}
