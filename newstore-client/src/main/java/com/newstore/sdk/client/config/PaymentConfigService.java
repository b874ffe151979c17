package com.newstore.sdk.client.config;

/**
 * The payment configurations, bare documents at {@code /v1/p/config/{name}} (GET paths confirmed:
 * configs.csv). The write method is <strong>unconfirmed</strong>: the SDK sends {@code POST}
 * (override with {@link com.newstore.sdk.client.ClientEndpoints#PAYMENT_CONFIG_SET}). Thread-safe;
 * get it from {@code client.paymentConfig()}.
 *
 * <pre>{@code
 * ConfigResource<PaymentConfiguration> adyen =
 *     client.paymentConfig().config(PaymentConfigName.ADYEN_ADAPTER);
 * Optional<ConfigValue<PaymentConfiguration>> current = adyen.get();
 * }</pre>
 */
public interface PaymentConfigService {
  /**
   * One payment configuration document.
   *
   * <pre>{@code
   * client.paymentConfig().config(PaymentConfigName.PAYMENT_OPTIONS).update(c -> c.withUseChargeApi(true));
   * }</pre>
   *
   * @param name the document, such as {@link PaymentConfigName#ADYEN_ADAPTER}
   * @return the document resource; a document never set starts empty in {@code update}
   */
  ConfigResource<PaymentConfiguration> config(PaymentConfigName name);
}
