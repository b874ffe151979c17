package com.newstore.sdk.client.config;

/**
 * The transfer shipping configuration, a bare document at {@code
 * /v0/i/inventory/transfer_shipping_config} ({@code GET} confirmed: configs.csv; {@code POST}
 * confirmed: NewStore's Python connector). Check it against the fulfillment configuration with
 * {@link TransferShippingConfiguration#serviceLevelProblems}. Thread-safe; get it from {@code
 * client.transferShippingConfig()}.
 *
 * <pre>{@code
 * client.transferShippingConfig().set(TransferShippingConfiguration.of(
 *     List.of(TransferRoute.of("store1_NYC", List.of("DC01"), List.of("TRADITIONAL")))));
 * }</pre>
 */
public interface TransferShippingConfigService
    extends ConfigResource<TransferShippingConfiguration> {}
