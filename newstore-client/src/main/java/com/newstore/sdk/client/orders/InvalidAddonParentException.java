package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.BadRequestException;

/**
 * Thrown when NewStore refused an add-on whose {@code addon_parent_external_item_id} names no
 * non-add-on unit of the same shipment ({@code 400}, {@code error_code:
 * addon_invalid_parent_item}). The SDK checks this before sending, so it surfaces only when
 * NewStore's rule is stricter than documented.
 *
 * <pre>{@code
 * try {
 *   client.orders().create(order);
 * } catch (InvalidAddonParentException e) {
 *   log.warn("fix the add-on parents of {}: {}", order.externalId(), e.getMessage());
 * }
 * }</pre>
 */
public class InvalidAddonParentException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** The {@code error_code} NewStore sends. */
  public static final String ERROR_CODE = "addon_invalid_parent_item";

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public InvalidAddonParentException(ApiError error) {
    super(
        error,
        "Point each add-on at a unit of the same shipment that is no add-on, then re-import under"
            + " a new external id");
  }
}
