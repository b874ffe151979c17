package com.newstore.sdk.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tells a handler about the call it is serving: which webhook, a correlation id for logs, when it
 * arrived, and by when NewStore stops waiting.
 *
 * @param kind the webhook being served
 * @param correlationId an id the SDK logs with every line about this call; quote it in your logs
 * @param receivedAt when the SDK received the call
 * @param deadline when the handler should have answered, derived from the timeout configured for
 *     this webhook in NewStore (minus a safety margin); null when NewStore documents none
 * @param request the raw request, for headers the SDK does not model
 */
public record WebhookContext(
    WebhookKind kind,
    String correlationId,
    Instant receivedAt,
    @Nullable Instant deadline,
    WebhookRequest request) {

  /**
   * Checks the components.
   *
   * @param kind see the record description
   * @param correlationId see the record description
   * @param receivedAt see the record description
   * @param deadline see the record description
   * @param request see the record description
   */
  public WebhookContext {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(correlationId, "correlationId == null");
    Objects.requireNonNull(receivedAt, "receivedAt == null");
    Objects.requireNonNull(request, "request == null");
  }

  /**
   * Returns the time left until the {@link #deadline()}, never negative.
   *
   * @param now the current time
   * @return the time left, or null when there is no deadline
   */
  public @Nullable Duration remaining(Instant now) {
    if (deadline == null) {
      return null;
    }
    Duration left = Duration.between(now, deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
