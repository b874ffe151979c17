package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;

/**
 * One entry of the transfer shipping configuration: the service levels a sending location may use
 * for transfer orders to some destinations. Unknown members are kept. Immutable.
 *
 * <pre>{@code
 * TransferRoute route = TransferRoute.of("store1_NYC", List.of("DC01"), List.of("TRADITIONAL"));
 * TransferRoute anywhere = TransferRoute.of("store1_NYC", List.of(TransferRoute.ANY_LOCATION),
 *     List.of("TRADITIONAL"));
 * }</pre>
 *
 * @param fromLocationId {@code from_location_id}, the sending store
 * @param toLocationIds {@code to_location_ids}; {@value #ANY_LOCATION} means any location
 * @param serviceLevelIds {@code service_level_ids}, best first; each must be in the fulfillment
 *     configuration, in its priority order
 * @param extras members the SDK does not model, kept for round trips
 */
public record TransferRoute(
    @Json(name = "from_location_id") @NotBlank String fromLocationId,
    @Json(name = "to_location_ids") @NotEmpty List<@NotBlank String> toLocationIds,
    @Json(name = "service_level_ids") @NotEmpty List<@NotBlank String> serviceLevelIds,
    @UnknownFields Map<String, Object> extras) {
  /** The {@code to_location_ids} entry that means "any location". */
  public static final String ANY_LOCATION = "*";

  /**
   * Copies the lists; a missing list becomes empty.
   *
   * @param fromLocationId see the record description
   * @param toLocationIds see the record description
   * @param serviceLevelIds see the record description
   * @param extras see the record description
   */
  public TransferRoute {
    toLocationIds = toLocationIds == null ? List.of() : List.copyOf(toLocationIds);
    serviceLevelIds = serviceLevelIds == null ? List.of() : List.copyOf(serviceLevelIds);
    extras = JsonTree.copy(extras);
  }

  /**
   * Returns an entry without unknown members.
   *
   * @param fromLocationId the sending store
   * @param toLocationIds the destinations, or {@link #ANY_LOCATION}
   * @param serviceLevelIds the service levels, best first
   * @return the entry
   */
  public static TransferRoute of(
      String fromLocationId, List<String> toLocationIds, List<String> serviceLevelIds) {
    return new TransferRoute(fromLocationId, toLocationIds, serviceLevelIds, Map.of());
  }
}
