package com.newstore.sdk.webhooks;

import java.util.List;
import java.util.Objects;

/**
 * Holds the answer to an availability (ATP) call: {@code {availabilities: [{product_id,
 * external_identifier, fulfillment_location, atp}]}}, one entry per product and location.
 *
 * @param availabilities the entries
 */
public record AvailabilityResponse(List<Availability> availabilities) {

  /**
   * Checks and copies the components.
   *
   * @param availabilities see the record description
   */
  public AvailabilityResponse {
    availabilities = List.copyOf(availabilities);
  }

  /**
   * Returns a response with the given entries.
   *
   * @param availabilities the entries
   * @return the response
   */
  public static AvailabilityResponse of(List<Availability> availabilities) {
    return new AvailabilityResponse(availabilities);
  }

  /**
   * Holds the ATP of one product at one location.
   *
   * @param productId the product id, as asked
   * @param externalIdentifier the identifier kind, as asked ({@code product_id})
   * @param fulfillmentLocation the fulfillment location id, as asked
   * @param atp the units available to promise, never negative
   */
  public record Availability(
      String productId, String externalIdentifier, String fulfillmentLocation, int atp) {
    /**
     * Checks the components.
     *
     * @param productId see the record description
     * @param externalIdentifier see the record description
     * @param fulfillmentLocation see the record description
     * @param atp see the record description
     * @throws IllegalArgumentException when {@code atp} is negative
     */
    public Availability {
      Objects.requireNonNull(productId, "productId == null");
      Objects.requireNonNull(externalIdentifier, "externalIdentifier == null");
      Objects.requireNonNull(fulfillmentLocation, "fulfillmentLocation == null");
      if (atp < 0) {
        throw new IllegalArgumentException("atp < 0: " + atp);
      }
    }
  }
}
