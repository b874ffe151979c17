package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Says how NewStore routes one shipment of an injected order ({@code
 * shipments[].shipping_option.routing_strategy}). NewStore documents three shapes:
 *
 * <ul>
 *   <li>{@link #defaultRouting()}: {@code {"strategy":"default"}}, routed by the fulfillment
 *       configuration (the same as leaving the strategy out);
 *   <li>{@link #prerouted(String)}: {@code {"strategy":"prerouted","fulfillment_node_id":…}}, sent
 *       to that node, which needs ATP for every item or the items go on hold;
 *   <li>{@link #external(String)}: {@code {"strategy":"external","fulfillment_node_id":…}}, for
 *       store fulfillment through an external OMS (seed 000): no ATP check; the node must exist in
 *       NewStore, otherwise the order is cancelled.
 * </ul>
 *
 * <p>{@code strategy} is an open string when read; {@link #of(String, String)} sends another value
 * as given.
 *
 * <pre>{@code
 * ShippingOption option = ShippingOption.serviceLevel("TRADITIONAL", BigDecimal.ZERO, BigDecimal.ZERO)
 *     .withRoutingStrategy(RoutingStrategy.external("store-nyc"));
 * }</pre>
 *
 * @param strategy {@code strategy}: {@code default}, {@code prerouted} or {@code external}
 * @param fulfillmentNodeId {@code fulfillment_node_id}, 1 to 256 characters; required for {@code
 *     prerouted} and {@code external}
 */
public record RoutingStrategy(
    @NotBlank String strategy,
    @Json(name = "fulfillment_node_id") @Size(min = 1, max = 256)
        @Nullable String fulfillmentNodeId) {
  /** The wire value of {@link #defaultRouting()}. */
  public static final String DEFAULT = "default";

  /** The wire value of {@link #prerouted(String)}. */
  public static final String PREROUTED = "prerouted";

  /** The wire value of {@link #external(String)}. */
  public static final String EXTERNAL = "external";

  /**
   * Returns {@code {"strategy":"default"}}: routing by the fulfillment configuration.
   *
   * @return the strategy
   */
  public static RoutingStrategy defaultRouting() {
    return new RoutingStrategy(DEFAULT, null);
  }

  /**
   * Returns {@code {"strategy":"prerouted","fulfillment_node_id":nodeId}}.
   *
   * @param fulfillmentNodeId the node that fulfils the shipment; it needs ATP for every item
   * @return the strategy
   */
  public static RoutingStrategy prerouted(String fulfillmentNodeId) {
    return new RoutingStrategy(
        PREROUTED, Objects.requireNonNull(fulfillmentNodeId, "fulfillmentNodeId == null"));
  }

  /**
   * Returns {@code {"strategy":"external","fulfillment_node_id":nodeId}}: the external OMS already
   * chose the node (seed 000's store fulfillment). NewStore cancels the order when the node does
   * not exist.
   *
   * @param fulfillmentNodeId the fulfillment node (store location) id known to NewStore
   * @return the strategy
   */
  public static RoutingStrategy external(String fulfillmentNodeId) {
    return new RoutingStrategy(
        EXTERNAL, Objects.requireNonNull(fulfillmentNodeId, "fulfillmentNodeId == null"));
  }

  /**
   * Returns a strategy NewStore may know but the SDK does not name, sent as given.
   *
   * @param strategy the wire value
   * @param fulfillmentNodeId the node, or null
   * @return the strategy
   */
  public static RoutingStrategy of(String strategy, @Nullable String fulfillmentNodeId) {
    return new RoutingStrategy(strategy, fulfillmentNodeId);
  }

  /**
   * Returns whether the node id is present where NewStore requires it ({@code prerouted}, {@code
   * external}).
   *
   * @return false when a {@code prerouted} or {@code external} strategy has no node
   */
  @AssertTrue(message = "fulfillment_node_id is required for the prerouted and external strategies")
  public boolean isNodePresentWhereRequired() {
    boolean needsNode = PREROUTED.equals(strategy) || EXTERNAL.equals(strategy);
    return !needsNode || (fulfillmentNodeId != null && !fulfillmentNodeId.isBlank());
  }
}
