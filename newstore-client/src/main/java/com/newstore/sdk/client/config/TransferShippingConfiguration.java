package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Holds the transfer shipping configuration, used to ship transfer orders from stores to other
 * stores or DCs. NewStore asks for the <em>same</em> service levels and priority as the fulfillment
 * configuration: build it with {@link #from(FulfillmentConfiguration)}. The member names are
 * unconfirmed (they mirror the fulfillment configuration); unknown members are kept.
 *
 * <pre>{@code
 * FulfillmentConfiguration fc = client.fulfillmentConfig().get().fulfillmentConfig();
 * client.transferShippingConfig().set(TransferShippingConfiguration.from(fc));
 * }</pre>
 *
 * @param serviceLevels {@code service_levels}: identifier to level, not empty
 * @param slLevelsPriority {@code sl_levels_priority}: identifiers, best first, not empty
 * @param extras members the SDK does not model, kept for round trips
 */
public record TransferShippingConfiguration(
    @Json(name = "service_levels") @NotEmpty
        Map<String, @NotNull @Valid ServiceLevel> serviceLevels,
    @Json(name = "sl_levels_priority") @NotEmpty List<@NotBlank String> slLevelsPriority,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the collections; a missing collection becomes empty.
   *
   * @param serviceLevels {@code service_levels}
   * @param slLevelsPriority {@code sl_levels_priority}
   * @param extras unknown members; null means none
   */
  public TransferShippingConfiguration {
    serviceLevels =
        serviceLevels == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(serviceLevels));
    slLevelsPriority = slLevelsPriority == null ? List.of() : List.copyOf(slLevelsPriority);
    extras = Extras.copy(extras);
  }

  /**
   * Returns a transfer configuration with the service levels and priority of {@code config}.
   *
   * @param config the fulfillment configuration
   * @return the transfer shipping configuration
   */
  public static TransferShippingConfiguration from(FulfillmentConfiguration config) {
    Objects.requireNonNull(config, "config == null");
    return new TransferShippingConfiguration(
        config.serviceLevels(), config.slLevelsPriority(), Map.of());
  }

  /**
   * Returns whether {@code sl_levels_priority} lists exactly the service levels.
   *
   * @return true when the priority list and the service levels agree
   */
  @AssertTrue(message = "sl_levels_priority must list exactly the service_levels")
  public boolean isPriorityConsistent() {
    return serviceLevels.keySet().equals(new HashSet<>(slLevelsPriority));
  }
}
