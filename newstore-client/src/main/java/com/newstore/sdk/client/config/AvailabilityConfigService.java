package com.newstore.sdk.client.config;

/**
 * How NewStore gets product availability (ATP) from an external OMS, and the routing flags under
 * {@code /v0/config/routing/}: the availability webhook, the flag that makes NewStore request
 * external ATP, the boolean routing flags and the cancel-on-conflict policy. Set the webhook first,
 * then turn the flag on; with the flag off NewStore uses its own stock as ATP. Thread-safe; get it
 * from {@code client.availabilityConfig()}.
 *
 * <pre>{@code
 * AvailabilityConfigService atp = client.availabilityConfig();
 * atp.webhook().set(
 *     AvailabilityWebhookConfig.of("https://oms.example.com/atp", apiKey, Duration.ofSeconds(10)));
 * atp.usesExternalAtp().set(true);
 * }</pre>
 *
 * <p>Paths, methods and evidence per endpoint id: {@link com.newstore.sdk.client.ClientEndpoints}
 * ({@code AVAILABILITY_*}, {@code ROUTING_*}).
 */
public interface AvailabilityConfigService {
  /**
   * The availability webhook configuration, a flat document {@code {url, api_key,
   * external_identifier, timeout}} at {@code /v0/config/availability/webhook} (GET path and shape
   * confirmed; the write method, {@code POST} here, is unconfirmed).
   *
   * <pre>{@code
   * Optional<ConfigValue<AvailabilityWebhookConfig>> webhook = client.availabilityConfig().webhook().get();
   * }</pre>
   *
   * @return the webhook configuration
   */
  ConfigResource<AvailabilityWebhookConfig> webhook();

  /**
   * Deletes the availability webhook configuration, which stops NewStore using external ATP ({@code
   * DELETE}, method inferred).
   *
   * <pre>{@code
   * client.availabilityConfig().deleteWebhook();
   * }</pre>
   *
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  void deleteWebhook();

  /**
   * The request-external-ATP flag {@code uses_external_atp} (confirmed).
   *
   * <pre>{@code
   * client.availabilityConfig().usesExternalAtp().set(true);
   * }</pre>
   *
   * @return the flag
   */
  ConfigResource<Boolean> usesExternalAtp();

  /**
   * A boolean routing flag, such as {@link RoutingFlag#ENABLE_AUTOMATIC_REROUTING}. {@code
   * cancel_on_conflict} is not a boolean: use {@link #cancelOnConflict()}.
   *
   * <pre>{@code
   * client.availabilityConfig().routingFlag(RoutingFlag.ENABLE_AUTOMATIC_REROUTING).set(true);
   * }</pre>
   *
   * @param flag the flag
   * @return the flag's value
   * @throws IllegalArgumentException for {@link RoutingFlag#CANCEL_ON_CONFLICT}
   */
  ConfigResource<Boolean> routingFlag(RoutingFlag flag);

  /**
   * The cancel-on-conflict policy, {@code {"value": {"default": bool,
   * "reasons_to_overwrite_default": [...]}}} (confirmed, Swagger {@code
   * CancellationPolicySettings}).
   *
   * <pre>{@code
   * client.availabilityConfig().cancelOnConflict()
   *     .set(new CancelOnConflictPolicy(true, List.of("insufficient_stock")));
   * }</pre>
   *
   * @return the policy
   */
  ConfigResource<CancelOnConflictPolicy> cancelOnConflict();
}
