package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * NewStore's legacy fulfillment configuration ({@code fulfillment_config} of {@code GET
 * /_/v0/dontuse/fulfillment_config}): provider rates and their priority, routes, service levels and
 * their priority. NewStore's newer model is the routing ruleset ({@code /v0/routing/ruleset}), the
 * Service levels API and the provider rates API ({@code /fulfillment/provider-rates}); once a
 * tenant has migrated, this endpoint honours only {@code provider_rates} and {@code
 * provider_rates_priority}. The SDK does not call the newer APIs yet.
 *
 * <p>Before sending, the SDK checks only what holds for every configuration: each {@code
 * provider_rate} a route names exists in {@code provider_rates}. The stricter rule for
 * endless-aisle orders with an external OMS (every route serves every service level, and {@code
 * sl_levels_priority} lists exactly the service levels) is {@link #endlessAisleRoutingProblems()}:
 * NewStore's own tutorial configuration does not follow it, so it is not enforced. Members the SDK
 * does not model are kept in {@link #extras()} and sent back unchanged.
 *
 * <pre>{@code
 * FulfillmentConfiguration config = new FulfillmentConfiguration(
 *     Map.of("Priority", new ProviderRate("", "Priority", "USPS", "traditional_carrier", false, null)),
 *     List.of("Priority"),
 *     List.of(route),
 *     Map.of("Priority", ServiceLevel.builder("Priority", "USD").price(BigDecimal.ZERO).build()),
 *     List.of("Priority"),
 *     null);
 * }</pre>
 *
 * @param providerRates {@code provider_rates}: rate name to rate
 * @param providerRatesPriority {@code provider_rates_priority}: rate names, best first
 * @param routes {@code routes}
 * @param serviceLevels {@code service_levels}: service level identifier to level
 * @param slLevelsPriority {@code sl_levels_priority}: service level identifiers, best first
 * @param extras members the SDK does not model, kept for round trips
 */
public record FulfillmentConfiguration(
    @Json(name = "provider_rates") Map<String, @NotNull @Valid ProviderRate> providerRates,
    @Json(name = "provider_rates_priority") List<@NotBlank String> providerRatesPriority,
    List<@NotNull @Valid Route> routes,
    @Json(name = "service_levels") Map<String, @NotNull @Valid ServiceLevel> serviceLevels,
    @Json(name = "sl_levels_priority") List<@NotBlank String> slLevelsPriority,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the collections; a missing collection becomes empty.
   *
   * @param providerRates {@code provider_rates}
   * @param providerRatesPriority {@code provider_rates_priority}
   * @param routes {@code routes}
   * @param serviceLevels {@code service_levels}
   * @param slLevelsPriority {@code sl_levels_priority}
   * @param extras unknown members; null means none
   */
  public FulfillmentConfiguration {
    providerRates = ordered(providerRates);
    providerRatesPriority =
        providerRatesPriority == null ? List.of() : List.copyOf(providerRatesPriority);
    routes = routes == null ? List.of() : List.copyOf(routes);
    serviceLevels = ordered(serviceLevels);
    slLevelsPriority = slLevelsPriority == null ? List.of() : List.copyOf(slLevelsPriority);
    extras = JsonTree.copy(extras);
  }

  /**
   * Checks the routing rule for endless-aisle orders with an external OMS (seed 000): every service
   * level is listed in {@code sl_levels_priority} and every entry there names a service level, and
   * every route's {@code fulfilled_by} lists every service level. Not checked before sending: other
   * set-ups (NewStore's own tutorial among them) route service levels separately.
   *
   * @return one message per broken rule; empty when the rule holds
   */
  public List<String> endlessAisleRoutingProblems() {
    List<String> problems = new ArrayList<>();
    if (!serviceLevels.keySet().equals(new HashSet<>(slLevelsPriority))) {
      problems.add("sl_levels_priority must list exactly the service_levels");
    }
    boolean everyRouted =
        routes.stream()
            .filter(Objects::nonNull)
            .allMatch(r -> r.fulfilledBy().keySet().containsAll(serviceLevels.keySet()));
    if (!everyRouted) {
      problems.add("every route's fulfilled_by must list every service level");
    }
    return List.copyOf(problems);
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
