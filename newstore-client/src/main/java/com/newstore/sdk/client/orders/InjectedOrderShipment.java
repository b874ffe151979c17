package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups the units of an injected order that ship together, with their shipping option (which
 * carries the routing strategy).
 *
 * <pre>{@code
 * InjectedOrderShipment shipment = new InjectedOrderShipment(List.of(unit1, unit2),
 *     ShippingOption.serviceLevel("TRADITIONAL", BigDecimal.ZERO, BigDecimal.ZERO)
 *         .routedExternallyTo("store-nyc"));
 * }</pre>
 *
 * @param items {@code items}, one entry per unit, not empty
 * @param shippingOption {@code shipping_option}
 */
public record InjectedOrderShipment(
    @NotEmpty List<@NotNull @Valid OrderItem> items,
    @Json(name = "shipping_option") @NotNull @Valid ShippingOption shippingOption) {
  /**
   * Copies the items.
   *
   * @param items {@code items}
   * @param shippingOption {@code shipping_option}
   */
  public InjectedOrderShipment {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * Returns whether every add-on's parent is a non-add-on unit of this shipment; NewStore refuses
   * anything else with {@code addon_invalid_parent_item}.
   *
   * @return false when an add-on names a missing parent or another add-on
   */
  @AssertTrue(
      message =
          "addon_parent_external_item_id must name a unit of the same shipment that is no add-on")
  public boolean isAddonParentsInShipment() {
    Set<String> parents =
        items.stream()
            .filter(Objects::nonNull)
            .filter(i -> i.addonParentExternalItemId() == null)
            .map(OrderItem::externalItemId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return items.stream()
        .filter(Objects::nonNull)
        .map(OrderItem::addonParentExternalItemId)
        .filter(Objects::nonNull)
        .allMatch(parents::contains);
  }
}
