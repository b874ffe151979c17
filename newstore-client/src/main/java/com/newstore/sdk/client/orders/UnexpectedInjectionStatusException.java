package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.NewStoreException;

/**
 * Thrown when NewStore answered an order injection with a success status other than {@code 200}.
 * NewStore documents only {@code 200} as "created"; any other {@code 2xx} (such as {@code 201} or
 * {@code 202}) is not proof that the order exists. Injection is idempotent on {@code external_id},
 * so read the order back with {@link OrderInjectionService#getByExternalId(String)} or send the
 * same request again.
 *
 * <pre>{@code
 * try {
 *   client.orders().create(order);
 * } catch (UnexpectedInjectionStatusException e) {
 *   log.warn("NewStore answered {}; re-sending the same order", e.statusCode());
 * }
 * }</pre>
 */
public class UnexpectedInjectionStatusException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status NewStore answered with. */
  private final int statusCode;

  /**
   * Creates the exception.
   *
   * @param statusCode the HTTP status NewStore answered with
   * @param method the HTTP method of the call
   * @param path the URL path of the call
   */
  public UnexpectedInjectionStatusException(int statusCode, String method, String path) {
    super(
        "NewStore answered HTTP "
            + statusCode
            + " to "
            + method
            + " "
            + path
            + ", but only 200 means the order was created. Injection is idempotent on"
            + " external_id: read the order back or send the same request again");
    this.statusCode = statusCode;
  }

  /**
   * Returns the HTTP status NewStore answered with.
   *
   * @return the status, a {@code 2xx} other than {@code 200}
   */
  public int statusCode() {
    return statusCode;
  }
}
