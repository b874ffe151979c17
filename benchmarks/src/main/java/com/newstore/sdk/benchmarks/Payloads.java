package com.newstore.sdk.benchmarks;

import java.nio.charset.StandardCharsets;

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

  /** The bearer token both sides send. */
  static final String TOKEN = "bench-token";

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
