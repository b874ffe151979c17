package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookDelivery;
import com.newstore.sdk.webhooks.WebhookKind;
import com.newstore.sdk.webhooks.WebhookListener;
import com.newstore.sdk.webhooks.WebhookRequest;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Runs the checks every webhook request passes, in order: route (404), api key (401), method (405),
 * body size (413), content type (415); then hands the request to its kind's {@link Route} (parse:
 * 400, invoke, render). Every outcome is a {@link Reply}; nothing it or a handler throws, {@link
 * Error}s included, leaves {@link #handle}: it becomes a 500 with a logged correlation id.
 */
public final class Dispatcher {
  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  private final Settings settings;
  private final WebhookKind[] kinds;
  private final RouteTemplate[] templates;

  /**
   * Creates a dispatcher.
   *
   * @param settings the configuration
   */
  public Dispatcher(Settings settings) {
    this.settings = settings;
    // Literal routes win over templated ones, so /orders/special beats /orders/{id}.
    List<Map.Entry<WebhookKind, RouteTemplate>> sorted =
        new ArrayList<>(settings.routes().entrySet());
    sorted.sort(Comparator.comparing(e -> e.getValue().template().contains("{")));
    this.kinds = sorted.stream().map(Map.Entry::getKey).toArray(WebhookKind[]::new);
    this.templates = sorted.stream().map(Map.Entry::getValue).toArray(RouteTemplate[]::new);
  }

  /**
   * Handles one request.
   *
   * @param request the request
   * @return the response, never null
   */
  public Reply handle(WebhookRequest request) {
    WebhookListener listener = settings.listener();
    if (listener == null) {
      return handle(request, null);
    }
    long start = System.nanoTime();
    Trace trace = new Trace();
    Reply reply = handle(request, trace);
    notify(listener, request, reply, trace, Duration.ofNanos(System.nanoTime() - start));
    return reply;
  }

  private Reply handle(WebhookRequest request, @Nullable Trace trace) {
    String correlationId = null;
    try {
      correlationId = correlationId();
      return dispatch(request, correlationId, trace);
    } catch (Throwable e) { // handlers may throw anything, Errors included: one request fails
      if (trace != null) {
        trace.handlerFailed = trace.kind != null;
      }
      return failed(request, correlationId, e);
    }
  }

  private static void notify(
      WebhookListener listener, WebhookRequest request, Reply reply, Trace trace, Duration took) {
    try {
      listener.onDelivery(
          new WebhookDelivery(
              Optional.ofNullable(trace.kind),
              request.method(),
              reply.status(),
              took,
              trace.duplicate,
              trace.handlerFailed));
    } catch (Throwable e) { // a listener bug must not change the answer
      LOG.log(Level.WARNING, "WebhookListener.onDelivery threw; the answer is not affected", e);
    }
  }

  /** What one request's dispatch found out, for the listener; touched by one thread. */
  private static final class Trace {
    @Nullable WebhookKind kind;
    boolean duplicate;
    boolean handlerFailed;
  }

  private static Reply failed(WebhookRequest request, @Nullable String correlationId, Throwable e) {
    try {
      LOG.log(Level.ERROR, "Webhook " + request + " failed; correlation id " + correlationId, e);
      return correlationId == null ? Replies.lastResort() : Replies.internalError(correlationId);
    } catch (Throwable again) { // no heap left even for the log line
      return Replies.lastResort();
    }
  }

  /**
   * Returns a random version 4 UUID string. The id only correlates log lines with a 500 answer and
   * is not a secret, so it comes from {@link ThreadLocalRandom} instead of {@link
   * UUID#randomUUID}'s {@code SecureRandom}, which costs more than a small event's whole dispatch.
   */
  static String correlationId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long lsb = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
    return new UUID(msb, lsb).toString();
  }

  private Reply dispatch(WebhookRequest request, String correlationId, @Nullable Trace trace)
      throws Exception {
    int index = -1;
    String variable = null;
    for (int i = 0; i < templates.length && variable == null; i++) {
      variable = templates[i].match(request.path());
      index = i;
    }
    if (variable == null) {
      return Replies.problem(404, "Not Found", "No webhook is served at this path.");
    }
    WebhookKind kind = kinds[index];
    if (trace != null) {
      trace.kind = kind;
    }
    ApiKeyCheck key = settings.keys().get(kind);
    if (key == null || !key.matches(request.headers().get("Authorization"))) {
      LOG.log(Level.DEBUG, () -> "Rejected unauthenticated " + request);
      return Replies.problem(
          401, "Unauthorized", null, null, null, key == null ? Map.of() : key.challenge());
    }
    if (!kind.method().equals(request.method())) {
      return Replies.problem(
          405,
          "Method Not Allowed",
          "This webhook accepts " + kind.method() + " only.",
          null,
          null,
          Map.of("Allow", List.of(kind.method())));
    }
    if (request.bodyLength() > settings.maxBodyBytes()) {
      return Replies.problem(
          413,
          "Content Too Large",
          "The body exceeds " + settings.maxBodyBytes() + " bytes.",
          null,
          null,
          Map.of("Connection", List.of("close")));
    }
    Route<?, ?> route = settings.handlers().get(kind);
    if (route == null) {
      throw new IllegalStateException("no route for " + kind); // the builder rules this out
    }
    if (route.jsonBody() && !isJson(request.header("Content-Type"))) {
      return Replies.problem(
          415, "Unsupported Media Type", "The body must be application/json in UTF-8.");
    }
    Instant receivedAt = settings.clock().instant();
    WebhookContext context =
        new WebhookContext(kind, correlationId, receivedAt, deadline(kind, receivedAt), request);
    return run(route, request, variable, context, trace);
  }

  private <T, A> Reply run(
      Route<T, A> route,
      WebhookRequest request,
      String variable,
      WebhookContext context,
      @Nullable Trace trace)
      throws Exception {
    Parsed<T> parsed = route.parse(request, variable, settings.limits());
    Reply early = parsed.reply();
    if (early != null) {
      return early;
    }
    T typed = parsed.value();
    A answer = route.invoke(typed, context);
    warnIfLate(context);
    if (trace != null) {
      // The deduplicating routes answer FALSE for a delivery they had handled before.
      trace.duplicate = Boolean.FALSE.equals(answer);
      trace.handlerFailed = answer == null;
    }
    if (answer == null) {
      LOG.log(
          Level.ERROR,
          "The "
              + context.kind()
              + " handler returned null; answered 500 (correlation id "
              + context.correlationId()
              + ")");
      return Replies.internalError(context.correlationId());
    }
    return route.render(typed, answer, context);
  }

  private @Nullable Instant deadline(WebhookKind kind, Instant receivedAt) {
    Duration timeout = settings.timeouts().get(kind);
    if (timeout == null) {
      return null;
    }
    Duration fifth = timeout.dividedBy(5);
    Duration margin = fifth.compareTo(Duration.ofSeconds(1)) < 0 ? fifth : Duration.ofSeconds(1);
    return receivedAt.plus(timeout).minus(margin);
  }

  private void warnIfLate(WebhookContext context) {
    Instant deadline = context.deadline();
    if (deadline != null && settings.clock().instant().isAfter(deadline)) {
      LOG.log(
          Level.WARNING,
          "The "
              + context.kind()
              + " handler answered after its deadline; NewStore may have given up (correlation id "
              + context.correlationId()
              + ")");
    }
  }

  private static boolean isJson(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    if (contentType.equals("application/json")) {
      return true; // what NewStore sends; spares the split below on every request
    }
    String[] parts = contentType.split(";");
    if (parts.length == 0) {
      return false; // ";" or ";;;" splits to nothing (found by fuzzing: it was a 500)
    }
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    boolean json =
        type.equals("application/json")
            || (type.startsWith("application/") && type.endsWith("+json"));
    if (!json) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].trim().split("=", 2);
      if (kv[0].trim().equalsIgnoreCase("charset") && kv.length == 2) {
        String charset = kv[1].trim().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
          return false;
        }
      }
    }
    return true;
  }
}
