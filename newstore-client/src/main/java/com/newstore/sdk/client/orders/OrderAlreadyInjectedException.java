package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.NewStoreApiException;

/**
 * Thrown when NewStore already holds an order with this {@code external_id} but different data
 * ({@code error_code: same_order_injection_with_different_data}, whatever the HTTP status).
 * NewStore never changes an injected order and never accepts an order number twice: re-import the
 * changed order under a new external id. Re-sending the original payload unchanged returns the
 * original order.
 *
 * <pre>{@code
 * try {
 *   client.orders().create(order);
 * } catch (OrderAlreadyInjectedException e) {
 *   client.orders().create(reissue(order, nextExternalId()));
 * }
 * }</pre>
 */
public class OrderAlreadyInjectedException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /** The {@code error_code} NewStore sends. */
  public static final String ERROR_CODE = "same_order_injection_with_different_data";

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public OrderAlreadyInjectedException(ApiError error) {
    super(
        error,
        "An order with this external_id already exists with different data and NewStore never"
            + " changes it: re-import under a new external id");
  }
}
