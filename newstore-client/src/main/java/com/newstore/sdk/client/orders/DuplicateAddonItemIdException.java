package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.BadRequestException;

/**
 * Thrown when NewStore refused an order in which an add-on or an add-on's parent shares its {@code
 * external_item_id} with another unit ({@code 400}, {@code error_code:
 * addon_duplicate_external_item_id}). Other units may repeat an id; add-ons and their parents may
 * not. The SDK checks this before sending, so it surfaces only when NewStore's rule is stricter
 * than documented.
 *
 * <pre>{@code
 * try {
 *   client.orders().create(order);
 * } catch (DuplicateAddonItemIdException e) {
 *   log.warn("give add-ons unique item ids in {}: {}", order.externalId(), e.getMessage());
 * }
 * }</pre>
 */
public class DuplicateAddonItemIdException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** The {@code error_code} NewStore sends. */
  public static final String ERROR_CODE = "addon_duplicate_external_item_id";

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public DuplicateAddonItemIdException(ApiError error) {
    super(
        error,
        "Give every add-on and add-on parent an external_item_id used once in the order, then"
            + " re-import under a new external id");
  }
}
