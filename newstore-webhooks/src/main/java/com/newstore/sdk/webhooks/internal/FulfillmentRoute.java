package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.DeduplicationStore;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookRequest;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Fulfillment requests: deduplicated by {@code id} (NewStore retries a failed POST 3 times and
 * re-sends daily after a configuration fix), acknowledged with {@code 200 {}}. A handler failure
 * releases the id, so NewStore's retry is delivered again.
 */
public final class FulfillmentRoute extends Route<FulfillmentRequest, Boolean> {
  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  private final FulfillmentRequestHandler handler;
  private final DeduplicationStore deduplication;

  /**
   * Creates the route.
   *
   * @param handler the integrator's handler
   * @param deduplication where delivered ids are remembered
   */
  public FulfillmentRoute(FulfillmentRequestHandler handler, DeduplicationStore deduplication) {
    super(true);
    this.handler = Objects.requireNonNull(handler, "handler == null");
    this.deduplication = Objects.requireNonNull(deduplication, "deduplication == null");
  }

  @Override
  Parsed<FulfillmentRequest> parse(WebhookRequest request, String unused, JsonLimits limits) {
    return Parsed.json(request, limits, RequestMapper::fulfillmentRequest);
  }

  @Override
  Boolean invoke(FulfillmentRequest request, WebhookContext context) throws Exception {
    String key = "fulfillment_request:" + request.id();
    if (!deduplication.claim(key)) {
      LOG.log(Level.DEBUG, () -> "Duplicate fulfillment request " + request.id() + " acknowledged");
      return Boolean.FALSE;
    }
    try {
      handler.fulfillmentRequest(request, context);
    } catch (Throwable e) {
      deduplication.release(key);
      throw e;
    }
    return Boolean.TRUE;
  }

  @Override
  Reply render(FulfillmentRequest request, Boolean delivered, WebhookContext context) {
    return Replies.emptyJson();
  }
}
