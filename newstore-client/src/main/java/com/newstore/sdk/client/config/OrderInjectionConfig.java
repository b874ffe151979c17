package com.newstore.sdk.client.config;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * Configures order injection: whether injected orders skip soft routing, and the hard item limit
 * for big orders. A {@code null} component is left out of the JSON, so in a partial update ({@link
 * OrderInjectionConfigService#patch}) it keeps its current value. Immutable.
 *
 * <pre>{@code
 * OrderInjectionConfig change = OrderInjectionConfig.empty().withSkipSoftRoutingOnInjection(true);
 * }</pre>
 *
 * @param skipSoftRoutingOnInjection whether injected orders skip soft routing; {@code null} when
 *     not set
 * @param bigSalesOrder the big order limits; {@code null} when not set
 */
public record OrderInjectionConfig(
    @Json(name = "skip_soft_routing_on_injection") @Nullable Boolean skipSoftRoutingOnInjection,
    @Json(name = "big_sales_order") @Valid @Nullable BigSalesOrderLimits bigSalesOrder) {

  /**
   * Returns a configuration with nothing set, to start a partial update from.
   *
   * @return an empty configuration
   */
  public static OrderInjectionConfig empty() {
    return new OrderInjectionConfig(null, null);
  }

  /**
   * Returns a copy with {@code skip_soft_routing_on_injection} set.
   *
   * @param skip whether injected orders skip soft routing
   * @return the changed copy
   */
  public OrderInjectionConfig withSkipSoftRoutingOnInjection(boolean skip) {
    return new OrderInjectionConfig(skip, bigSalesOrder);
  }

  /**
   * Returns a copy with {@code big_sales_order.hard_limit_for_big_orders} set.
   *
   * @param limit the hard item limit; greater than 0
   * @return the changed copy
   */
  public OrderInjectionConfig withHardLimitForBigOrders(int limit) {
    return new OrderInjectionConfig(skipSoftRoutingOnInjection, new BigSalesOrderLimits(limit));
  }
}
