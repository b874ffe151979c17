package com.newstore.sdk.client.config;

/**
 * The Associate App configuration, a bare document at {@code /api/v1/associate-app/config} (GET
 * path confirmed: configs.csv; API v1). NewStore's update replaces the whole document; its HTTP
 * method is <strong>unconfirmed</strong>: the SDK sends {@code POST} (override the path with {@link
 * com.newstore.sdk.client.ClientEndpoints#ASSOCIATE_APP_CONFIG_SET} and the method with {@code
 * NewStoreClient.Builder.methodOverride}). A store-specific configuration takes precedence over
 * this global one. Thread-safe; get it from {@code client.associateAppConfig()}.
 *
 * <pre>{@code
 * client.associateAppConfig().update(c -> c.withMixedCart(true));
 * boolean mixed = client.associateAppConfig().get()
 *     .flatMap(v -> v.value().mixedCart()).orElse(false);
 * }</pre>
 */
public interface AssociateAppConfigService extends ConfigResource<AssociateAppConfiguration> {}
