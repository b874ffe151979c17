package com.newstore.sdk.webhooks;

/**
 * Says how the api key is expected in the {@code Authorization} header of NewStore's calls. Each
 * {@link WebhookKind} defaults to the form NewStore documents for it ({@link
 * WebhookKind#documentedAuthScheme()}): the raw key for ATP, {@code Bearer <key>} for fulfillment
 * requests and event deliveries, either for the external order webhook (undocumented). Override one
 * kind with {@link NewStoreWebhooksBuilder#authScheme(WebhookKind, AuthScheme)}.
 */
public enum AuthScheme {
  /** Accepts only {@code Authorization: Bearer <key>}. */
  BEARER,
  /** Accepts only {@code Authorization: <key>}. */
  RAW,
  /** Accepts {@code Bearer <key>} and the bare key. */
  BEARER_OR_RAW
}
