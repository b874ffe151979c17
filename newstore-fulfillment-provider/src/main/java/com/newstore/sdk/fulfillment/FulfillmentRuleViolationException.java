package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.NewStoreApiException;
import java.util.Objects;

/**
 * Thrown when NewStore refuses a change because it breaks a fulfillment rule, recognised by its
 * {@code error_code} whatever the HTTP status:
 *
 * <ul>
 *   <li>a shipped item can be neither canceled nor rejected ({@link Rule#ALREADY_SHIPPED});
 *   <li>a rejected item cannot be canceled ({@link Rule#ALREADY_REJECTED});
 *   <li>a canceled item cannot be changed again ({@link Rule#ALREADY_CANCELED}).
 * </ul>
 *
 * <p>NewStore's Fulfillment Provider API documents {@code already_shipped} with status {@code 400};
 * the other codes and their statuses are unconfirmed (a {@code 409} is recognised too). The
 * exception extends {@link NewStoreApiException} directly, so {@link #statusCode()} is the only
 * source of the status, and {@link #error()} holds the whole answer. Sending the same change again
 * cannot succeed: the item's state has to change first.
 *
 * <pre>{@code
 * try {
 *   fulfillment.cancelItems(requestId, List.of("sku-1"));
 * } catch (FulfillmentRuleViolationException e) {
 *   if (e.rule() == FulfillmentRuleViolationException.Rule.ALREADY_SHIPPED) {
 *     // too late: start a return instead
 *   }
 * }
 * }</pre>
 */
public class FulfillmentRuleViolationException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /** The fulfillment rules NewStore enforces. */
  public enum Rule {
    /** The item is already shipped: it can be neither canceled nor rejected. */
    ALREADY_SHIPPED,
    /** The item is already rejected: it cannot be canceled. */
    ALREADY_REJECTED,
    /** The item is already canceled. */
    ALREADY_CANCELED
  }

  /** The rule the change broke. */
  private final Rule rule;

  /**
   * Creates the exception.
   *
   * @param error the decoded error answer
   * @param rule the rule the change broke
   * @param hint what the caller can do about it
   */
  public FulfillmentRuleViolationException(ApiError error, Rule rule, String hint) {
    super(error, hint);
    this.rule = Objects.requireNonNull(rule, "rule == null");
  }

  /**
   * Returns the rule the change broke.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }
}
