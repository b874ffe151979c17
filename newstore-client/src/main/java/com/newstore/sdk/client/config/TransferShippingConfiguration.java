package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The transfer shipping configuration: per sending store, the destinations and service levels of
 * transfer orders, {@code {"transfer_order_configuration": [{from_location_id, to_location_ids,
 * service_level_ids}]}} (NewStore's transfer-config tutorial). NewStore's Python connector builds
 * the same list under {@code transfer_shipping_configuration}: the SDK reads either key and writes
 * the tutorial's. Unknown members are kept. Immutable.
 *
 * <pre>{@code
 * TransferShippingConfiguration config = TransferShippingConfiguration.of(
 *     List.of(TransferRoute.of("store1_NYC", List.of("*"), List.of("TRADITIONAL"))));
 * List<String> problems = config.serviceLevelProblems(fulfillmentConfig);
 * }</pre>
 *
 * @param transferOrderConfiguration {@code transfer_order_configuration}, one entry per store
 * @param transferShippingConfiguration {@code transfer_shipping_configuration}, the connector's
 *     name for the same list; read only, never written (use {@link #entries()})
 * @param extras members the SDK does not model, kept for round trips
 */
public record TransferShippingConfiguration(
    @Json(name = "transfer_order_configuration")
        List<@NotNull @Valid TransferRoute> transferOrderConfiguration,
    @Json(name = "transfer_shipping_configuration")
        @Nullable List<@NotNull @Valid TransferRoute> transferShippingConfiguration,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Merges the two keys into {@code transfer_order_configuration}.
   *
   * @param transferOrderConfiguration see the record description
   * @param transferShippingConfiguration see the record description
   * @param extras see the record description
   */
  public TransferShippingConfiguration {
    List<TransferRoute> entries = new ArrayList<>();
    if (transferOrderConfiguration != null) {
      entries.addAll(transferOrderConfiguration);
    }
    if (transferShippingConfiguration != null && entries.isEmpty()) {
      entries.addAll(transferShippingConfiguration);
    }
    transferOrderConfiguration = List.copyOf(entries);
    transferShippingConfiguration = null;
    extras = JsonTree.copy(extras);
  }

  /**
   * Returns a configuration with these entries.
   *
   * @param entries one per sending store
   * @return the configuration
   */
  public static TransferShippingConfiguration of(List<TransferRoute> entries) {
    return new TransferShippingConfiguration(entries, null, Map.of());
  }

  /**
   * Returns the entries, whichever key NewStore used.
   *
   * @return one entry per sending store
   */
  public List<TransferRoute> entries() {
    return transferOrderConfiguration;
  }

  /**
   * Returns a copy with other entries and the same unknown members.
   *
   * @param entries the new entries
   * @return the changed copy
   */
  public TransferShippingConfiguration withEntries(List<TransferRoute> entries) {
    return new TransferShippingConfiguration(entries, null, extras);
  }

  /**
   * Checks the tutorial's rule: every entry's service levels must be present in the fulfillment
   * configuration and keep its priority order ({@code sl_levels_priority}). A subset is fine.
   *
   * @param fulfillment the fulfillment configuration
   * @return one message per problem; empty when the rule holds
   */
  public List<String> serviceLevelProblems(FulfillmentConfiguration fulfillment) {
    Objects.requireNonNull(fulfillment, "fulfillment == null");
    List<String> priority =
        fulfillment.slLevelsPriority().isEmpty()
            ? List.copyOf(fulfillment.serviceLevels().keySet())
            : fulfillment.slLevelsPriority();
    List<String> problems = new ArrayList<>();
    for (TransferRoute route : transferOrderConfiguration) {
      int last = -1;
      for (String level : route.serviceLevelIds()) {
        int index = priority.indexOf(level);
        if (index < 0) {
          problems.add(
              route.fromLocationId()
                  + ": service level '"
                  + level
                  + "' is not in the fulfillment configuration");
        } else if (index < last) {
          problems.add(
              route.fromLocationId()
                  + ": service level '"
                  + level
                  + "' is out of the fulfillment configuration's priority order");
        } else {
          last = index;
        }
      }
    }
    return List.copyOf(problems);
  }
}
