package com.newstore.sdk.testkit;

import com.newstore.sdk.testkit.internal.JsonSupport;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link FulfillmentRequest} as the document NewStore POSTs (newstore-api.md section 6):
 * {@code id, order_id, created_at, shipping_options {carrier, service_level}, items[]} (one per
 * unit: {@code product_id}, {@code price} when known, {@code extended_attributes}), plus every
 * member kept in {@code unknownFields} ({@code shipping_address}, {@code billing_address}, ...).
 */
final class FulfillmentRequestDocuments {
  private FulfillmentRequestDocuments() {}

  static Map<String, Object> of(FulfillmentRequest request) {
    Map<String, Object> body = new LinkedHashMap<>(JsonSupport.asMap(request.unknownFields()));
    body.put("id", request.id());
    if (request.orderId() != null) {
      body.put("order_id", request.orderId());
    }
    if (request.createdAt() != null) {
      body.put("created_at", request.createdAt().toString());
    }
    if (request.shippingOptions() != null) {
      Map<String, Object> options = new LinkedHashMap<>();
      options.put("carrier", request.shippingOptions().carrier());
      options.put("service_level", request.shippingOptions().serviceLevel());
      body.put("shipping_options", options);
    }
    List<Object> items = new ArrayList<>();
    for (FulfillmentRequest.Item item : request.items()) {
      Map<String, Object> entry = new LinkedHashMap<>(JsonSupport.asMap(item.unknownFields()));
      entry.put("product_id", item.productId());
      List<Object> attributes = new ArrayList<>();
      item.extendedAttributes().forEach((k, v) -> attributes.add(Map.of("name", k, "value", v)));
      entry.put("extended_attributes", attributes);
      items.add(entry);
    }
    body.put("items", items);
    return body;
  }

  /** One unit per item, with the {@code price} kept in the item's unknown fields, if any. */
  static List<FulfillmentUnit> units(FulfillmentRequest request) {
    List<FulfillmentUnit> units = new ArrayList<>();
    for (FulfillmentRequest.Item item : request.items()) {
      Object price = item.unknownFields().get("price");
      units.add(
          new FulfillmentUnit(
              item.productId(), price instanceof Number n ? new BigDecimal(n.toString()) : null));
    }
    return units;
  }

  /** A request with one item per product id and sample addresses and shipping options. */
  static FulfillmentRequest sampleRequest(String id, Clock clock, String... productIds) {
    if (productIds.length == 0) {
      throw new IllegalArgumentException("a fulfillment request needs at least one unit");
    }
    List<FulfillmentRequest.Item> items = new ArrayList<>();
    for (String p : productIds) {
      items.add(new FulfillmentRequest.Item(p, Map.of()));
    }
    Map<String, Object> template = sample(clock);
    Map<String, @Nullable Object> unknown = new LinkedHashMap<>();
    unknown.put("shipping_address", template.get("shipping_address"));
    unknown.put("billing_address", template.get("billing_address"));
    return new FulfillmentRequest(
        id,
        UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString(),
        clock.instant(),
        new FulfillmentRequest.ShippingOptions("UPS", "GROUND"),
        items,
        unknown);
  }

  /** The document without its items: what the ledger keeps besides the units. */
  static Map<String, Object> withoutItems(FulfillmentRequest request) {
    Map<String, Object> document = of(request);
    document.remove("items");
    return document;
  }

  /** The members of a sample document besides its id and items: addresses, shipping options. */
  static Map<String, Object> sample(Clock clock) {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("first_name", "Ada");
    address.put("last_name", "Lovelace");
    address.put("address_line_1", "1 Test Street");
    address.put("city", "Boston");
    address.put("zip_code", "02110");
    address.put("country_code", "US");
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("billing_address", address);
    template.put("shipping_address", address);
    template.put("shipping_options", Map.of("carrier", "UPS", "service_level", "GROUND"));
    template.put("created_at", clock.instant().toString());
    template.put("extended_attributes", List.of());
    return template;
  }
}
