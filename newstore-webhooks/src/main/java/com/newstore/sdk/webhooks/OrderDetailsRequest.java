package com.newstore.sdk.webhooks;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Holds an order details query.
 *
 * @param orderId the order id from the path, percent-decoded
 * @param queryParameters every query parameter, decoded
 */
public record OrderDetailsRequest(String orderId, Map<String, List<String>> queryParameters) {
  /**
   * Checks and copies the components.
   *
   * @param orderId see the record description
   * @param queryParameters see the record description
   */
  public OrderDetailsRequest {
    Objects.requireNonNull(orderId, "orderId == null");
    queryParameters = Map.copyOf(queryParameters);
  }
}
