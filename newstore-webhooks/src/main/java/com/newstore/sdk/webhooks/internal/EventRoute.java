package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.DeduplicationStore;
import com.newstore.sdk.webhooks.EventHandler;
import com.newstore.sdk.webhooks.StreamEvent;
import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookRequest;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The event stream: reads the envelope and, for a typed name ({@link EventTypes}), its payload up
 * front, so a bad payload is a {@code 400} before anything is claimed; deduplicates; calls the
 * typed handler method or {@link EventHandler#onOtherEvent}.
 */
public final class EventRoute extends Route<EventRoute.Delivery, Boolean> {
  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  private final EventHandler handler;
  private final DeduplicationStore deduplication;
  private final Set<String> ignored;
  private final @Nullable Function<StreamEvent, String> customKey;

  /**
   * Creates the route.
   *
   * @param handler the integrator's handler
   * @param deduplication where delivered event keys are remembered
   * @param ignored event names acknowledged without calling the handler
   * @param customKey the integrator's deduplication key, or null for name + canonical JSON hash
   */
  public EventRoute(
      EventHandler handler,
      DeduplicationStore deduplication,
      Set<String> ignored,
      @Nullable Function<StreamEvent, String> customKey) {
    super(true);
    this.handler = Objects.requireNonNull(handler, "handler == null");
    this.deduplication = Objects.requireNonNull(deduplication, "deduplication == null");
    this.ignored = Set.copyOf(ignored);
    this.customKey = customKey;
  }

  /** A parsed delivery: the envelope, its typed entry and payload (both null when untyped). */
  record Delivery(
      StreamEvent event,
      @Nullable TypedEvent<?> type,
      @Nullable Object payload,
      @Nullable Object json,
      byte @Nullable [] digest) {}

  @Override
  Parsed<Delivery> parse(WebhookRequest request, String unused, JsonLimits limits) {
    byte[] digest;
    Object json;
    StreamEvent event;
    TypedEvent<?> type;
    Object payload;
    try {
      if (customKey == null) {
        // The de-duplication key's digest is computed while the body is read, not afterwards.
        JsonValues.Digested parsed = JsonValues.parseDigested(request.bodyBuffer(), limits);
        json = parsed.value();
        digest = parsed.digest();
      } else {
        json = JsonValues.parse(request.bodyBuffer(), limits);
        digest = null;
      }
      event = RequestMapper.event(json);
      if (ignored.contains(event.name())) {
        LOG.log(Level.DEBUG, () -> "Ignored event " + event.name() + " as configured");
        return Parsed.answer(Replies.emptyJson());
      }
      type = EventTypes.of(event.name());
      payload = type == null ? null : type.payload().apply(event);
    } catch (BadInputException e) {
      return Parsed.answer(Replies.badRequest(e));
    }
    return Parsed.of(new Delivery(event, type, payload, json, digest));
  }

  @Override
  Boolean invoke(Delivery delivery, WebhookContext context) throws Exception {
    StreamEvent event = delivery.event();
    String key = customKey(delivery);
    byte[] digest = delivery.digest();
    if (key == null && digest == null) { // the integrator's key function gave none
      digest = CanonicalJson.sha256(delivery.json());
    }
    // The in-memory store takes the digest as it is; any other store gets the key's text.
    InMemoryDeduplicationStore memory =
        key == null && deduplication instanceof InMemoryDeduplicationStore m ? m : null;
    if (key == null && memory == null) {
      // Same key as name + hex(SHA-256(canonical JSON)) always was, so keys already held by a
      // persistent store stay valid.
      key = JsonValues.sha256Key("event:" + event.name() + ":", Objects.requireNonNull(digest));
    }
    boolean claimed =
        memory != null
            ? memory.claimEvent(event.name(), Objects.requireNonNull(digest))
            : deduplication.claim(Objects.requireNonNull(key));
    if (!claimed) {
      LOG.log(Level.DEBUG, () -> "Duplicate event " + event.name() + " acknowledged");
      return Boolean.FALSE;
    }
    try {
      TypedEvent<?> type = delivery.type();
      if (type == null) {
        handler.onOtherEvent(event);
      } else {
        type.deliverParsed(handler, event, Objects.requireNonNull(delivery.payload()));
      }
    } catch (Throwable e) {
      if (memory != null) {
        memory.releaseEvent(event.name(), Objects.requireNonNull(digest));
      } else {
        deduplication.release(Objects.requireNonNull(key));
      }
      throw e;
    }
    return Boolean.TRUE;
  }

  /** The integrator's key as {@code event:custom:<key>}, or null when there is none. */
  private @Nullable String customKey(Delivery delivery) {
    if (customKey != null) {
      String key = customKey.apply(delivery.event());
      if (key != null && !key.isEmpty()) {
        return "event:custom:" + key;
      }
    }
    return null;
  }

  @Override
  Reply render(Delivery delivery, Boolean delivered, WebhookContext context) {
    return Replies.emptyJson();
  }
}
