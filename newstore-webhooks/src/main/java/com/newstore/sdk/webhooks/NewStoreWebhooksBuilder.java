package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.ApiKeyCheck;
import com.newstore.sdk.webhooks.internal.JsonLimits;
import com.newstore.sdk.webhooks.internal.KeyRules;
import com.newstore.sdk.webhooks.internal.Route;
import com.newstore.sdk.webhooks.internal.RouteTemplate;
import com.newstore.sdk.webhooks.internal.Routes;
import com.newstore.sdk.webhooks.internal.Settings;
import java.time.Clock;
import java.time.Duration;
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
 * Builds {@link NewStoreWebhooks}. Register at least one handler and an api key for every
 * registered handler (a default with {@link #apiKey(String)} or one per kind). Not thread-safe.
 */
public final class NewStoreWebhooksBuilder {
  private @Nullable String defaultKey;
  private final Map<WebhookKind, String> keys = new EnumMap<>(WebhookKind.class);
  private final Map<WebhookKind, AuthScheme> authSchemes = new EnumMap<>(WebhookKind.class);
  private int maxAvailabilityPairs = NewStoreWebhooks.DEFAULT_MAX_AVAILABILITY_PAIRS;
  private String routePrefix = "";
  private final Map<WebhookKind, String> routes = new EnumMap<>(WebhookKind.class);
  private final Map<WebhookKind, Duration> timeouts =
      new EnumMap<>(
          Map.of(
              WebhookKind.AVAILABILITY, NewStoreWebhooks.DEFAULT_AVAILABILITY_TIMEOUT,
              WebhookKind.PURCHASE_HISTORY, NewStoreWebhooks.DEFAULT_ORDER_WEBHOOK_TIMEOUT,
              WebhookKind.ORDER_DETAILS, NewStoreWebhooks.DEFAULT_ORDER_WEBHOOK_TIMEOUT));
  private final Set<WebhookKind> explicitTimeouts = EnumSet.noneOf(WebhookKind.class);
  private int maxBodyBytes = NewStoreWebhooks.DEFAULT_MAX_BODY_BYTES;
  private int maxJsonDepth = NewStoreWebhooks.DEFAULT_MAX_JSON_DEPTH;
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

  NewStoreWebhooksBuilder() {}

  /**
   * Sets the api key expected from NewStore for every webhook without its own key.
   *
   * @param apiKey the key configured in NewStore
   * @return this builder
   */
  public NewStoreWebhooksBuilder apiKey(String apiKey) {
    this.defaultKey = KeyRules.requireKey(apiKey);
    return this;
  }

  /**
   * Sets the api key expected for one webhook: the ATP webhook key, the external order webhook key
   * (purchase history and order details), the DC key (fulfillment requests) or the event stream
   * key. NewStore requires an ATP key of at least 20 characters, so a shorter one is refused here
   * for {@link WebhookKind#AVAILABILITY} (and by {@link #build()} when it is the default key of a
   * registered ATP handler).
   *
   * @param kind the webhook
   * @param apiKey the key configured in NewStore for it
   * @return this builder
   * @throws IllegalArgumentException when the key is blank, or shorter than 20 characters for
   *     {@link WebhookKind#AVAILABILITY}
   */
  public NewStoreWebhooksBuilder apiKey(WebhookKind kind, String apiKey) {
    Objects.requireNonNull(kind, "kind == null");
    String key = KeyRules.requireKey(apiKey);
    if (kind == WebhookKind.AVAILABILITY) {
      KeyRules.checkAvailabilityKey(key, IllegalArgumentException::new);
    }
    keys.put(kind, key);
    return this;
  }

  /**
   * Sets how one webhook's key must appear in the {@code Authorization} header. The default is the
   * form NewStore documents for the kind ({@link WebhookKind#documentedAuthScheme()}): raw for ATP,
   * {@code Bearer} for fulfillment requests and events, either for the external order webhook. Pass
   * {@link AuthScheme#BEARER_OR_RAW} to accept both forms for a kind, for example behind a gateway
   * that rewrites the header.
   *
   * @param kind the webhook
   * @param scheme the accepted form
   * @return this builder
   */
  public NewStoreWebhooksBuilder authScheme(WebhookKind kind, AuthScheme scheme) {
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
  public NewStoreWebhooksBuilder routePrefix(String prefix) {
    this.routePrefix = Objects.requireNonNull(prefix, "prefix == null");
    return this;
  }

  /**
   * Overrides one webhook's route (before the prefix); {@code ORDER_DETAILS} needs one {@code {id}}
   * segment.
   *
   * @param kind the webhook
   * @param route the route, such as {@code /atp}
   * @return this builder
   */
  public NewStoreWebhooksBuilder route(WebhookKind kind, String route) {
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
  public NewStoreWebhooksBuilder timeout(WebhookKind kind, Duration timeout) {
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
  public NewStoreWebhooksBuilder maxBodyBytes(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes < 1: " + bytes);
    }
    this.maxBodyBytes = bytes;
    return this;
  }

  /**
   * Sets the deepest JSON nesting accepted; deeper bodies get {@code 400}. Default 32, at most 200.
   *
   * @param depth the limit, 1 to 200
   * @return this builder
   */
  public NewStoreWebhooksBuilder maxJsonDepth(int depth) {
    if (depth < 1 || depth > 200) {
      throw new IllegalArgumentException("maxJsonDepth must be 1 to 200: " + depth);
    }
    this.maxJsonDepth = depth;
    return this;
  }

  /**
   * Sets the most product × location pairs one ATP request may ask for; a request asking for more
   * gets {@code 400} before the handler runs (NewStore then assumes nothing is available). Default
   * {@value NewStoreWebhooks#DEFAULT_MAX_AVAILABILITY_PAIRS}.
   *
   * @param pairs the limit, at least 1
   * @return this builder
   */
  public NewStoreWebhooksBuilder maxAvailabilityPairs(int pairs) {
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
  public NewStoreWebhooksBuilder availabilityHandler(AvailabilityHandler handler) {
    this.availability = Objects.requireNonNull(handler, "handler == null");
    return this;
  }

  /**
   * Registers the purchase history handler.
   *
   * @param handler the handler
   * @return this builder
   */
  public NewStoreWebhooksBuilder purchaseHistoryHandler(PurchaseHistoryHandler handler) {
    this.purchaseHistory = Objects.requireNonNull(handler, "handler == null");
    return this;
  }

  /**
   * Registers the order details handler.
   *
   * @param handler the handler
   * @return this builder
   */
  public NewStoreWebhooksBuilder orderDetailsHandler(OrderDetailsHandler handler) {
    this.orderDetails = Objects.requireNonNull(handler, "handler == null");
    return this;
  }

  /**
   * Registers the fulfillment request handler.
   *
   * @param handler the handler
   * @return this builder
   */
  public NewStoreWebhooksBuilder fulfillmentRequestHandler(FulfillmentRequestHandler handler) {
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
  public NewStoreWebhooksBuilder fulfillmentRequestHandler(Consumer<FulfillmentRequest> handler) {
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
  public NewStoreWebhooksBuilder eventHandler(EventHandler handler) {
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
  public NewStoreWebhooksBuilder deduplicationStore(DeduplicationStore store) {
    this.deduplication = Objects.requireNonNull(store, "store == null");
    return this;
  }

  /**
   * Acknowledges the events the external OMS playbook recommends ignoring without calling the event
   * handler: exactly {@code order_cancelled} and {@code order_pending}, the playbook's spelling
   * ({@link NewStoreWebhooks#RECOMMENDED_IGNORED_EVENTS}). No documented event has these names, so
   * this drops nothing NewStore is known to send; in particular {@code order.cancelled} and {@code
   * order.items_cancelled} always reach the handler, since the external OMS re-routes cancelled
   * store orders from them. To drop a real event, name it with {@link #ignoreEvents}.
   *
   * @return this builder
   */
  public NewStoreWebhooksBuilder ignoreRecommendedEvents() {
    ignoredEvents.addAll(NewStoreWebhooks.RECOMMENDED_IGNORED_EVENTS);
    return this;
  }

  /**
   * Acknowledges events with these names without calling the event handler.
   *
   * @param names the event names
   * @return this builder
   */
  public NewStoreWebhooksBuilder ignoreEvents(String... names) {
    for (String name : names) {
      ignoredEvents.add(Objects.requireNonNull(name, "name == null"));
    }
    return this;
  }

  /**
   * Sets how an event's deduplication key is computed, for when you know the member NewStore uses
   * as the event's idempotency key (its name is not public). The default key is the event name plus
   * a SHA-256 of the canonical JSON envelope, so only redeliveries equal up to member order and
   * whitespace are dropped; a null or empty key falls back to it. The payload's {@code id} is not
   * one delivery's key: two {@code order.items_cancelled} for one order share it.
   *
   * <pre>{@code
   * builder.eventDeduplicationKey(e -> e.name() + ":" + e.payload().get("id"));
   * }</pre>
   *
   * @param key computes the key from the parsed event
   * @return this builder
   */
  public NewStoreWebhooksBuilder eventDeduplicationKey(Function<StreamEvent, String> key) {
    this.eventKey = Objects.requireNonNull(key, "key == null");
    return this;
  }

  /**
   * Sets the listener told of every delivery (see {@link WebhookListener}); none by default.
   *
   * @param listener a fast, thread-safe listener
   * @return this builder
   */
  public NewStoreWebhooksBuilder listener(WebhookListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener == null");
    return this;
  }

  /**
   * Sets the clock used for deadlines; for tests.
   *
   * @param clock the clock
   * @return this builder
   */
  public NewStoreWebhooksBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return this;
  }

  /**
   * Builds the dispatcher.
   *
   * @return the dispatcher
   * @throws IllegalStateException when no handler is registered, a registered handler has no api
   *     key, the ATP handler's key is shorter than NewStore's 20 characters, or two webhooks share
   *     a route
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
      if (atpKey != null) {
        KeyRules.checkAvailabilityKey(atpKey, IllegalStateException::new);
      }
      if (!explicitTimeouts.contains(WebhookKind.AVAILABILITY)) {
        KeyRules.warnDefaultAvailabilityTimeout(NewStoreWebhooks.DEFAULT_AVAILABILITY_TIMEOUT);
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
    return "NewStoreWebhooksBuilder{prefix=" + routePrefix + ", keys=<redacted>}";
  }
}
