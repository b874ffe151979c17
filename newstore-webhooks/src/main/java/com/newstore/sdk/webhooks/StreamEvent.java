package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.JsonValues;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds one event from NewStore's event stream: the envelope {@code {tenant, name, published_at,
 * payload}} with the payload as parsed JSON (objects as maps, numbers as {@link
 * java.math.BigDecimal}).
 *
 * @param tenant the tenant that published the event
 * @param name the event name, such as {@code order.created}
 * @param publishedAt when NewStore published the event, if sent
 * @param payload the payload as parsed JSON
 * @param unknownFields every other envelope field, kept as parsed
 */
public record StreamEvent(
    String tenant,
    String name,
    @Nullable Instant publishedAt,
    Map<String, @Nullable Object> payload,
    Map<String, @Nullable Object> unknownFields) {

  /**
   * Checks and copies the components.
   *
   * @param tenant see the record description
   * @param name see the record description
   * @param publishedAt see the record description
   * @param payload see the record description
   * @param unknownFields see the record description
   */
  public StreamEvent {
    Objects.requireNonNull(tenant, "tenant == null");
    Objects.requireNonNull(name, "name == null");
    payload = JsonValues.immutableCopy(payload);
    unknownFields = JsonValues.immutableCopy(unknownFields);
  }

  /**
   * Returns the tenant, name and publication time; never the payload.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "StreamEvent{" + tenant + ", " + name + ", " + publishedAt + "}";
  }
}
