package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Groups the units of an injected order that ship together.
 *
 * <pre>{@code
 * Shipment shipment = new Shipment(List.of(unit1, unit2),
 *     new ShippingOption("Priority", BigDecimal.ZERO, null));
 * }</pre>
 *
 * @param items {@code items}, one entry per unit, not empty
 * @param shippingOption {@code shipping_option}
 */
public record Shipment(
    @NotEmpty List<@NotNull @Valid OrderItem> items,
    @Json(name = "shipping_option") @NotNull @Valid ShippingOption shippingOption) {
  /**
   * Copies the items.
   *
   * @param items {@code items}
   * @param shippingOption {@code shipping_option}
   */
  public Shipment {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
