package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds NewStore's fulfillment configuration ({@code fulfillment_config}): provider rates, routes,
 * service levels, their priority and the routing strategy. NewStore needs one even with an external
 * OMS that routes orders itself, for endless-aisle and store fulfillment orders.
 *
 * <p>The rules the playbook states are checked before sending: every service level is listed in
 * {@code sl_levels_priority} and in {@code fulfilled_by} of every route; every priority entry names
 * a service level; every {@code provider_rate} a route names exists in {@code provider_rates}.
 * Members the SDK does not model are kept in {@link #extras()} and sent back unchanged.
 *
 * <pre>{@code
 * FulfillmentConfiguration config = new FulfillmentConfiguration(
 *     Map.of("Priority", new ProviderRate("", "Priority", "USPS", "traditional_carrier", false, null)),
 *     List.of(route),
 *     Map.of("Priority", ServiceLevel.builder("Priority", "USD").price(BigDecimal.ZERO).build()),
 *     List.of("Priority"),
 *     RoutingStrategy.EXTERNAL,
 *     null);
 * }</pre>
 *
 * @param providerRates {@code provider_rates}: rate name to rate
 * @param routes {@code routes}, not empty
 * @param serviceLevels {@code service_levels}: service level identifier to level, not empty
 * @param slLevelsPriority {@code sl_levels_priority}: service level identifiers, best first
 * @param routingStrategy {@code routing_strategy}; {@link RoutingStrategy#EXTERNAL} when an
 *     external OMS routes; null leaves it unset
 * @param extras members the SDK does not model, kept for round trips
 */
public record FulfillmentConfiguration(
    @Json(name = "provider_rates") Map<String, @NotNull @Valid ProviderRate> providerRates,
    @NotEmpty List<@NotNull @Valid Route> routes,
    @Json(name = "service_levels") @NotEmpty
        Map<String, @NotNull @Valid ServiceLevel> serviceLevels,
    @Json(name = "sl_levels_priority") @NotEmpty List<@NotBlank String> slLevelsPriority,
    @Json(name = "routing_strategy") @Nullable RoutingStrategy routingStrategy,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the collections; a missing collection becomes empty.
   *
   * @param providerRates {@code provider_rates}
   * @param routes {@code routes}
   * @param serviceLevels {@code service_levels}
   * @param slLevelsPriority {@code sl_levels_priority}
   * @param routingStrategy {@code routing_strategy}
   * @param extras unknown members; null means none
   */
  public FulfillmentConfiguration {
    providerRates = ordered(providerRates);
    routes = routes == null ? List.of() : List.copyOf(routes);
    serviceLevels = ordered(serviceLevels);
    slLevelsPriority = slLevelsPriority == null ? List.of() : List.copyOf(slLevelsPriority);
    extras = Extras.copy(extras);
  }

  /**
   * Returns whether every service level is listed in {@code sl_levels_priority} and every entry
   * there names a service level.
   *
   * @return true when the priority list and the service levels agree
   */
  @AssertTrue(message = "sl_levels_priority must list exactly the service_levels")
  public boolean isPriorityConsistent() {
    return serviceLevels.keySet().equals(new java.util.HashSet<>(slLevelsPriority));
  }

  /**
   * Returns whether every route's {@code fulfilled_by} lists every service level.
   *
   * @return true when every route serves every service level
   */
  @AssertTrue(message = "every route's fulfilled_by must list every service level")
  public boolean isEveryServiceLevelRouted() {
    return routes.stream()
        .filter(Objects::nonNull)
        .allMatch(r -> r.fulfilledBy().keySet().containsAll(serviceLevels.keySet()));
  }

  /**
   * Returns whether every {@code provider_rate} a route names is a key of {@code provider_rates}.
   *
   * @return true when every referenced provider rate exists
   */
  @AssertTrue(message = "every provider_rate in fulfilled_by must be a key of provider_rates")
  public boolean isEveryProviderRateDefined() {
    return routes.stream()
        .filter(Objects::nonNull)
        .flatMap(r -> r.fulfilledBy().values().stream())
        .flatMap(List::stream)
        .filter(Objects::nonNull)
        .allMatch(n -> providerRates.containsKey(n.providerRate()));
  }

  private static <V> Map<String, V> ordered(@Nullable Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
