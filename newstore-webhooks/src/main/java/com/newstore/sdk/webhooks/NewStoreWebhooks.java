package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.ApiKeyCheck;
import com.newstore.sdk.webhooks.internal.Dispatcher;
import com.newstore.sdk.webhooks.internal.RouteTemplate;
import com.newstore.sdk.webhooks.internal.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
 *   <li>{@code 400 application/problem+json} for malformed JSON, JSON nested deeper than the limit,
 *       or a missing or mistyped field; the {@code field} member names it ({@code
 *       products[0].product_id}).
 *   <li>{@code 401} without detail for a missing or wrong api key; {@code 404} for an unknown path;
 *       {@code 405} for a wrong method; {@code 413} for a body over the limit; {@code 415} for a
 *       body that is not UTF-8 JSON.
 *   <li>{@code 500} with a generic message and a {@code correlation_id} when a handler throws; the
 *       exception is logged with the same id.
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
   * Event names the external OMS playbook recommends ignoring when syncing an external OMS with the
   * event stream ("{@code order_cancelled} or {@code order_pending} events"). The playbook names
   * them in that style; the stream's own spelling is dotted, so both are listed (unconfirmed).
   */
  public static final Set<String> RECOMMENDED_IGNORED_EVENTS =
      Set.of("order_cancelled", "order_pending", "order.cancelled", "order.pending");

  private final Dispatcher dispatcher;
  private final Settings settings;

  private NewStoreWebhooks(Settings settings) {
    this.settings = settings;
    this.dispatcher = new Dispatcher(settings);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Handles one request NewStore made. Never throws: every failure becomes an error response.
   *
   * @param request the request
   * @return the response to send back
   */
  public WebhookResponse handle(WebhookRequest request) {
    Objects.requireNonNull(request, "request == null");
    return WebhookResponse.adopt(dispatcher.handle(request));
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

  /**
   * Returns the served routes; never the api keys.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "NewStoreWebhooks" + routes();
  }

  /**
   * Builds {@link NewStoreWebhooks}. Register at least one handler and an api key for every
   * registered handler (a default with {@link #apiKey(String)} or one per kind). Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String defaultKey;
    private final Map<WebhookKind, String> keys = new EnumMap<>(WebhookKind.class);
    private AuthScheme authScheme = AuthScheme.BEARER_OR_RAW;
    private String routePrefix = "";
    private final Map<WebhookKind, String> routes = new EnumMap<>(WebhookKind.class);
    private final Map<WebhookKind, Duration> timeouts = new EnumMap<>(WebhookKind.class);
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxJsonDepth = DEFAULT_MAX_JSON_DEPTH;
    private @Nullable AvailabilityHandler availability;
    private @Nullable PurchaseHistoryHandler purchaseHistory;
    private @Nullable OrderDetailsHandler orderDetails;
    private @Nullable FulfillmentRequestHandler fulfillment;
    private @Nullable EventHandler events;
    private @Nullable DeduplicationStore deduplication;
    private final Set<String> ignoredEvents = new LinkedHashSet<>();
    private @Nullable Function<StreamEvent, String> eventKey;
    private Clock clock = Clock.systemUTC();

    private Builder() {
      timeouts.put(WebhookKind.AVAILABILITY, DEFAULT_AVAILABILITY_TIMEOUT);
      timeouts.put(WebhookKind.PURCHASE_HISTORY, DEFAULT_ORDER_WEBHOOK_TIMEOUT);
      timeouts.put(WebhookKind.ORDER_DETAILS, DEFAULT_ORDER_WEBHOOK_TIMEOUT);
    }

    /**
     * Sets the api key expected from NewStore for every webhook without its own key.
     *
     * @param apiKey the key configured in NewStore
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.defaultKey = requireKey(apiKey);
      return this;
    }

    /**
     * Sets the api key expected for one webhook: the ATP webhook key, the external order webhook
     * key (purchase history and order details), the DC key (fulfillment requests) or the event
     * stream key.
     *
     * @param kind the webhook
     * @param apiKey the key configured in NewStore for it
     * @return this builder
     */
    public Builder apiKey(WebhookKind kind, String apiKey) {
      keys.put(Objects.requireNonNull(kind, "kind == null"), requireKey(apiKey));
      return this;
    }

    private static String requireKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey is blank");
      }
      return apiKey;
    }

    /**
     * Sets how the key appears in the {@code Authorization} header; default {@link
     * AuthScheme#BEARER_OR_RAW}.
     *
     * @param scheme the scheme
     * @return this builder
     */
    public Builder authScheme(AuthScheme scheme) {
      this.authScheme = Objects.requireNonNull(scheme, "scheme == null");
      return this;
    }

    /**
     * Sets a prefix for every route, such as {@code /newstore}; default none.
     *
     * @param prefix the prefix
     * @return this builder
     */
    public Builder routePrefix(String prefix) {
      this.routePrefix = Objects.requireNonNull(prefix, "prefix == null");
      return this;
    }

    /**
     * Overrides one webhook's route (before the prefix); {@code ORDER_DETAILS} needs one {@code
     * {id}} segment.
     *
     * @param kind the webhook
     * @param route the route, such as {@code /atp}
     * @return this builder
     */
    public Builder route(WebhookKind kind, String route) {
      routes.put(
          Objects.requireNonNull(kind, "kind == null"),
          Objects.requireNonNull(route, "route == null"));
      return this;
    }

    /**
     * Sets the timeout configured in NewStore for a webhook, from which handlers get their {@link
     * WebhookContext#deadline()}; defaults: ATP 5 s, purchase history and order details 15 s.
     *
     * @param kind the webhook
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder timeout(WebhookKind kind, Duration timeout) {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      timeouts.put(kind, timeout);
      return this;
    }

    /**
     * Sets the largest body accepted; larger bodies get {@code 413}. Default 1 MiB.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes < 1: " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Sets the deepest JSON nesting accepted; deeper bodies get {@code 400}. Default 32, at most
     * 200.
     *
     * @param depth the limit, 1 to 200
     * @return this builder
     */
    public Builder maxJsonDepth(int depth) {
      if (depth < 1 || depth > 200) {
        throw new IllegalArgumentException("maxJsonDepth must be 1 to 200: " + depth);
      }
      this.maxJsonDepth = depth;
      return this;
    }

    /**
     * Registers the availability (ATP) handler.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder availabilityHandler(AvailabilityHandler handler) {
      this.availability = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /**
     * Registers the purchase history handler.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder purchaseHistoryHandler(PurchaseHistoryHandler handler) {
      this.purchaseHistory = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /**
     * Registers the order details handler.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder orderDetailsHandler(OrderDetailsHandler handler) {
      this.orderDetails = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /**
     * Registers the fulfillment request handler.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder fulfillmentRequestHandler(FulfillmentRequestHandler handler) {
      this.fulfillment = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /**
     * Registers the event stream handler.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder eventHandler(EventHandler handler) {
      this.events = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /**
     * Sets where delivered fulfillment request ids and event keys are remembered; default {@link
     * DeduplicationStore#inMemory(int) inMemory(10_000)}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder deduplicationStore(DeduplicationStore store) {
      this.deduplication = Objects.requireNonNull(store, "store == null");
      return this;
    }

    /**
     * Acknowledges the events the external OMS playbook recommends ignoring ({@link
     * #RECOMMENDED_IGNORED_EVENTS}) without calling the event handler.
     *
     * @return this builder
     */
    public Builder ignoreRecommendedEvents() {
      ignoredEvents.addAll(RECOMMENDED_IGNORED_EVENTS);
      return this;
    }

    /**
     * Acknowledges events with these names without calling the event handler.
     *
     * @param names the event names
     * @return this builder
     */
    public Builder ignoreEvents(String... names) {
      for (String name : names) {
        ignoredEvents.add(Objects.requireNonNull(name, "name == null"));
      }
      return this;
    }

    /**
     * Sets how an event's deduplication key is computed, for when you know the field NewStore uses
     * as the event's idempotency key (its name is not public). The default key is the event name
     * plus a SHA-256 of the canonical JSON envelope, so only byte-for-byte redeliveries (up to key
     * order and whitespace) are dropped. A null or empty key falls back to the default.
     *
     * <p>The default deliberately does not use the payload's {@code id}: that is the id of the
     * order, payment account or fulfillment request the event is about, and several distinct events
     * of one name can carry the same one (two {@code order.items_cancelled} for one order), so
     * keying on it could drop a real event and break at-least-once delivery. Supply a key only when
     * it identifies one delivery; the SDK then skips the canonical JSON and its SHA-256.
     *
     * <pre>{@code
     * builder.eventDeduplicationKey(e -> e.name() + ":" + e.payload().get("id"));
     * }</pre>
     *
     * @param key computes the key from the parsed event
     * @return this builder
     */
    public Builder eventDeduplicationKey(Function<StreamEvent, String> key) {
      this.eventKey = Objects.requireNonNull(key, "key == null");
      return this;
    }

    /**
     * Sets the clock used for deadlines; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Builds the dispatcher.
     *
     * @return the dispatcher
     * @throws IllegalStateException when no handler is registered, a registered handler has no api
     *     key, or two webhooks share a route
     */
    public NewStoreWebhooks build() {
      Map<WebhookKind, Object> handlers = new LinkedHashMap<>();
      putIfSet(handlers, WebhookKind.AVAILABILITY, availability);
      putIfSet(handlers, WebhookKind.PURCHASE_HISTORY, purchaseHistory);
      putIfSet(handlers, WebhookKind.ORDER_DETAILS, orderDetails);
      putIfSet(handlers, WebhookKind.FULFILLMENT_REQUEST, fulfillment);
      putIfSet(handlers, WebhookKind.EVENT, events);
      if (handlers.isEmpty()) {
        throw new IllegalStateException("register at least one handler");
      }
      Map<WebhookKind, RouteTemplate> templates = new EnumMap<>(WebhookKind.class);
      Map<WebhookKind, ApiKeyCheck> checks = new EnumMap<>(WebhookKind.class);
      Map<String, WebhookKind> seen = new HashMap<>();
      for (WebhookKind kind : handlers.keySet()) {
        String key = keys.getOrDefault(kind, defaultKey);
        if (key == null) {
          throw new IllegalStateException("no api key for " + kind + ": set apiKey(...)");
        }
        checks.put(kind, new ApiKeyCheck(key, authScheme));
        RouteTemplate template =
            RouteTemplate.of(routePrefix, routes.getOrDefault(kind, kind.defaultRoute()));
        String shape = template.template().replaceAll("\\{[^/]*}", "{}");
        WebhookKind clash = seen.put(shape, kind);
        if (clash != null) {
          throw new IllegalStateException(
              clash + " and " + kind + " share the route " + template.template());
        }
        if (kind == WebhookKind.ORDER_DETAILS && !shape.contains("{}")) {
          throw new IllegalStateException("the ORDER_DETAILS route needs an {id} segment");
        }
        templates.put(kind, template);
      }
      Settings settings =
          new Settings(
              templates,
              checks,
              timeouts,
              maxBodyBytes,
              maxJsonDepth,
              availability,
              purchaseHistory,
              orderDetails,
              fulfillment,
              events,
              deduplication != null ? deduplication : DeduplicationStore.inMemory(10_000),
              ignoredEvents,
              eventKey,
              clock);
      return new NewStoreWebhooks(settings);
    }

    private static void putIfSet(
        Map<WebhookKind, Object> handlers, WebhookKind kind, @Nullable Object handler) {
      if (handler != null) {
        handlers.put(kind, handler);
      }
    }

    /**
     * Returns the configured handler kinds; never the api keys.
     *
     * @return a short description
     */
    @Override
    public String toString() {
      return "NewStoreWebhooks.Builder{prefix=" + routePrefix + ", keys=<redacted>}";
    }
  }
}
