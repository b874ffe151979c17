package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Says how a shipment of an injected order is delivered and routed ({@code
 * shipments[].shipping_option}). NewStore documents two forms; exactly one identifier is set:
 *
 * <ul>
 *   <li>form A, {@link #serviceLevel(String, BigDecimal, BigDecimal)}: a {@code
 *       service_level_identifier} of the fulfillment configuration, such as {@code TRADITIONAL} or
 *       {@code IN_STORE_HANDOVER}. It works only for an order with <em>one</em> shipment;
 *   <li>form B, {@link #offerToken(String, BigDecimal, BigDecimal)}: a {@code shipping_offer_token}
 *       from NewStore's shipping options, needed when the order has several shipments.
 * </ul>
 *
 * <p>The routing strategy lives here, per shipment. For seed 000's store fulfillment the external
 * OMS picks the store and sends {@link RoutingStrategy#external(String)}: NewStore then skips the
 * ATP check, but still cancels the order when the node is unknown or no shipping option can be
 * offered.
 *
 * <pre>{@code
 * ShippingOption option = ShippingOption
 *     .serviceLevel("TRADITIONAL", new BigDecimal("4.90"), new BigDecimal("0.78"))
 *     .routedExternallyTo("store-nyc");
 * }</pre>
 *
 * @param serviceLevelIdentifier {@code service_level_identifier} (form A), 1 to 64 characters
 * @param shippingOfferToken {@code shipping_offer_token} (form B), 1 to 8192 characters
 * @param price {@code price}, before discounts; zero or more
 * @param tax {@code tax}; zero or more
 * @param discountInfo {@code discount_info}, at most one entry; null to leave it out
 * @param routingStrategy {@code routing_strategy}; null for default routing
 */
public record ShippingOption(
    @Json(name = "service_level_identifier") @Size(min = 1, max = 64)
        @Nullable String serviceLevelIdentifier,
    @Json(name = "shipping_offer_token") @Size(min = 1, max = 8192)
        @Nullable String shippingOfferToken,
    @NotNull @PositiveOrZero BigDecimal price,
    @NotNull @PositiveOrZero BigDecimal tax,
    @Json(name = "discount_info") @Size(max = 1)
        @Nullable List<@NotNull @Valid DiscountInfo> discountInfo,
    @Json(name = "routing_strategy") @Valid @Nullable RoutingStrategy routingStrategy) {
  /**
   * Copies the discount list.
   *
   * @param serviceLevelIdentifier {@code service_level_identifier}
   * @param shippingOfferToken {@code shipping_offer_token}
   * @param price {@code price}
   * @param tax {@code tax}
   * @param discountInfo {@code discount_info}
   * @param routingStrategy {@code routing_strategy}
   */
  public ShippingOption {
    discountInfo = discountInfo == null ? null : List.copyOf(discountInfo);
  }

  /**
   * Returns form A: a service level of the fulfillment configuration, default routing.
   *
   * @param serviceLevelIdentifier the service level, such as {@code TRADITIONAL}
   * @param price the shipping price before discounts, zero or more
   * @param tax the shipping tax, zero or more
   * @return the shipping option
   */
  public static ShippingOption serviceLevel(
      String serviceLevelIdentifier, BigDecimal price, BigDecimal tax) {
    return new ShippingOption(
        Objects.requireNonNull(serviceLevelIdentifier, "serviceLevelIdentifier == null"),
        null,
        Objects.requireNonNull(price, "price == null"),
        Objects.requireNonNull(tax, "tax == null"),
        null,
        null);
  }

  /**
   * Returns form B: a shipping offer token, default routing. Use it for orders with several
   * shipments.
   *
   * @param shippingOfferToken the token of the offer the customer chose
   * @param price the shipping price before discounts, zero or more
   * @param tax the shipping tax, zero or more
   * @return the shipping option
   */
  public static ShippingOption offerToken(
      String shippingOfferToken, BigDecimal price, BigDecimal tax) {
    return new ShippingOption(
        null,
        Objects.requireNonNull(shippingOfferToken, "shippingOfferToken == null"),
        Objects.requireNonNull(price, "price == null"),
        Objects.requireNonNull(tax, "tax == null"),
        null,
        null);
  }

  /**
   * Returns a copy with {@code routing_strategy}.
   *
   * @param routingStrategy the strategy
   * @return the copy
   */
  public ShippingOption withRoutingStrategy(RoutingStrategy routingStrategy) {
    return new ShippingOption(
        serviceLevelIdentifier,
        shippingOfferToken,
        price,
        tax,
        discountInfo,
        Objects.requireNonNull(routingStrategy, "routingStrategy == null"));
  }

  /**
   * Returns a copy routed {@code external} to a node: the external OMS already chose the store
   * (seed 000's store fulfillment). Same as {@code
   * withRoutingStrategy(RoutingStrategy.external(fulfillmentNodeId))}.
   *
   * @param fulfillmentNodeId the fulfillment node (store location) id known to NewStore
   * @return the copy
   */
  public ShippingOption routedExternallyTo(String fulfillmentNodeId) {
    return withRoutingStrategy(RoutingStrategy.external(fulfillmentNodeId));
  }

  /**
   * Returns a copy routed {@code prerouted} to a node, which needs ATP for every item.
   *
   * @param fulfillmentNodeId the fulfillment node id
   * @return the copy
   */
  public ShippingOption preroutedTo(String fulfillmentNodeId) {
    return withRoutingStrategy(RoutingStrategy.prerouted(fulfillmentNodeId));
  }

  /**
   * Returns a copy with one shipping discount ({@code discount_info}).
   *
   * @param discount the discount
   * @return the copy
   */
  public ShippingOption withDiscount(DiscountInfo discount) {
    return new ShippingOption(
        serviceLevelIdentifier,
        shippingOfferToken,
        price,
        tax,
        List.of(Objects.requireNonNull(discount, "discount == null")),
        routingStrategy);
  }

  /**
   * Returns whether exactly one of the two forms is used.
   *
   * @return false when both or neither identifier is set
   */
  @AssertTrue(
      message =
          "set exactly one of service_level_identifier (form A) and shipping_offer_token (form B)")
  public boolean isExactlyOneForm() {
    return (serviceLevelIdentifier == null) != (shippingOfferToken == null);
  }
}
