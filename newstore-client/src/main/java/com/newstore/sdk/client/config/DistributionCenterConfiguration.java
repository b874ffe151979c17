package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Holds the configuration of one distribution center (DC), keyed by its {@code
 * fulfillment_node_id}: the fulfillment provider's URL, where NewStore POSTs fulfillment requests,
 * and the api key NewStore sends there as {@code Authorization: Bearer <api_key>}. The api key
 * never appears in {@link #toString()}. NewStore answers the bare document ({@code {"url",
 * "api_key"}}, no {@code value} wrapper, inferred from the DC config YAML's object schema); members
 * the SDK does not model are kept in {@link #extras()} and written back.
 *
 * <pre>{@code
 * DistributionCenterConfiguration dc = new DistributionCenterConfiguration(
 *     "https://wms.example.com/newstore/fulfillment", System.getenv("WMS_API_KEY"));
 * }</pre>
 *
 * @param url {@code url}, an absolute https URL
 * @param apiKey {@code api_key}, sent by NewStore as a Bearer token; null when the provider needs
 *     none
 * @param extras members the SDK does not model, kept for round trips
 */
public record DistributionCenterConfiguration(
    @NotBlank @Pattern(regexp = "https://\\S+", message = "must be an absolute https URL")
        String url,
    @Json(name = "api_key") @Size(min = 1) @Nullable String apiKey,
    @UnknownFields Map<String, Object> extras) {

  /**
   * Copies the extras.
   *
   * @param url see the record description
   * @param apiKey see the record description
   * @param extras see the record description
   */
  public DistributionCenterConfiguration {
    extras = JsonTree.copy(extras);
  }

  /**
   * Creates a configuration without unknown members.
   *
   * @param url an absolute https URL
   * @param apiKey the api key NewStore sends, or null
   */
  public DistributionCenterConfiguration(String url, @Nullable String apiKey) {
    this(url, apiKey, Map.of());
  }

  /**
   * Returns the URL and whether an api key is set, never the key.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return "DistributionCenterConfiguration[url="
        + url
        + ", apiKey="
        + (apiKey == null ? "null" : "<redacted>")
        + "]";
  }
}
