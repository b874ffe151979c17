package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.Address;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.OrderDetails;
import com.newstore.sdk.webhooks.SalesOrder;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Turns the public response records into JSON: plain values (snake_case maps and lists), or
 * streamed bytes for the answers that can be large (ATP, purchase history).
 */
public final class ResponseBodies {
  private ResponseBodies() {}

  private static final List<String> ORDER_FIELDS =
      List.of(
          "id",
          "origin",
          "origin_id",
          "placed_at",
          "status",
          "currency",
          "channel_type",
          "fulfillment_type",
          "items");
  private static final List<String> ITEM_FIELDS =
      List.of("id", "origin_id", "status", "price", "external_identifier", "product_attributes");

  /**
   * Writes a purchase history answer {@code {"orders": [...]}} straight to JSON bytes, each order
   * exactly as {@link #order(SalesOrder)} would map it (additional fields first, in their order,
   * with the typed fields taking their place, then the remaining typed fields), without building
   * the maps.
   *
   * @param orders the orders, already sorted and cut
   * @return the UTF-8 JSON document
   */
  public static byte[] ordersJson(List<SalesOrder> orders) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writer.beginObject().name("orders").beginArray();
      for (SalesOrder order : orders) {
        writeOrder(writer, order);
      }
      writer.endArray().endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  private static void writeOrder(JsonWriter w, SalesOrder order) throws IOException {
    Map<String, @Nullable Object> extra = order.additionalFields();
    w.beginObject();
    for (Map.Entry<String, @Nullable Object> e : extra.entrySet()) {
      if (!writeOrderField(w, order, e.getKey())) {
        w.name(e.getKey());
        JsonValues.writeValue(w, e.getValue());
      }
    }
    for (String field : ORDER_FIELDS) {
      if (!extra.containsKey(field)) {
        writeOrderField(w, order, field);
      }
    }
    w.endObject();
  }

