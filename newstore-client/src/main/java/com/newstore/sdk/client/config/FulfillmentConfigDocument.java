package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Holds the fulfillment configuration document as NewStore exchanges it: {@code
 * {"fulfillment_config": {...}}}, plus {@code updated_at} when NewStore sends it. The shape follows
 * the playbook's example payload; members the SDK does not model are kept in {@link #extras()}.
 *
 * <pre>{@code
 * FulfillmentConfigDocument doc = client.fulfillmentConfig().get();
 * Instant changed = doc.updatedAt();
 * }</pre>
 *
 * @param fulfillmentConfig {@code fulfillment_config}
 * @param updatedAt {@code updated_at}, or null when NewStore did not send it (never sent by the
 *     SDK)
 * @param extras members the SDK does not model, kept for round trips
 */
public record FulfillmentConfigDocument(
    @Json(name = "fulfillment_config") @NotNull @Valid FulfillmentConfiguration fulfillmentConfig,
    @Json(name = "updated_at") @Nullable Instant updatedAt,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the extras.
   *
   * @param fulfillmentConfig {@code fulfillment_config}
   * @param updatedAt {@code updated_at}
   * @param extras unknown members; null means none
   */
  public FulfillmentConfigDocument {
    extras = Extras.copy(extras);
  }

  /**
   * Returns the document that sends {@code config}.
   *
   * @param config the configuration
   * @return a document without {@code updated_at}
   */
  public static FulfillmentConfigDocument of(FulfillmentConfiguration config) {
    return new FulfillmentConfigDocument(config, null, Map.of());
  }
}
