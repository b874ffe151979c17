package com.newstore.examples.oms;

import com.newstore.sdk.webhooks.OrderDetails;
import com.newstore.sdk.webhooks.OrderOrigin;
import com.newstore.sdk.webhooks.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Stands in for the external OMS's database: stock per product and location, the orders of one
 * sample customer, and the order events received from NewStore. Replace it with your own.
 */
@Component
public class OrderBook {
  private final Map<String, Map<String, Integer>> stock =
      Map.of("sku-1", Map.of("store-1", 7, "dc-1", 120), "sku-2", Map.of("dc-1", 3));
  private final List<OrderDetails> orders =
      List.of(
          order("EXT-1001", "2026-10-01T10:00:00Z", "ada@example.com"),
          order("EXT-1002", "2026-11-02T15:30:00Z", "ada@example.com"));
  private final List<String> received = new CopyOnWriteArrayList<>();

  /**
   * Returns the units available to promise.
   *
   * @param productId the product id
   * @param location the fulfillment location
   * @return the units, 0 when unknown
   */
  public int atp(String productId, String location) {
    return stock.getOrDefault(productId, Map.of()).getOrDefault(location, 0);
  }

  /**
   * Returns a customer's orders.
   *
   * @param email the customer's e-mail address
   * @return the orders, in no particular order
   */
  public List<SalesOrder> ordersOf(String email) {
    return orders.stream()
        .filter(o -> o.customer() != null && email.equalsIgnoreCase(o.customer().email()))
        .map(OrderDetails::order)
        .toList();
  }

  /**
   * Finds one order.
   *
   * @param id the order id
   * @return the order's details, or empty
   */
  public Optional<OrderDetails> find(String id) {
    return orders.stream().filter(o -> o.order().id().equals(id)).findFirst();
  }

  /**
   * Records an order event from NewStore's event stream.
   *
   * @param description what happened, such as {@code order.created o-1}
   */
  public void record(String description) {
    received.add(description);
  }

  /**
   * Returns the order events recorded so far.
   *
   * @return the events, oldest first
   */
  public List<String> received() {
    return List.copyOf(received);
  }

  private static OrderDetails order(String id, String placedAt, String email) {
    BigDecimal price = new BigDecimal("49.00");
    BigDecimal zero = BigDecimal.ZERO;
    SalesOrder.Item item =
        new SalesOrder.Item(
            id + "-1",
            id + "-1",
            "complete",
            new SalesOrder.Price(price, zero, price, price, zero),
            SalesOrder.ExternalIdentifier.NONE,
            Map.of("name", "Linen shirt", "size", "M"),
            Map.of());
    SalesOrder order =
        new SalesOrder(
            id,
            OrderOrigin.EXTERNAL,
            id,
            Instant.parse(placedAt),
            "complete",
            "USD",
            "web",
            "traditional",
            List.of(item),
            Map.of());
    return new OrderDetails(
        order,
        new OrderDetails.Totals(zero, zero, price, price, zero, zero, price),
        new OrderDetails.Customer("c-1", email, "Ada Lovelace", "en"),
        null,
        null,
        List.of(new OrderDetails.Payment(price, "capture", "USD", "credit_card", null)),
        Map.of());
  }
}
