package com.newstore.sdk.webhooks;

/**
 * Receives the fulfillment requests NewStore routes to a DC or fulfillment provider.
 *
 * <p>NewStore retries a failed POST 3 times, so the same request can arrive more than once. The SDK
 * deduplicates deliveries by request {@code id} through the {@link DeduplicationStore}: a request
 * already handled successfully is acknowledged without calling this handler again. When the handler
 * throws, the SDK answers 500 and releases the id, so NewStore's retry is handled.
 *
 * <p>Store the request and answer quickly; accept, reject or ship it later through the Fulfillment
 * Provider API ({@code newstore-fulfillment-provider}). The SDK answers {@code 200 {}}.
 *
 * <pre>{@code
 * FulfillmentRequestHandler dc = (request, context) -> wms.enqueue(request.id(), request.items());
 * }</pre>
 */
@FunctionalInterface
public interface FulfillmentRequestHandler {
  /**
   * Handles one fulfillment request, once per request id.
   *
   * @param request the fulfillment request
   * @param context the call's correlation id
   * @throws Exception any failure; the SDK answers 500 and NewStore retries
   */
  void fulfillmentRequest(FulfillmentRequest request, WebhookContext context) throws Exception;
}
