package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.JsonValues;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the payload of {@code order.created}, {@code order.completed} and {@code order.cancelled}.
 * Only {@code id} is relied on; the other field names are unconfirmed and may be absent, and every
 * field is also in {@code unknownFields} or {@link StreamEvent#payload()}.
 *
 * @param id the NewStore order id
 * @param externalId {@code external_id}, if sent
 * @param status {@code status}, if sent
 * @param channelType {@code channel_type}, if sent
 * @param currency {@code currency}, if sent
 * @param placedAt {@code placed_at}, if sent
 * @param unknownFields every other payload field, kept as parsed
 */
public record OrderEventPayload(
    String id,
    @Nullable String externalId,
    @Nullable String status,
    @Nullable String channelType,
    @Nullable String currency,
    @Nullable Instant placedAt,
    Map<String, @Nullable Object> unknownFields) {
  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param externalId see the record description
   * @param status see the record description
   * @param channelType see the record description
   * @param currency see the record description
   * @param placedAt see the record description
   * @param unknownFields see the record description
   */
  public OrderEventPayload {
    Objects.requireNonNull(id, "id == null");
    unknownFields = JsonValues.immutableCopy(unknownFields);
  }
}