  private static boolean writeOrderField(JsonWriter w, SalesOrder o, String field)
      throws IOException {
    switch (field) {
      case "id" -> w.name(field).value(o.id());
      case "origin" -> w.name(field).value(o.origin().value());
      case "origin_id" -> w.name(field).value(o.originId());
      case "placed_at" -> w.name(field).value(o.placedAt().toString());
      case "status" -> w.name(field).value(o.status());
      case "currency" -> w.name(field).value(o.currency());
      case "channel_type" -> w.name(field).value(o.channelType());
      case "fulfillment_type" -> w.name(field).value(o.fulfillmentType());
      case "items" -> {
        w.name(field).beginArray();
        for (SalesOrder.Item item : o.items()) {
          writeItem(w, item);
        }
        w.endArray();
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private static void writeItem(JsonWriter w, SalesOrder.Item item) throws IOException {
    Map<String, @Nullable Object> extra = item.additionalFields();
    w.beginObject();
    for (Map.Entry<String, @Nullable Object> e : extra.entrySet()) {
      if (!writeItemField(w, item, e.getKey())) {
        w.name(e.getKey());
        JsonValues.writeValue(w, e.getValue());
      }
    }
    for (String field : ITEM_FIELDS) {
      if (!extra.containsKey(field)) {
        writeItemField(w, item, field);
      }
    }
    w.endObject();
  }

  private static boolean writeItemField(JsonWriter w, SalesOrder.Item item, String field)
      throws IOException {
    switch (field) {
      case "id" -> w.name(field).value(item.id());
      case "origin_id" -> w.name(field).value(item.originId());
      case "status" -> w.name(field).value(item.status());
      case "price" -> {
        SalesOrder.Price p = item.price();
        w.name(field).beginObject();
        w.name("base").value(p.base());
        w.name("discount").value(p.discount());
        w.name("gross").value(p.gross());
        w.name("net").value(p.net());
        w.name("tax").value(p.tax());
        w.endObject();
      }
      case "external_identifier" -> {
        SalesOrder.ExternalIdentifier x = item.externalIdentifier();
        w.name(field).beginObject();
        if (x.epc() != null) {
          w.name("epc").value(x.epc());
        }
        if (x.serialNumber() != null) {
          w.name("serial_number").value(x.serialNumber());
        }
        w.endObject();
      }
      case "product_attributes" -> {
        w.name(field);
        JsonValues.writeValue(w, item.productAttributes());
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes an availability response straight to JSON bytes: {@code {"availabilities": [{product_id,
   * external_identifier, fulfillment_location, atp}, ...]}}. Streams with a {@link JsonWriter}
   * instead of building a map per entry, because an ATP answer can hold thousands of entries.
   *
   * @param response the response
   * @return the UTF-8 JSON document
   */
  public static byte[] availabilityJson(AvailabilityResponse response) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject().name("availabilities").beginArray();
      for (AvailabilityResponse.Availability a : response.availabilities()) {
        writer
            .beginObject()
            .name("product_id")
            .value(a.productId())
            .name("external_identifier")
            .value(a.externalIdentifier())
            .name("fulfillment_location")
            .value(a.fulfillmentLocation())
            .name("atp")
            .value(a.atp())
            .endObject();
      }
      writer.endArray().endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /**
   * Writes one sales order.
   *
   * @param order the order
   * @return the JSON object
   */
  public static Map<String, @Nullable Object> order(SalesOrder order) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>(order.additionalFields());
    m.put("id", order.id());
    m.put("origin", order.origin().value());
    m.put("origin_id", order.originId());
    m.put("placed_at", order.placedAt());
    m.put("status", order.status());
    m.put("currency", order.currency());
    m.put("channel_type", order.channelType());
    m.put("fulfillment_type", order.fulfillmentType());
    List<Object> items = new ArrayList<>();
    for (SalesOrder.Item item : order.items()) {
      Map<String, @Nullable Object> i = new LinkedHashMap<>(item.additionalFields());
      i.put("id", item.id());
      i.put("origin_id", item.originId());
      i.put("status", item.status());
      Map<String, Object> price = new LinkedHashMap<>();
      price.put("base", item.price().base());
      price.put("discount", item.price().discount());
      price.put("gross", item.price().gross());
      price.put("net", item.price().net());
      price.put("tax", item.price().tax());
      i.put("price", price);
      Map<String, Object> identifier = new LinkedHashMap<>();
      if (item.externalIdentifier().epc() != null) {
        identifier.put("epc", item.externalIdentifier().epc());
      }
      if (item.externalIdentifier().serialNumber() != null) {
        identifier.put("serial_number", item.externalIdentifier().serialNumber());
      }
      i.put("external_identifier", identifier);
      i.put("product_attributes", item.productAttributes());
      items.add(i);
    }
    m.put("items", items);
    return m;
  }

  /**
   * Writes order details; {@code payment_history} only when {@code includePayments}.
   *
   * @param details the details
   * @param includePayments whether to write the payment history
   * @return the JSON object
   */
  public static Map<String, @Nullable Object> orderDetails(
      OrderDetails details, boolean includePayments) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>(details.additionalFields());
    m.putAll(order(details.order()));
    OrderDetails.Totals t = details.totals();
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("discount", t.discount());
    totals.put("gift_wrapping", t.giftWrapping());
    totals.put("gross", t.gross());
    totals.put("net", t.net());
    totals.put("shipping", t.shipping());
    totals.put("tax", t.tax());
    totals.put("total", t.total());
    m.put("totals", totals);
    if (details.customer() != null) {
      Map<String, @Nullable Object> c = new LinkedHashMap<>();
      c.put("id", details.customer().id());
      c.put("email", details.customer().email());
      c.put("name", details.customer().name());
      c.put("language", details.customer().language());
      c.values().removeIf(v -> v == null);
      m.put("customer", c);
    }
    if (details.billingAddress() != null) {
      m.put("billing_address", address(details.billingAddress()));
    }
    if (details.shippingAddress() != null) {
      m.put("shipping_address", address(details.shippingAddress()));
    }
    if (includePayments && !details.paymentHistory().isEmpty()) {
      List<Object> payments = new ArrayList<>();
      for (OrderDetails.Payment p : details.paymentHistory()) {
        Map<String, @Nullable Object> pm = new LinkedHashMap<>();
        pm.put("amount", p.amount());
        pm.put("category", p.category());
        pm.put("currency", p.currency());
        pm.put("method", p.method());
        if (p.paymentInformation() != null) {
          pm.put("payment_information", p.paymentInformation());
        }
        payments.add(pm);
      }
      m.put("payment_history", payments);
    } else {
      m.remove("payment_history");
    }
    return m;
  }

  private static Map<String, @Nullable Object> address(Address a) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>(a.unknownFields());
    putIfSet(m, "first_name", a.firstName());
    putIfSet(m, "last_name", a.lastName());
    putIfSet(m, "address_line_1", a.addressLine1());
    putIfSet(m, "address_line_2", a.addressLine2());
    putIfSet(m, "city", a.city());
    putIfSet(m, "state", a.state());
    putIfSet(m, "zip_code", a.zipCode());
    putIfSet(m, "country_code", a.countryCode());
    putIfSet(m, "phone", a.phone());
    return m;
  }

  private static void putIfSet(Map<String, @Nullable Object> m, String key, @Nullable String v) {
    if (v != null) {
      m.put(key, v);
    }
  }
}
