package com.newstore.sdk.fulfillment.outbox.internal;

import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.fulfillment.RejectedItems;
import com.newstore.sdk.fulfillment.ShipmentLineItem;
import com.newstore.sdk.fulfillment.outbox.OutboxOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry about to be recorded: checked arguments and the JSON payload the worker sends.
 *
 * @param requestId the fulfillment request id, not blank
 * @param operation what to send
 * @param payload the operation's JSON body, as {@link Payloads} writes it
 */
public record NewEntry(String requestId, OutboxOperation operation, String payload) {

  /**
   * Returns an accept entry.
   *
   * @param requestId the fulfillment request id
   * @return the entry
   * @throws NewStoreValidationException when the id is blank
   */
  public static NewEntry accept(String requestId) {
    throwIfAny(idViolations(requestId));
    return new NewEntry(requestId, OutboxOperation.ACCEPT, Payloads.empty());
  }

  /**
   * Returns a ship entry.
   *
   * @param requestId the fulfillment request id
   * @param lineItems the packages; not empty
   * @return the entry
   * @throws NewStoreValidationException when the id is blank or the list missing or empty
   */
  public static NewEntry ship(String requestId, List<ShipmentLineItem> lineItems) {
    check(requestId, lineItems);
    return new NewEntry(requestId, OutboxOperation.SHIP, Payloads.lineItems(lineItems));
  }

  /**
   * Returns a reject entry.
   *
   * @param requestId the fulfillment request id
   * @param groups the rejected items by reason; not empty
   * @return the entry
   * @throws NewStoreValidationException when the id is blank or the list missing or empty
   */
  public static NewEntry reject(String requestId, List<RejectedItems> groups) {
    check(requestId, groups);
    return new NewEntry(requestId, OutboxOperation.REJECT, Payloads.rejections(groups));
  }

  /**
   * Returns a cancel entry.
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids, one per unit; not empty
   * @return the entry
   * @throws NewStoreValidationException when the id is blank or the list missing or empty
   */
  public static NewEntry cancel(String requestId, List<String> productIds) {
    check(requestId, productIds);
    return new NewEntry(requestId, OutboxOperation.CANCEL, Payloads.productIds(productIds));
  }

  private static void check(String requestId, List<?> items) {
    List<Violation> violations = idViolations(requestId);
    if (items == null) {
      violations.add(new Violation("items", "must not be null"));
    } else if (items.isEmpty()) {
      violations.add(new Violation("items", "must not be empty"));
    }
    throwIfAny(violations);
  }

  private static List<Violation> idViolations(String requestId) {
    List<Violation> violations = new ArrayList<>();
    if (requestId == null || requestId.isBlank()) {
      violations.add(new Violation("requestId", "must not be blank"));
    }
    return violations;
  }

  private static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new NewStoreValidationException("outbox entry", violations);
    }
  }
}
