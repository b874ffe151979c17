package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.fulfillment.FulfillmentRuleViolationException;
import com.newstore.sdk.fulfillment.FulfillmentRuleViolationException.Rule;
import java.util.Locale;
import java.util.Map;

/**
 * Maps NewStore's {@code error_code} values for broken fulfillment rules to {@link
 * FulfillmentRuleViolationException}; the one place the codes live. Only {@code already_shipped} is
 * confirmed; the other codes are guesses that cost nothing when NewStore never sends them.
 */
public final class RuleErrors {
  private static final Map<String, Rule> CODES =
      Map.of(
          "already_shipped", Rule.ALREADY_SHIPPED,
          "item_already_shipped", Rule.ALREADY_SHIPPED,
          "already_rejected", Rule.ALREADY_REJECTED,
          "item_already_rejected", Rule.ALREADY_REJECTED,
          "already_canceled", Rule.ALREADY_CANCELED,
          "already_cancelled", Rule.ALREADY_CANCELED,
          "item_already_canceled", Rule.ALREADY_CANCELED);

  private RuleErrors() {}

  /**
   * Returns a rule violation for a known {@code error_code}, or {@code e} itself.
   *
   * @param e the exception the transport threw
   * @param operation what the caller tried, such as {@code cancel items}
   * @return the exception to throw
   */
  public static NewStoreApiException map(NewStoreApiException e, String operation) {
    String code = e.errorCode();
    Rule rule = code == null ? null : CODES.get(code.toLowerCase(Locale.ROOT));
    if (rule == null) {
      return e;
    }
    FulfillmentRuleViolationException mapped =
        new FulfillmentRuleViolationException(e.error(), rule, hint(rule, operation));
    mapped.initCause(e);
    return mapped;
  }

  private static String hint(Rule rule, String operation) {
    return switch (rule) {
      case ALREADY_SHIPPED ->
          "Cannot "
              + operation
              + ": a shipped item can be neither canceled nor rejected; sending it again will fail"
              + " the same way (for a shipped item, start a return instead)";
      case ALREADY_REJECTED ->
          "Cannot "
              + operation
              + ": a rejected item cannot be canceled; NewStore reroutes rejected items itself";
      case ALREADY_CANCELED ->
          "Cannot " + operation + ": the item is already canceled; nothing is left to change";
    };
  }
}
