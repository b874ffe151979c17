package com.newstore.sdk.benchmarks;

import java.nio.charset.StandardCharsets;

/** The webhook request bodies both the SDK dispatcher and the hand-written baseline receive. */
final class WebhookPayloads {
  private WebhookPayloads() {}

  /** The api key NewStore sends. */
  static final String API_KEY = "whk_live_0123456789abcdef0123456789abcdef";

  /**
   * The {@code Authorization} header NewStore sends for a benchmark kind: the raw key for ATP,
   * {@code Bearer <key>} for events and (undocumented, either is accepted) the order webhook.
   */
  static String authorization(String kind) {
    return kind.equals("atp") ? API_KEY : "Bearer " + API_KEY;
  }

  /** Products in the ATP request. */
  static final int ATP_PRODUCTS = 100;

  /** Fulfillment locations in the ATP request; products × locations = 1,000 pairs. */
  static final int ATP_LOCATIONS = 10;

  /** Orders in the purchase history answer. */
  static final int ORDERS = 100;

  /** Distinct events cycled through; more than the SDK's default de-duplication window. */
  static final int EVENTS = 16_384;

  /** The ATP request for {@link #ATP_PRODUCTS} × {@link #ATP_LOCATIONS} pairs. */
  static byte[] availabilityRequest() {
    StringBuilder b = new StringBuilder("{\"products\":[");
    for (int i = 0; i < ATP_PRODUCTS; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"product_id\":\"sku-")
          .append(10_000 + i)
          .append("\",\"external_identifier\":\"product_id\"}");
    }
    b.append("],\"fulfillment_locations\":[");
    for (int i = 0; i < ATP_LOCATIONS; i++) {
      b.append(i == 0 ? "" : ",").append("\"store-").append(100 + i).append('"');
    }
    return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The available-to-promise quantity the handler answers for a pair. */
  static int atp(String productId, String location) {
    return Math.floorMod(productId.hashCode() * 31 + location.hashCode(), 50);
  }

  /** An {@code order.created} event whose order id is {@code n}. */
  static byte[] event(int n) {
    return ("{\"tenant\":\"acme\",\"name\":\"order.created\",\"published_at\":"
            + "\"2026-11-26T10:15:30.123Z\",\"payload\":{\"id\":\"order-"
            + n
            + "\",\"external_id\":\"EXT-"
            + n
            + "\",\"status\":\"created\",\"channel_type\":\"web\",\"currency\":\"USD\","
            + "\"placed_at\":\"2026-11-26T10:15:29Z\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
