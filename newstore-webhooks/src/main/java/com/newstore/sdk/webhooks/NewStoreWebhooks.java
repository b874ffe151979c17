package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.ApiKeyCheck;
import com.newstore.sdk.webhooks.internal.Dispatcher;
import com.newstore.sdk.webhooks.internal.JsonLimits;
import com.newstore.sdk.webhooks.internal.Replies;
import com.newstore.sdk.webhooks.internal.Route;
import com.newstore.sdk.webhooks.internal.RouteTemplate;
import com.newstore.sdk.webhooks.internal.Routes;
import com.newstore.sdk.webhooks.internal.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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
 *   <li>{@code 400 application/problem+json} for malformed JSON, bytes that are not strict UTF-8
 *       (never replaced by U+FFFD), nesting deeper than {@link Builder#maxJsonDepth}, a string over
 *       65,536 chars, a number over 64 chars or with an exponent beyond ±64, an ATP request asking
 *       for more pairs than {@link Builder#maxAvailabilityPairs}, or a missing or mistyped field;
 *       the {@code field} member names it ({@code products[0].product_id}).
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

  /** NewStore's minimum length of the ATP webhook's api key (AvailabilityWebhookConfig). */
  private static final int MIN_AVAILABILITY_KEY_LENGTH = 20;

  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

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

  /**
   * Builds {@link NewStoreWebhooks}. Register at least one handler and an api key for every
   * registered handler (a default with {@link #apiKey(String)} or one per kind). Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String defaultKey;
    private final Map<WebhookKind, String> keys = new EnumMap<>(WebhookKind.class);
    private final Map<WebhookKind, AuthScheme> authSchemes = new EnumMap<>(WebhookKind.class);
    private int maxAvailabilityPairs = DEFAULT_MAX_AVAILABILITY_PAIRS;
    private String routePrefix = "";
    private final Map<WebhookKind, String> routes = new EnumMap<>(WebhookKind.class);
    private final Map<WebhookKind, Duration> timeouts =
        new EnumMap<>(
            Map.of(
                WebhookKind.AVAILABILITY, DEFAULT_AVAILABILITY_TIMEOUT,
                WebhookKind.PURCHASE_HISTORY, DEFAULT_ORDER_WEBHOOK_TIMEOUT,
                WebhookKind.ORDER_DETAILS, DEFAULT_ORDER_WEBHOOK_TIMEOUT));
    private final Set<WebhookKind> explicitTimeouts = EnumSet.noneOf(WebhookKind.class);
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
    private @Nullable WebhookListener listener;

    private Builder() {}

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
     * stream key. NewStore requires an ATP key of at least 20 characters, so a shorter one is
     * refused here for {@link WebhookKind#AVAILABILITY} (and by {@link #build()} when it is the
     * default key of a registered ATP handler).
     *
     * @param kind the webhook
     * @param apiKey the key configured in NewStore for it
     * @return this builder
     * @throws IllegalArgumentException when the key is blank, or shorter than 20 characters for
     *     {@link WebhookKind#AVAILABILITY}
     */
    public Builder apiKey(WebhookKind kind, String apiKey) {
      Objects.requireNonNull(kind, "kind == null");
      String key = requireKey(apiKey);
      if (kind == WebhookKind.AVAILABILITY && key.length() < MIN_AVAILABILITY_KEY_LENGTH) {
        throw new IllegalArgumentException(shortAvailabilityKey(key));
      }
      keys.put(kind, key);
      return this;
    }

    private static String shortAvailabilityKey(String key) {
      return "the ATP (AVAILABILITY) api key is "
          + key.length()
          + " characters long, but NewStore requires at least "
          + MIN_AVAILABILITY_KEY_LENGTH
          + " (AvailabilityWebhookConfig refuses a shorter one): register a key of 20 characters"
          + " or more in NewStore and pass the same key here";
    }

    private static String requireKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey is blank");
      }
      return apiKey;
    }

    /**
     * Sets how one webhook's key must appear in the {@code Authorization} header. The default is
     * the form NewStore documents for the kind ({@link WebhookKind#documentedAuthScheme()}): raw
     * for ATP, {@code Bearer} for fulfillment requests and events, either for the external order
     * webhook. Pass {@link AuthScheme#BEARER_OR_RAW} to accept both forms for a kind, for example
     * behind a gateway that rewrites the header.
     *
     * @param kind the webhook
     * @param scheme the accepted form
     * @return this builder
     */
    public Builder authScheme(WebhookKind kind, AuthScheme scheme) {
      authSchemes.put(
          Objects.requireNonNull(kind, "kind == null"),
          Objects.requireNonNull(scheme, "scheme == null"));
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
     * <p>NewStore keeps the ATP timeout in {@code AvailabilityWebhookConfig}; pass the same value
     * here (one constant for both, or read it back from NewStore) so that the handler's deadline is
     * NewStore's. {@link #build()} logs a warning when an ATP handler is registered without it.
     *
     * <pre>{@code
     * Duration registered =
     *     client.availabilityConfig().webhook().get().orElseThrow().value().timeout();
     * builder.timeout(WebhookKind.AVAILABILITY, registered);
     * }</pre>
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
      explicitTimeouts.add(kind);
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
     * Sets the most product × location pairs one ATP request may ask for; a request asking for more
     * gets {@code 400} before the handler runs (NewStore then assumes nothing is available).
     * Default {@value NewStoreWebhooks#DEFAULT_MAX_AVAILABILITY_PAIRS}.
     *
     * @param pairs the limit, at least 1
     * @return this builder
     */
    public Builder maxAvailabilityPairs(int pairs) {
      if (pairs < 1) {
        throw new IllegalArgumentException("maxAvailabilityPairs < 1: " + pairs);
      }
      this.maxAvailabilityPairs = pairs;
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
     * Registers the fulfillment request handler as a one-argument lambda, as {@link
     * #eventHandler(EventHandler)} takes one, for a handler that needs no {@link WebhookContext}:
     * {@code fulfillmentRequestHandler(request -> wms.enqueue(request))}.
     *
     * @param handler called once per request id; what it throws makes the SDK answer 500
     * @return this builder
     */
    public Builder fulfillmentRequestHandler(Consumer<FulfillmentRequest> handler) {
      Objects.requireNonNull(handler, "handler == null");
      this.fulfillment = (request, context) -> handler.accept(request);
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
     * Acknowledges the events the external OMS playbook recommends ignoring without calling the
     * event handler: exactly {@code order_cancelled} and {@code order_pending}, the playbook's
     * spelling ({@link NewStoreWebhooks#RECOMMENDED_IGNORED_EVENTS}). No documented event has these
     * names, so this drops nothing NewStore is known to send; in particular {@code order.cancelled}
     * and {@code order.items_cancelled} always reach the handler, since the external OMS re-routes
     * cancelled store orders from them. To drop a real event, name it with {@link #ignoreEvents}.
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
     * Sets how an event's deduplication key is computed, for when you know the member NewStore uses
     * as the event's idempotency key (its name is not public). The default key is the event name
     * plus a SHA-256 of the canonical JSON envelope, so only redeliveries equal up to member order
     * and whitespace are dropped; a null or empty key falls back to it. The payload's {@code id} is
     * not one delivery's key: two {@code order.items_cancelled} for one order share it.
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
     * Sets the listener told of every delivery (see {@link WebhookListener}); none by default.
     *
     * @param listener a fast, thread-safe listener
     * @return this builder
     */
    public Builder listener(WebhookListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
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
     *     key, the ATP handler's key is shorter than NewStore's 20 characters, or two webhooks
     *     share a route
     */
    public NewStoreWebhooks build() {
      DeduplicationStore store =
          deduplication != null ? deduplication : DeduplicationStore.inMemory(10_000);
      Map<WebhookKind, Route<?, ?>> handlers =
          Routes.of(
              availability,
              purchaseHistory,
              orderDetails,
              fulfillment,
              events,
              new Routes.Options(store, maxAvailabilityPairs, ignoredEvents, eventKey));
      if (handlers.isEmpty()) {
        throw new IllegalStateException("register at least one handler");
      }
      if (handlers.containsKey(WebhookKind.AVAILABILITY)) {
        String atpKey = keys.getOrDefault(WebhookKind.AVAILABILITY, defaultKey);
        if (atpKey != null && atpKey.length() < MIN_AVAILABILITY_KEY_LENGTH) {
          throw new IllegalStateException(shortAvailabilityKey(atpKey));
        }
        if (!explicitTimeouts.contains(WebhookKind.AVAILABILITY)) {
          LOG.log(
              System.Logger.Level.WARNING,
              "The ATP handler's deadline is the default of "
                  + DEFAULT_AVAILABILITY_TIMEOUT.toSeconds()
                  + " s, whatever timeout AvailabilityWebhookConfig registered in NewStore: pass"
                  + " the registered one with timeout(WebhookKind.AVAILABILITY, ...), for example"
                  + " read back from client.availabilityConfig().webhook().get()");
        }
      }
      return new NewStoreWebhooks(
          new Settings(
              RouteTemplate.forKinds(handlers.keySet(), routePrefix, routes),
              ApiKeyCheck.forKinds(handlers.keySet(), keys, defaultKey, authSchemes),
              handlers,
              timeouts,
              maxBodyBytes,
              JsonLimits.withDepth(maxJsonDepth),
              clock,
              listener));
    }

    @Override // never the api keys
    public String toString() {
      return "NewStoreWebhooks.Builder{prefix=" + routePrefix + ", keys=<redacted>}";
    }
  }
}
