package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.JsonValues;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the payload of {@code fulfillment_request.assigned}, emitted when NewStore sends a
 * fulfillment request to a location. Only {@code id} is relied on; the other names are unconfirmed.
 *
 * @param id the fulfillment request id
 * @param orderId {@code order_id}, if sent
 * @param fulfillmentLocationId {@code fulfillment_location_id}, if sent
 * @param unknownFields every other payload field, kept as parsed
 */
public record FulfillmentRequestAssignedPayload(
    String id,
    @Nullable String orderId,
    @Nullable String fulfillmentLocationId,
    Map<String, @Nullable Object> unknownFields) {
  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param orderId see the record description
   * @param fulfillmentLocationId see the record description
   * @param unknownFields see the record description
   */
  public FulfillmentRequestAssignedPayload {
    Objects.requireNonNull(id, "id == null");
    unknownFields = JsonValues.immutableCopy(unknownFields);
  }
}
