package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.PaymentConfigApi;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.internal.ValueRequest;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the payment configuration ({@code use_charge_api}, refund options). With an
 * external OMS, {@code use_charge_api} must be true for endless-aisle and mixed-cart orders. Reach
 * it with {@code client.paymentConfig()}; thread-safe.
 *
 * <pre>{@code
 * client.paymentConfig().set(new PaymentConfiguration(
 *     true, List.of(RefundOption.ORIGINAL, RefundOption.EXTERNAL)));
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}); both paths are
 * <b>unconfirmed</b>:
 *
 * <ul>
 *   <li>{@code payment.config.get}: {@code GET /v0/config/payment}
 *   <li>{@code payment.config.set}: {@code POST /v0/config/payment} with {@code {"value": {...}}}
 * </ul>
 */
public final class PaymentConfigService {
  private final PaymentConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service; {@link NewStoreClient} does this once, so use its accessor instead.
   *
   * @param client the client whose transport the service uses
   */
  public PaymentConfigService(NewStoreClient client) {
    Transport support = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = support.create(PaymentConfigApi.class);
    this.executor = support.executor();
  }

  /**
   * Returns the stored configuration. Unknown refund options are kept ({@link
   * RefundOption#isKnown()} is false for them).
   *
   * @return the configuration and its {@code updated_at}
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public PaymentConfigurationResponse get() {
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
  public void set(PaymentConfiguration config) {
    Objects.requireNonNull(config, "config == null");
    BeanValidation.validate(config);
    executor.executeNullable(api.set(new ValueRequest<>(config)));
  }

  /**
   * Returns the refund options of the stored configuration, empty when none are set.
   *
   * @return the refund options
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public List<RefundOption> refundOptions() {
    List<RefundOption> options = get().value().refundOptions();
    return options == null ? List.of() : options;
  }
}
