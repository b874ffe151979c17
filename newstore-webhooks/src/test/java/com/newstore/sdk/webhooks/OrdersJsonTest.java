package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.webhooks.internal.JsonValues;
import com.newstore.sdk.webhooks.internal.ResponseBodies;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streamed purchase history answer is byte for byte what the map-based order mapping writes,
 * including additional fields that reuse a typed field's name, nulls and nested values.
 */
class OrdersJsonTest {
  @Test
  void ordersJson_sameBytesAsTheMapMapping() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("store_id", "store-1");
    extra.put("status", "overridden by the typed status");
    extra.put("note", null);
    extra.put("tags", List.of("a", Map.of("b", 1)));
    Map<String, Object> itemExtra = new LinkedHashMap<>();
    itemExtra.put("price", "overridden");
    itemExtra.put("gift", true);
    SalesOrder.Price price =
        new SalesOrder.Price(
            new BigDecimal("19.99"),
            new BigDecimal("-2.00"),
            new BigDecimal("17.99"),
            new BigDecimal("15.12"),
            new BigDecimal("2.87"));
    SalesOrder.Item item =
        new SalesOrder.Item(
            "i-1",
            "oi-1",
            "complete",
            price,
            new SalesOrder.ExternalIdentifier("epc-1", null),
            Map.of("name", "Shirt \"é\""),
            itemExtra);
    SalesOrder special =
        new SalesOrder(
            "o-2",
            new OrderOrigin("marketplace"),
            "M-2",
            Instant.parse("2024-05-02T10:00:00.123Z"),
            "complete",
            "EUR",
            "web",
            "ship_from_store",
            List.of(item, item),
            extra);
    List<SalesOrder> orders =
        List.of(special, Samples.order("o-1", Instant.parse("2024-05-01T10:00:00Z")));
    List<Object> mapped = new ArrayList<>();
    for (SalesOrder o : orders) {
      mapped.add(ResponseBodies.order(o));
    }

    byte[] streamed = ResponseBodies.ordersJson(orders);

    assertThat(new String(streamed, StandardCharsets.UTF_8))
        .isEqualTo(
            new String(JsonValues.write(Map.of("orders", mapped), false), StandardCharsets.UTF_8));
  }
}
