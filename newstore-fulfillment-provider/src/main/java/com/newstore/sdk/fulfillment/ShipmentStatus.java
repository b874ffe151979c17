package com.newstore.sdk.fulfillment;

import java.util.List;
import java.util.Map;

/**
 * Holds what NewStore recorded of the shipments of a fulfillment request. Only an item listed in
 * {@link #successfulShipments()} is shipped: a {@code 201} to an update shipping status call is not
 * enough. Check {@link #failedShipments()} too.
 *
 * <pre>{@code
 * fulfillment.shipmentStatus(requestId).ifPresent(status ->
 *     status.failedShipments().forEach(f -> log.warn("failed: {}", f.productIds())));
 * }</pre>
 *
 * @param successfulShipments the shipments NewStore accepted ({@code successful_shipments}); the
 *     entries' shape is unconfirmed
 * @param failedShipments the shipments NewStore refused ({@code failed_shipments}); the entries'
 *     shape is unconfirmed
 * @param unknownFields every other top-level field, as parsed
 */
public record ShipmentStatus(
    List<StatusEntry> successfulShipments,
    List<StatusEntry> failedShipments,
    Map<String, Object> unknownFields) {
  /**
   * Copies the components.
   *
   * @param successfulShipments see the record description
   * @param failedShipments see the record description
   * @param unknownFields see the record description
   */
  public ShipmentStatus {
    successfulShipments = List.copyOf(successfulShipments);
    failedShipments = List.copyOf(failedShipments);
    unknownFields = Map.copyOf(unknownFields);
  }
}
