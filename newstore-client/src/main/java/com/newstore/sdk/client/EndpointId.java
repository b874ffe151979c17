package com.newstore.sdk.client;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one NewStore endpoint the SDK calls, such as {@code sales-order.grace-period.get}. Pass it
 * to {@link NewStoreClient.Builder#pathOverride(EndpointId, String)} to replace a path the SDK
 * documents as unconfirmed. The ids of this module are constants of {@link ClientEndpoints}; other
 * modules publish their own. {@link NewStoreClient.Builder#build()} rejects an id no module knows.
 * Immutable.
 *
 * <pre>{@code
 * NewStoreClient.builder()
 *     .pathOverride(ClientEndpoints.SALES_ORDER_GRACE_PERIOD_GET,
 *         "v0/config/sales_order/grace_period")
 * }</pre>
 *
 * @param value the id: lower-case words joined by dots and dashes
 */
public record EndpointId(String value) {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  /**
   * Checks the id's form.
   *
   * @param value see the record description
   * @throws IllegalArgumentException when the id is not lower-case words joined by dots and dashes
   */
  public EndpointId {
    Objects.requireNonNull(value, "value == null");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "endpoint id must be lower-case words joined by '.' or '-', such as"
              + " sales-order.grace-period.get, but was '"
              + value
              + "'");
    }
  }

  /**
   * Returns the id with the given value; whether any module knows it is checked at {@link
   * NewStoreClient.Builder#build()}.
   *
   * @param value the id, such as {@code sales-order.grace-period.get}
   * @return the id
   */
  public static EndpointId of(String value) {
    return new EndpointId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
