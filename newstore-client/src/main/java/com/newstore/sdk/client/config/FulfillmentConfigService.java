package com.newstore.sdk.client.config;

/**
 * NewStore's <strong>legacy</strong> fulfillment configuration, a bare document at {@code
 * /_/v0/dontuse/fulfillment_config} ({@code GET} confirmed: configs.csv and NewStore's Python
 * connector; the write method is unconfirmed, the SDK sends {@code POST}). The newer model lives in
 * the routing ruleset ({@code /v0/routing/ruleset}) and the provider rates APIs ({@code
 * /fulfillment/provider-rates}, {@code /fulfillment/provider-rate-priorities}); after migration
 * this endpoint honours only the provider rates and their priority. Thread-safe; get it from {@code
 * client.fulfillmentConfig()}.
 *
 * <pre>{@code
 * Optional<FulfillmentConfiguration> current =
 *     client.fulfillmentConfig().get().map(v -> v.value().fulfillmentConfig());
 * }</pre>
 */
public interface FulfillmentConfigService extends ConfigResource<FulfillmentConfigDocument> {}
