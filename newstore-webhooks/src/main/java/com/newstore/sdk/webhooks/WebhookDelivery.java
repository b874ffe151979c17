package com.newstore.sdk.webhooks;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One webhook request as {@link WebhookListener#onDelivery(WebhookDelivery)} reports it.
 *
 * @param kind the webhook the path matched, or empty when no route matched (answered 404)
 * @param method the HTTP method
 * @param status the status of the answer
 * @param duration the time from the start of dispatch to the answer, the handler included
 * @param duplicate true when the delivery was acknowledged without calling the handler because it
 *     had been handled before (fulfillment requests and events are deduplicated)
 * @param handlerFailed true when the handler threw or returned nothing (answered 500)
 */
public record WebhookDelivery(
    Optional<WebhookKind> kind,
    String method,
    int status,
    Duration duration,
    boolean duplicate,
    boolean handlerFailed) {

  /**
   * Checks the members.
   *
   * @param kind see the record description
   * @param method see the record description
   * @param status see the record description
   * @param duration see the record description
   * @param duplicate see the record description
   * @param handlerFailed see the record description
   */
  public WebhookDelivery {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(duration, "duration == null");
  }
}
