package com.newstore.sdk.webhooks;

import java.util.Objects;

/**
 * Says where an order was captured: {@code newstore} (then {@code origin_id} is NewStore's order
 * UUID and referenced returns work) or {@code external}. Kept open: any other value NewStore may
 * add is carried as is.
 *
 * @param value the JSON value
 */
public record OrderOrigin(String value) {
  /** The order was captured in NewStore; {@code origin_id} is NewStore's order UUID. */
  public static final OrderOrigin NEWSTORE = new OrderOrigin("newstore");

  /** The order was captured in the external OMS. */
  public static final OrderOrigin EXTERNAL = new OrderOrigin("external");

  /**
   * Checks the component.
   *
   * @param value see the record description
   */
  public OrderOrigin {
    Objects.requireNonNull(value, "value == null");
  }

  /**
   * Tells whether the value is one the SDK knows.
   *
   * @return true for {@code newstore} and {@code external}
   */
  public boolean isKnown() {
    return equals(NEWSTORE) || equals(EXTERNAL);
  }
}
