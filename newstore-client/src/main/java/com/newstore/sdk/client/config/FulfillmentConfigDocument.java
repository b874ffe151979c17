package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The legacy fulfillment configuration document as NewStore exchanges it, {@code
 * {"fulfillment_config": {...}}} (seed 000's example, NewStore's legacy API page); members the SDK
 * does not model are kept in {@link #extras()}.
 *
 * <pre>{@code
 * client.fulfillmentConfig().update(doc -> doc.withFulfillmentConfig(changed));
 * }</pre>
 *
 * @param fulfillmentConfig {@code fulfillment_config}
 * @param extras members the SDK does not model, kept for round trips
 */
public record FulfillmentConfigDocument(
    @Json(name = "fulfillment_config") @NotNull @Valid FulfillmentConfiguration fulfillmentConfig,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the extras.
   *
   * @param fulfillmentConfig {@code fulfillment_config}
   * @param extras unknown members; null means none
   */
  public FulfillmentConfigDocument {
    extras = JsonTree.copy(extras);
  }

  /**
   * Returns a copy with another {@code fulfillment_config} and the same unknown members.
   *
   * @param config the configuration
   * @return the changed copy
   */
  public FulfillmentConfigDocument withFulfillmentConfig(FulfillmentConfiguration config) {
    return new FulfillmentConfigDocument(config, extras);
  }

  /**
   * Returns the document that sends {@code config}.
   *
   * @param config the configuration
   * @return a document without {@code updated_at}
   */
  public static FulfillmentConfigDocument of(FulfillmentConfiguration config) {
    return new FulfillmentConfigDocument(config, Map.of());
  }
}
