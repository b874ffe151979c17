package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Positive;

/**
 * Sets when an order counts as big and is put on hold instead of being routed: an order with more
 * items than {@code softLimitForBigOrders} waits. NewStore uses {@value #DEFAULT_SOFT_LIMIT} when
 * no limit is set. Immutable.
 *
 * <pre>{@code
 * client.salesOrderConfig().bigOrders().set(new BigOrderLimits(300));
 * }</pre>
 *
 * @param softLimitForBigOrders the item count above which an order is held; greater than 0
 */
public record BigOrderLimits(
    @Json(name = "soft_limit_for_big_orders") @Positive int softLimitForBigOrders) {
  /** The limit NewStore applies when none is configured. */
  public static final int DEFAULT_SOFT_LIMIT = 100;

  /**
   * Returns the limits NewStore applies when none are configured.
   *
   * @return a soft limit of {@value #DEFAULT_SOFT_LIMIT} items
   */
  public static BigOrderLimits defaults() {
    return new BigOrderLimits(DEFAULT_SOFT_LIMIT);
  }
}
