package com.newstore.sdk.webhooks;

/**
 * Says how the api key is expected in the {@code Authorization} header of NewStore's calls.
 * NewStore documents {@code Bearer} for fulfillment requests and does not say for the other
 * webhooks, so the default accepts both forms.
 */
public enum AuthScheme {
  /** Accepts only {@code Authorization: Bearer <key>}. */
  BEARER,
  /** Accepts only {@code Authorization: <key>}. */
  RAW,
  /** Accepts {@code Bearer <key>} and the bare key (the default). */
  BEARER_OR_RAW
}
