package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes one route of the fulfillment configuration: a destination region and, per service
 * level, the fulfillment nodes that serve it. With an external OMS every service level customers
 * use must appear in {@code fulfilled_by} of every route; the node list itself does not matter.
 *
 * <pre>{@code
 * Route route = new Route(
 *     new DestinationRegion(List.of("US"), List.of("*"), Map.of()),
 *     Map.of("Priority", List.of(new FulfillmentNodeRate("9801", "Priority", Map.of()))),
 *     Map.of());
 * }</pre>
 *
 * @param destinationRegion {@code destination_region}
 * @param fulfilledBy {@code fulfilled_by}: service level name to the nodes serving it, not empty
 * @param extras members the SDK does not model, kept for round trips
 */
public record Route(
    @Json(name = "destination_region") @NotNull @Valid DestinationRegion destinationRegion,
    @Json(name = "fulfilled_by") @NotEmpty
        Map<String, @NotNull @Valid List<@NotNull @Valid FulfillmentNodeRate>> fulfilledBy,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the map and lists.
   *
   * @param destinationRegion {@code destination_region}
   * @param fulfilledBy {@code fulfilled_by}
   * @param extras unknown members; null means none
   */
  public Route {
    Map<String, List<FulfillmentNodeRate>> copy = new LinkedHashMap<>();
    if (fulfilledBy != null) {
      fulfilledBy.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
    }
    fulfilledBy = java.util.Collections.unmodifiableMap(copy);
    extras = JsonTree.copy(extras);
  }
}
