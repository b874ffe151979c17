package com.newstore.sdk.client.config;

import com.newstore.sdk.client.OpenEnum;
import com.newstore.sdk.client.internal.WireNames;
import java.util.Set;

/**
 * Names a routing flag under {@code /v0/config/routing/{flag}}. The constants are the seven flags
 * NewStore's Swagger documents; {@link #of(String)} reaches any other. Immutable.
 *
 * <pre>{@code
 * client.availabilityConfig().routingFlag(RoutingFlag.ENABLE_AUTOMATIC_REROUTING).set(true);
 * }</pre>
 *
 * @param value the flag's name in the path, such as {@code cancel_on_conflict}
 */
public record RoutingFlag(String value) implements OpenEnum {
  /** Requests availability (ATP) from the external OMS's availability webhook. */
  public static final RoutingFlag USES_EXTERNAL_ATP = new RoutingFlag("uses_external_atp");

  /**
   * Cancels an order when routing meets a conflict. Not a boolean: read and write it with {@link
   * AvailabilityConfigService#cancelOnConflict()}.
   */
  public static final RoutingFlag CANCEL_ON_CONFLICT = new RoutingFlag("cancel_on_conflict");

  /** Reroutes rejected fulfillment requests automatically. */
  public static final RoutingFlag ENABLE_AUTOMATIC_REROUTING =
      new RoutingFlag("enable_automatic_rerouting");

  /** Routes by fulfillment node capacity. */
  public static final RoutingFlag ENABLE_CAPACITY_BASED_ROUTING =
      new RoutingFlag("enable_capacity_based_routing");

  /** Allows rerouting to a fulfillment node that rejected the order before. */
  public static final RoutingFlag REROUTE_TO_REJECTED_FULFILLMENT_NODES =
      new RoutingFlag("reroute_to_rejected_fulfillment_nodes");

  /** Skips the shipping offer update for orders routed to a DC. */
  public static final RoutingFlag SKIP_SHIPPING_OFFER_UPDATE_FOR_DC_ORDERS =
      new RoutingFlag("skip_shipping_offer_update_for_dc_orders");

  /**
   * Lets an external system update fulfillment requests processed externally; NewStore answers
   * {@code 404} until the key exists (read as not set).
   */
  public static final RoutingFlag CAN_UPDATE_FFR_PROCESSED_EXTERNALLY =
      new RoutingFlag("can_update_ffr_processed_externally");

  private static final Set<RoutingFlag> KNOWN =
      Set.of(
          USES_EXTERNAL_ATP,
          CANCEL_ON_CONFLICT,
          ENABLE_AUTOMATIC_REROUTING,
          ENABLE_CAPACITY_BASED_ROUTING,
          REROUTE_TO_REJECTED_FULFILLMENT_NODES,
          SKIP_SHIPPING_OFFER_UPDATE_FOR_DC_ORDERS,
          CAN_UPDATE_FFR_PROCESSED_EXTERNALLY);

  /**
   * Checks the value: it becomes a path segment, so only lower-case letters, digits and underscores
   * are allowed.
   *
   * @param value see the record description
   * @throws IllegalArgumentException when the name has other characters
   */
  public RoutingFlag {
    WireNames.pathSegment(value, "routing flag");
  }

  /**
   * Returns the flag with the given name, known or not.
   *
   * @param value the flag's name, such as {@code cancel_on_conflict}
   * @return the flag
   */
  public static RoutingFlag of(String value) {
    return new RoutingFlag(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
