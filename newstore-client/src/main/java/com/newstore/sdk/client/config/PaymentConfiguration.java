package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Holds the payment configuration. With an external OMS, set {@code use_charge_api} to true and
 * pick the refund options; the member name {@code refund_options} is unconfirmed.
 *
 * <pre>{@code
 * PaymentConfiguration config = new PaymentConfiguration(
 *     true, List.of(RefundOption.ORIGINAL, RefundOption.EXTERNAL));
 * }</pre>
 *
 * @param useChargeApi {@code use_charge_api}; null leaves it unset
 * @param refundOptions {@code refund_options}, not empty when present; null leaves them unset
 */
public record PaymentConfiguration(
    @Json(name = "use_charge_api") @Nullable Boolean useChargeApi,
    @Json(name = "refund_options") @Size(min = 1)
        @Nullable List<@NotNull RefundOption> refundOptions) {
  /**
   * Copies the refund options.
   *
   * @param useChargeApi {@code use_charge_api}; null leaves it unset
   * @param refundOptions {@code refund_options}; null leaves them unset
   */
  public PaymentConfiguration {
    refundOptions = refundOptions == null ? null : List.copyOf(refundOptions);
  }
}
