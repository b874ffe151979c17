package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * Names a fulfillment node that serves a service level on a route, and the provider rate it ships
 * with: an entry of a route's {@code fulfilled_by} lists.
 *
 * <pre>{@code
 * FulfillmentNodeRate node = new FulfillmentNodeRate("9801", "Priority", Map.of());
 * }</pre>
 *
 * @param fulfillmentNodeId {@code fulfillment_node_id}, such as a store or DC id
 * @param providerRate {@code provider_rate}, a key of the configuration's {@code provider_rates}
 * @param extras members the SDK does not model, kept for round trips
 */
public record FulfillmentNodeRate(
    @Json(name = "fulfillment_node_id") @NotBlank String fulfillmentNodeId,
    @Json(name = "provider_rate") @NotBlank String providerRate,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the extras.
   *
   * @param fulfillmentNodeId {@code fulfillment_node_id}
   * @param providerRate {@code provider_rate}
   * @param extras unknown members; null means none
   */
  public FulfillmentNodeRate {
    extras = JsonTree.copy(extras);
  }
}
