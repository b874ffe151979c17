package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.AvailabilityConfigApi;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.ConfigWire;
import com.newstore.sdk.client.internal.Transport;
import java.time.Duration;
import java.util.Objects;

/**
 * Configures how NewStore gets product availability (ATP) from an external OMS: the availability
 * webhook configuration, the flag that makes NewStore request external ATP, and the other boolean
 * routing flags. Set the webhook first, then turn the flag on; with the flag off NewStore uses its
 * own stock as ATP. Thread-safe; get it from {@link NewStoreClient#availabilityConfig()}.
 *
 * <pre>{@code
 * AvailabilityConfigService atp = client.availabilityConfig();
 * atp.updateWebhook(
 *     AvailabilityWebhookConfig.of("https://oms.example.com/atp", apiKey, Duration.ofSeconds(10)));
 * atp.setUsesExternalAtp(true);
 * }</pre>
 *
 * <h2>Paths and endpoint ids</h2>
 *
 * The webhook configuration path {@code /v0/config/availability/webhook} is
 * <strong>unconfirmed</strong> (NewStore's reference does not show it), and so are its write method
 * ({@code POST}) and whether NewStore wraps the answer in {@code value} (both shapes are read).
 * Override the path with {@link NewStoreClient.Builder#pathOverride(String, String)} using {@code
 * availability.webhook.get}, {@code availability.webhook.update} and {@code
 * availability.webhook.delete}. The routing paths {@code /v0/config/routing/uses_external_atp} and
 * {@code /v0/config/routing/{flag}} are confirmed; their ids are {@code
 * routing.uses-external-atp.get}, {@code routing.uses-external-atp.set}, {@code routing.flag.get}
 * and {@code routing.flag.set}.
 */
public final class AvailabilityConfigService {
  private final AvailabilityConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service on a client's transport; use {@link NewStoreClient#availabilityConfig()}.
   *
   * @param client the client
   */
  public AvailabilityConfigService(NewStoreClient client) {
    Transport transport = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = transport.create(AvailabilityConfigApi.class);
    this.executor = transport.executor();
  }

  /**
   * Returns the availability webhook configuration ({@code GET}, unconfirmed path).
   *
   * @return the configuration and, when NewStore sends it, when it changed
   * @throws com.newstore.sdk.client.NotFoundException when none is configured (presumably)
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<AvailabilityWebhookConfig> webhook() {
    ConfigWire.AvailabilityWebhook wire = ConfigCalls.execute(executor, api.webhook());
    ConfigWire.AvailabilityWebhook fields = wire.value() != null ? wire.value() : wire;
    AvailabilityWebhookConfig config =
        new AvailabilityWebhookConfig(
            ConfigCalls.required(fields.url(), "url"),
            ConfigCalls.required(fields.apiKey(), "api_key"),
            fields.externalIdentifier() == null
                ? ExternalIdentifier.PRODUCT_ID
                : fields.externalIdentifier(),
            Duration.ofSeconds(ConfigCalls.required(fields.timeout(), "timeout")));
    return new ConfigValue<>(
        config, wire.updatedAt() != null ? wire.updatedAt() : fields.updatedAt());
  }

  /**
   * Creates or replaces the availability webhook configuration ({@code POST}, unconfirmed path and
   * method).
   *
   * @param config an https URL, an api key of at least 20 characters, {@code product_id}, and a
   *     timeout of 5 to 60 whole seconds
   * @throws NewStoreValidationException when {@code config} breaks a rule; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void updateWebhook(AvailabilityWebhookConfig config) {
    BeanValidation.validate(Objects.requireNonNull(config, "config == null"));
    long seconds =
        ConfigCalls.wholeSeconds(config.timeout(), "AvailabilityWebhookConfig", "timeout");
    ConfigWire.AvailabilityWebhook wire =
        new ConfigWire.AvailabilityWebhook(
            config.url(), config.apiKey(), config.externalIdentifier(), (int) seconds, null, null);
    ConfigCalls.executeDiscarding(executor, api.updateWebhook(wire));
  }

  /**
   * Deletes the availability webhook configuration ({@code DELETE}, unconfirmed path), when you
   * stop using an external OMS. Make sure NewStore maintains ATP before you do.
   *
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void deleteWebhook() {
    ConfigCalls.executeDiscarding(executor, api.deleteWebhook());
  }

  /**
   * Returns whether NewStore requests ATP from the external OMS ({@code GET
   * /v0/config/routing/uses_external_atp}).
   *
   * @return the flag and when it changed
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<Boolean> usesExternalAtp() {
    return ConfigCalls.execute(executor, api.usesExternalAtp());
  }

  /**
   * Turns requesting ATP from the external OMS on or off ({@code POST
   * /v0/config/routing/uses_external_atp}, which answers 200 with no body). Configure the webhook
   * first.
   *
   * @param enabled true to request ATP from the external OMS
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void setUsesExternalAtp(boolean enabled) {
    ConfigCalls.executeDiscarding(
        executor, api.setUsesExternalAtp(new ConfigWire.ValueBody<>(enabled)));
  }

  /**
   * Returns a boolean routing flag ({@code GET /v0/config/routing/{flag}}).
   *
   * @param flag the flag, such as {@link RoutingFlag#CANCEL_ON_CONFLICT}
   * @return the flag's value and when it changed
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<Boolean> routingFlag(RoutingFlag flag) {
    Objects.requireNonNull(flag, "flag == null");
    return ConfigCalls.execute(executor, api.routingFlag(flag.value()));
  }

  /**
   * Sets a boolean routing flag ({@code POST /v0/config/routing/{flag}} with {@code {"value":
   * bool}}).
   *
   * @param flag the flag, such as {@link RoutingFlag#ENABLE_AUTOMATIC_REROUTING}
   * @param value the new value
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void setRoutingFlag(RoutingFlag flag, boolean value) {
    Objects.requireNonNull(flag, "flag == null");
    ConfigCalls.executeDiscarding(
        executor, api.setRoutingFlag(flag.value(), new ConfigWire.ValueBody<>(value)));
  }
}
