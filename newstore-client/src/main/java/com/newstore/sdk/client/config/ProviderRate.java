package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Describes how a service level is shipped: an entry of {@code provider_rates}, keyed by its name.
 *
 * <pre>{@code
 * ProviderRate rate = new ProviderRate("", "Priority", "USPS", "traditional_carrier", false, Map.of());
 * }</pre>
 *
 * @param returnProviderRate {@code return_provider_rate}, may be empty
 * @param serviceLevel {@code service_level}, the service level it ships
 * @param shippingCarrierName {@code shipping_carrier_name}, such as {@code USPS}
 * @param shippingType {@code shipping_type}, such as {@code traditional_carrier}
 * @param useAsCustomerFacingCost {@code use_as_customer_facing_cost}
 * @param extras members the SDK does not model, kept for round trips
 */
public record ProviderRate(
    @Json(name = "return_provider_rate") @Nullable String returnProviderRate,
    @Json(name = "service_level") @NotBlank String serviceLevel,
    @Json(name = "shipping_carrier_name") @NotBlank String shippingCarrierName,
    @Json(name = "shipping_type") @Nullable String shippingType,
    @Json(name = "use_as_customer_facing_cost") @Nullable Boolean useAsCustomerFacingCost,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the extras.
   *
   * @param returnProviderRate {@code return_provider_rate}
   * @param serviceLevel {@code service_level}
   * @param shippingCarrierName {@code shipping_carrier_name}
   * @param shippingType {@code shipping_type}
   * @param useAsCustomerFacingCost {@code use_as_customer_facing_cost}
   * @param extras unknown members; null means none
   */
  public ProviderRate {
    extras = JsonTree.copy(extras);
  }
}
