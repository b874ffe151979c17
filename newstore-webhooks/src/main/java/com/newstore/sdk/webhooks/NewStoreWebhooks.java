package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.Dispatcher;
import com.newstore.sdk.webhooks.internal.Replies;
import com.newstore.sdk.webhooks.internal.Settings;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Serves the webhooks NewStore calls: routes each {@link WebhookRequest} by path to the handler
 * registered for it, checks the api key, limits and content type, parses the JSON, calls the
 * handler and turns the outcome into a {@link WebhookResponse}. Framework-free: adapters (such as
 * {@link JdkHttpServerAdapter}) only copy requests in and responses out.
 *
 * <pre>{@code
 * NewStoreWebhooks webhooks = NewStoreWebhooks.builder()
 *     .apiKey(System.getenv("NEWSTORE_WEBHOOK_KEY"))
 *     .routePrefix("/newstore")
 *     .fulfillmentRequestHandler((request, context) -> wms.enqueue(request))
 *     .eventHandler(event -> log.info(event.name()))
 *     .build();
 * try (var server = JdkHttpServerAdapter.start(webhooks, new InetSocketAddress(8080))) {
 *   ...
 * }
 * }</pre>
 *
 * <h2>Responses</h2>
 *
 * <ul>
 *   <li>{@code 200} with the handler's JSON answer ({@code {}} for fulfillment requests and
 *       events).
 *   <li>{@code 400 application/problem+json} for malformed JSON, bytes that are not strict UTF-8
 *       (never replaced by U+FFFD), nesting deeper than {@link
 *       NewStoreWebhooksBuilder#maxJsonDepth}, a string over 65,536 chars, a number over 64 chars
 *       or with an exponent beyond ±64, an ATP request asking for more pairs than {@link
 *       NewStoreWebhooksBuilder#maxAvailabilityPairs}, or a missing or mistyped field; the {@code
 *       field} member names it ({@code products[0].product_id}).
 *   <li>{@code 401} without detail for a missing or wrong api key, or one in another form than the
 *       kind accepts ({@link WebhookKind#documentedAuthScheme()}); {@code 404} for an unknown path;
 *       {@code 405} for a wrong method; {@code 413} for a body over the limit; {@code 415} for a
 *       body that is not UTF-8 JSON.
 *   <li>{@code 500} with a generic message and a {@code correlation_id} when a handler throws (an
 *       {@link Error} such as {@link StackOverflowError} included) or returns null, or answers an
 *       order NewStore's schema rejects; the cause is logged with the same id, naming the member,
 *       never its value.
 * </ul>
 *
 * <p>{@link #handle} never throws. Every error body is problem+json, and no response or log line
 * holds an api key, a body or a query string. Instances are immutable and thread-safe: build one
 * and share it.
 */
public final class NewStoreWebhooks {
  /** The default body size limit: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /** The default JSON nesting limit; NewStore's documents nest far less. */
  public static final int DEFAULT_MAX_JSON_DEPTH = 32;

  /** The default ATP timeout: 5 s, the smallest NewStore allows, as the SDK cannot see yours. */
  public static final Duration DEFAULT_AVAILABILITY_TIMEOUT = Duration.ofSeconds(5);

  /** The external order webhook's default timeout in NewStore: 15 s (at most 25 s). */
  public static final Duration DEFAULT_ORDER_WEBHOOK_TIMEOUT = Duration.ofSeconds(15);

  /**
   * The most product × location pairs one ATP request may ask for by default: 50,000, a 50-item
   * cart across 1,000 locations, an answer of about 5 MB. The SDK answers every pair (filling in
   * {@code atp: 0}), so without a bound a 29 KB request of 1000 × 1000 becomes a 95 MB answer.
   */
  public static final int DEFAULT_MAX_AVAILABILITY_PAIRS = 50_000;

  /**
   * The events the external OMS playbook recommends ignoring, spelled as it spells them. No
   * documented event has these names, so ignoring them drops nothing NewStore is known to send;
   * {@code order.cancelled} is deliberately absent, as the external OMS re-routes cancelled store
   * orders from it.
   */
  public static final Set<String> RECOMMENDED_IGNORED_EVENTS =
      Set.of("order_cancelled", "order_pending");

  private final Dispatcher dispatcher;
  private final Settings settings;

  NewStoreWebhooks(Settings settings) {
    this.settings = settings;
    this.dispatcher = new Dispatcher(settings);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static NewStoreWebhooksBuilder builder() {
    return new NewStoreWebhooksBuilder();
  }

  /**
   * Handles one request NewStore made. Never throws: every failure becomes an error response.
   *
   * @param request the request
   * @return the response to send back
   */
  public WebhookResponse handle(WebhookRequest request) {
    Objects.requireNonNull(request, "request == null");
    try {
      return WebhookResponse.adopt(dispatcher.handle(request));
    } catch (Throwable e) { // an Error while wrapping: this request fails, not the server
      return WebhookResponse.adopt(Replies.lastResort());
    }
  }

  /**
   * Returns the body size limit, so adapters can stop reading a body early.
   *
   * @return the limit in bytes
   */
  public int maxBodyBytes() {
    return settings.maxBodyBytes();
  }

  /**
   * Returns the route served for every registered handler, prefix included.
   *
   * @return kind to route template, such as {@code ORDER_DETAILS -> /newstore/orders/{id}}
   */
  public Map<WebhookKind, String> routes() {
    Map<WebhookKind, String> out = new EnumMap<>(WebhookKind.class);
    settings.routes().forEach((k, v) -> out.put(k, v.template()));
    return Collections.unmodifiableMap(out);
  }

  @Override // the served routes; never the api keys
  public String toString() {
    return "NewStoreWebhooks" + routes();
  }
}
