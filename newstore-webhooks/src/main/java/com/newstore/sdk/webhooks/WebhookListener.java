package com.newstore.sdk.webhooks;

/**
 * Observes every webhook delivery {@link NewStoreWebhooks} answers, for metrics and logs: the kind,
 * the status, the duration, whether it was a duplicate and whether the handler failed. Never a
 * header, a body, an id from the payload or a key.
 *
 * <pre>{@code
 * NewStoreWebhooks webhooks =
 *     NewStoreWebhooks.builder()
 *         .apiKey(apiKey)
 *         .fulfillmentRequestHandler(handler)
 *         .listener(delivery -> System.out.println(delivery))
 *         .build();
 * }</pre>
 *
 * <p>Called on the thread that handles the request, after the answer is ready and before it is
 * written: keep it fast. An exception it throws is logged and does not change the answer.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface WebhookListener {

  /**
   * Called once per request the dispatcher answered.
   *
   * @param delivery what happened
   */
  void onDelivery(WebhookDelivery delivery);
}
