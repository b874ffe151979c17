package com.newstore.sdk.client.config;

import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.NewStoreApiException;

/**
 * Thrown when NewStore refuses to change the order id sequence because it was already set: the
 * sequence is immutable once applied. {@code salesOrderConfig().orderIdSequence().set(...)} throws
 * it for a {@code 409}, and for a {@code 400} or {@code 422} whose {@code error_code} or message
 * says the value already exists or cannot change (NewStore does not document the exact answer); any
 * other error keeps its usual type. {@link #statusCode()} tells which status NewStore used. Extends
 * {@link NewStoreApiException} directly, so {@code catch (ConflictException e)} does not catch it.
 *
 * <pre>{@code
 * try {
 *   client.salesOrderConfig().orderIdSequence().set(sequence);
 * } catch (OrderIdSequenceAlreadySetException e) {
 *   // keep the sequence that is configured
 * }
 * }</pre>
 */
public class OrderIdSequenceAlreadySetException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public OrderIdSequenceAlreadySetException(ApiError error) {
    super(
        error,
        "The order ID sequence is immutable once set; read it with orderIdSequence().get() instead");
  }
}
