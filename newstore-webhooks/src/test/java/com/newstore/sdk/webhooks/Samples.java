package com.newstore.sdk.webhooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds sample orders for handler tests. */
final class Samples {
  private Samples() {}

  static SalesOrder order(String id, Instant placedAt) {
    SalesOrder.Price price =
        new SalesOrder.Price(
            new BigDecimal("10.00"),
            BigDecimal.ZERO,
            new BigDecimal("10.00"),
            new BigDecimal("8.40"),
            new BigDecimal("1.60"));
    SalesOrder.Item item =
        new SalesOrder.Item(
            id + "-i1",
            id + "-i1",
            "complete",
            price,
            SalesOrder.ExternalIdentifier.NONE,
            Map.of("name", "Shirt"),
            Map.of());
    return new SalesOrder(
        id,
        OrderOrigin.EXTERNAL,
        id,
        placedAt,
        "closed",
        "USD",
        "store",
        "in_store_purchase",
        List.of(item),
        Map.of());
  }

  static OrderDetails details(String id, List<OrderDetails.Payment> payments) {
    OrderDetails.Totals totals =
        new OrderDetails.Totals(
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            new BigDecimal("10.00"),
            new BigDecimal("8.40"),
            BigDecimal.ZERO,
            new BigDecimal("1.60"),
            new BigDecimal("10.00"));
    return new OrderDetails(
        order(id, Instant.parse("2024-05-01T10:00:00Z")),
        totals,
        new OrderDetails.Customer("c-1", "jane@example.com", "Jane", "en"),
        null,
        new Address(
            "Jane", "Doe", "1 Main St", null, "Boston", "MA", "02110", "US", null, Map.of()),
        payments,
        Map.of("store_id", "store-1"));
  }

  static OrderDetails.Payment payment(String method) {
    return new OrderDetails.Payment(new BigDecimal("10.00"), "payment", "USD", method, "VISA 4242");
  }
}
