package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.ConfigWire;
import com.newstore.sdk.client.internal.ExternalOmsConfigApi;
import com.newstore.sdk.client.internal.Transport;
import java.util.Objects;

/**
 * Reads and sets the External OMS Config API (v0): whether an external OMS is the primary order
 * management system, with NewStore as the secondary one. Thread-safe; get it from {@link
 * NewStoreClient#externalOmsConfig()}.
 *
 * <pre>{@code
 * ConfigValue<ExternalOmsSetting> current = client.externalOmsConfig().get();
 * client.externalOmsConfig().setEnabled(true);
 * }</pre>
 *
 * <p>The path {@code /v0/config/external_oms} is <strong>unconfirmed</strong>: NewStore's reference
 * does not show it. Override it with {@link NewStoreClient.Builder#pathOverride(String, String)}
 * using the endpoint ids {@code external-oms.get} and {@code external-oms.set}. The same setting is
 * also reachable through {@link SalesOrderConfigService#externalOms()}, whose path is documented.
 */
public final class ExternalOmsConfigService {
  private final ExternalOmsConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service on a client's transport; use {@link NewStoreClient#externalOmsConfig()}.
   *
   * @param client the client
   */
  public ExternalOmsConfigService(NewStoreClient client) {
    Transport transport = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = transport.create(ExternalOmsConfigApi.class);
    this.executor = transport.executor();
  }

  /**
   * Returns the current setting ({@code GET /v0/config/external_oms}, unconfirmed path).
   *
   * @return the setting; {@code updatedAt} is null unless NewStore sends it
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<ExternalOmsSetting> get() {
    return toValue(ConfigCalls.execute(executor, api.get()));
  }

  /**
   * Enables or disables the external OMS ({@code POST /v0/config/external_oms}, unconfirmed path).
   *
   * @param enabled true to use an external OMS as the primary OMS
   * @return the setting NewStore answered with
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<ExternalOmsSetting> setEnabled(boolean enabled) {
    return toValue(
        ConfigCalls.execute(executor, api.set(new ConfigWire.ExternalOmsV0(enabled, null))));
  }

  /**
   * Enables the external OMS; the same as {@code setEnabled(true)}.
   *
   * @return the setting NewStore answered with
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<ExternalOmsSetting> enable() {
    return setEnabled(true);
  }

  /**
   * Disables the external OMS; the same as {@code setEnabled(false)}.
   *
   * @return the setting NewStore answered with
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<ExternalOmsSetting> disable() {
    return setEnabled(false);
  }

  private static ConfigValue<ExternalOmsSetting> toValue(ConfigWire.ExternalOmsV0 wire) {
    return new ConfigValue<>(new ExternalOmsSetting(wire.enabled()), wire.updatedAt());
  }
}
