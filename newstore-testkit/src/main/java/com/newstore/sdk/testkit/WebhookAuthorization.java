package com.newstore.sdk.testkit;

/**
 * How the {@link WebhookSender} puts the configured api key in the {@code Authorization} header.
 */
public enum WebhookAuthorization {
  /** {@code Authorization: Bearer <key>}: fulfillment requests and event deliveries. */
  BEARER,
  /** {@code Authorization: <key>}, the raw key: availability (ATP) requests. */
  RAW
}
