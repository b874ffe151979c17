package com.newstore.sdk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The request and answer bodies shared by every SDK benchmark and its baseline. */
final class Payloads {
  private Payloads() {}

  /** Relative path of the sales order grace period (the SDK's default, unconfirmed). */
  static final String GRACE_PERIOD_PATH = "v0/config/sales_order/grace_period";

  /** A {@code GET grace_period} answer: the value, its JSON schema and when it changed. */
  static final byte[] GRACE_PERIOD_ANSWER =
      utf8(
          "{\"schema\":{\"type\":\"integer\",\"minimum\":0,\"description\":\"Grace period in"
              + " seconds\"},\"value\":300,\"updated_at\":\"2026-11-26T10:00:00Z\"}");

  /** The fulfillment request both sides ship. */
  static final String REQUEST_ID = "fr-0001";

  /** Relative path of the shipment update for {@link #REQUEST_ID}. */
  static final String SHIPMENT_PATH = "v0/d/fulfillment_requests/" + REQUEST_ID + "/shipment";

  /** The products shipped, in one line item. */
  static final List<String> SHIPPED_PRODUCTS = List.of("sku-1001", "sku-1002", "sku-1003");

  /** The tracking code of the shipment. */
  static final String TRACKING_CODE = "1Z999AA10123456784";

  /** The carrier of the shipment. */
  static final String CARRIER = "UPS";

  /** The bearer token both sides send. */
  static final String TOKEN = "bench-token";

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
