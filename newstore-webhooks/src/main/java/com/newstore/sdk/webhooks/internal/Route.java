package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookRequest;
import org.jspecify.annotations.Nullable;

/**
 * Serves one {@link com.newstore.sdk.webhooks.WebhookKind} after the dispatcher's checks passed:
 * parse the request (never throwing for bad input), invoke the integrator's handler, render its
 * answer. One instance per kind is built by {@code NewStoreWebhooksBuilder}; instances are
 * immutable and shared by every request.
 *
 * @param <T> the typed request the handler receives
 * @param <A> the handler's answer
 */
public abstract class Route<T, A> {
  private final boolean jsonBody;

  Route(boolean jsonBody) {
    this.jsonBody = jsonBody;
  }

  /** Whether the request carries a JSON body, so a wrong content type is a {@code 415}. */
  final boolean jsonBody() {
    return jsonBody;
  }

  /**
   * Parses the request.
   *
   * @param pathVariable the value of the route's {@code {id}} segment, or empty
   */
  abstract Parsed<T> parse(WebhookRequest request, String pathVariable, JsonLimits limits);

  /** Calls the handler; whatever it throws becomes a {@code 500}. Null is refused as a 500. */
  abstract @Nullable A invoke(T request, WebhookContext context) throws Exception;

  /** Turns the handler's answer into the HTTP answer. */
  abstract Reply render(T request, A answer, WebhookContext context);
}
