package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.AvailabilityRequest;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.OrderDetails;
import com.newstore.sdk.webhooks.OrderDetailsRequest;
import com.newstore.sdk.webhooks.PurchaseHistoryRequest;
import com.newstore.sdk.webhooks.SalesOrder;
import com.newstore.sdk.webhooks.StreamEvent;
import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookKind;
import com.newstore.sdk.webhooks.WebhookRequest;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Routes a {@link WebhookRequest} to its handler and turns every outcome into a {@link Reply},
 * which {@code NewStoreWebhooks} wraps as the public response: it never throws. Checks run in this
 * order: route (404), api key (401), method (405), body size (413), content type (415), body and
 * query (400), handler (500 on failure).
 */
public final class Dispatcher {
  /** The most orders a purchase history answer holds, as NewStore shows no more. */
  public static final int MAX_PURCHASE_HISTORY = 100;

  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  private final Settings settings;
  private final List<Map.Entry<WebhookKind, RouteTemplate>> routes;

  /**
   * Creates a dispatcher.
   *
   * @param settings the configuration
   */
  public Dispatcher(Settings settings) {
    this.settings = settings;
    // Literal routes win over templated ones, so /orders/special beats /orders/{id}.
    List<Map.Entry<WebhookKind, RouteTemplate>> sorted =
        new ArrayList<>(new java.util.TreeMap<>(settings.routes()).entrySet());
    sorted.sort(Comparator.comparing(e -> e.getValue().template().contains("{")));
    this.routes = List.copyOf(sorted);
  }

  /**
   * Handles one request.
   *
   * @param request the request
   * @return the response, never null
   */
  public Reply handle(WebhookRequest request) {
    String correlationId = correlationId();
    try {
      return dispatch(request, correlationId);
    } catch (BadInputException e) {
      return Problems.problem(400, "Bad Request", e.getMessage(), e.field(), null, Map.of());
    } catch (HandlerFailure e) {
      LOG.log(
          Level.ERROR,
          "Webhook handler failed for " + request + "; correlation id " + correlationId,
          e.getCause());
      return internalError(correlationId);
    } catch (Throwable e) { // the dispatcher never throws, whatever happens below it
      LOG.log(
          Level.ERROR,
          "Webhook dispatch failed for " + request + "; correlation id " + correlationId,
          e);
      return internalError(correlationId);
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

  private static Reply internalError(String correlationId) {
    return Problems.problem(
        500,
        "Internal Server Error",
        "The webhook could not be processed; the integrator's logs have the details.",
        null,
        correlationId,
        Map.of("X-Correlation-Id", List.of(correlationId)));
  }

  private Reply dispatch(WebhookRequest request, String correlationId) {
    WebhookKind kind = null;
    String variable = null;
    for (Map.Entry<WebhookKind, RouteTemplate> e : routes) {
      String match = e.getValue().match(request.path());
      if (match != null) {
        kind = e.getKey();
        variable = match;
        break;
      }
    }
    if (kind == null || variable == null) {
      return Problems.problem(404, "Not Found", "No webhook is served at this path.");
    }
    ApiKeyCheck key = settings.keys().get(kind);
    if (key == null || !key.matches(request.headers().get("Authorization"))) {
      LOG.log(Level.DEBUG, () -> "Rejected unauthenticated " + request);
      return Problems.problem(
          401, "Unauthorized", null, null, null, Map.of("WWW-Authenticate", List.of("Bearer")));
    }
    if (!kind.method().equals(request.method())) {
      return Problems.problem(
          405,
          "Method Not Allowed",
          "This webhook accepts " + kind.method() + " only.",
          null,
          null,
          Map.of("Allow", List.of(kind.method())));
    }
    if (request.bodyLength() > settings.maxBodyBytes()) {
      return Problems.problem(
          413,
          "Content Too Large",
          "The body exceeds " + settings.maxBodyBytes() + " bytes.",
          null,
          null,
          Map.of("Connection", List.of("close")));
    }
    Instant receivedAt = settings.clock().instant();
    WebhookContext context =
        new WebhookContext(kind, correlationId, receivedAt, deadline(kind, receivedAt), request);
    return switch (kind) {
      case AVAILABILITY -> availability(request, context);
      case PURCHASE_HISTORY -> purchaseHistory(request, context);
      case ORDER_DETAILS -> orderDetails(request, variable, context);
      case FULFILLMENT_REQUEST -> fulfillment(request, context);
      case EVENT -> event(request, context);
    };
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

  private @Nullable Object jsonBody(WebhookRequest request) {
    String contentType = request.header("Content-Type");
    if (contentType == null || !isJson(contentType)) {
      throw new UnsupportedType();
    }
    return JsonValues.parse(request.bodyBuffer(), settings.maxJsonDepth());
  }

  private static boolean isJson(String contentType) {
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

  /** Signals a body that is not JSON; becomes 415. */
  private static final class UnsupportedType extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedType() {
      super(null, null, false, false);
    }
  }

  /** Wraps an exception thrown by the integrator's handler; becomes 500. */
  private static final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerFailure(Throwable cause) {
      super(cause);
    }
  }

  /** A handler call that may throw anything. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws Exception;
  }

  private static <T> T call(Call<T> call) {
    T result;
    try {
      result = call.run();
    } catch (Exception e) {
      throw new HandlerFailure(e);
    }
    if (result == null) {
      throw new HandlerFailure(new NullPointerException("the handler returned null"));
    }
    return result;
  }

  private static Reply withJson(java.util.function.Supplier<Reply> body) {
    try {
      return body.get();
    } catch (UnsupportedType e) {
      return Problems.problem(
          415, "Unsupported Media Type", "The body must be application/json in UTF-8.");
    }
  }

  private Reply availability(WebhookRequest request, WebhookContext context) {
    return withJson(
        () -> {
          AvailabilityRequest parsed = RequestMapper.availability(jsonBody(request));
          var handler = java.util.Objects.requireNonNull(settings.availability());
          AvailabilityResponse answer = call(() -> handler.availability(parsed, context));
          warnIfLate(context);
          return Problems.jsonBytes(ResponseBodies.availabilityJson(complete(parsed, answer)));
        });
  }

  /** Adds {@code atp: 0} for every asked product/location pair the handler left out. */
  private static AvailabilityResponse complete(
      AvailabilityRequest asked, AvailabilityResponse answer) {
    // product id -> locations answered; no per-pair key strings, since an ATP request can ask
    // for thousands of pairs.
    Map<String, Set<String>> answered = new HashMap<>();
    for (AvailabilityResponse.Availability a : answer.availabilities()) {
      answered.computeIfAbsent(a.productId(), k -> new HashSet<>()).add(a.fulfillmentLocation());
    }
    List<AvailabilityResponse.Availability> missing = null;
    for (AvailabilityRequest.Product p : asked.products()) {
      Set<String> locations = answered.computeIfAbsent(p.productId(), k -> new HashSet<>());
      for (String location : asked.fulfillmentLocations()) {
        if (locations.add(location)) {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(
              new AvailabilityResponse.Availability(
                  p.productId(), p.externalIdentifier(), location, 0));
        }
      }
    }
    if (missing == null) {
      return answer;
    }
    List<AvailabilityResponse.Availability> all = new ArrayList<>(answer.availabilities());
    all.addAll(missing);
    return new AvailabilityResponse(all);
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

  private Reply purchaseHistory(WebhookRequest request, WebhookContext context) {
    Map<String, List<String>> query = query(request.query());
    String email = first(query, "consumer_email");
    String token = first(query, "consumer_token");
    if ((email == null || email.isBlank()) && (token == null || token.isBlank())) {
      throw new BadInputException(
          "consumer_email", "Either consumer_email or consumer_token is required.");
    }
    PurchaseHistoryRequest parsed =
        new PurchaseHistoryRequest(
            email == null || email.isBlank() ? null : email,
            token == null || token.isBlank() ? null : token,
            query);
    var handler = java.util.Objects.requireNonNull(settings.purchaseHistory());
    List<SalesOrder> orders = call(() -> handler.purchaseHistory(parsed, context));
    warnIfLate(context);
    List<SalesOrder> sorted = new ArrayList<>(orders);
    sorted.sort(Comparator.comparing(SalesOrder::placedAt).reversed());
    if (sorted.size() > MAX_PURCHASE_HISTORY) {
      List<SalesOrder> cut = sorted.subList(MAX_PURCHASE_HISTORY, sorted.size());
      LOG.log(
          Level.DEBUG,
          () ->
              "Purchase history cut to "
                  + MAX_PURCHASE_HISTORY
                  + " orders; left out "
                  + cut.stream().map(SalesOrder::id).toList()
                  + " (correlation id "
                  + context.correlationId()
                  + ")");
      sorted = new ArrayList<>(sorted.subList(0, MAX_PURCHASE_HISTORY));
    }
    return Problems.jsonBytes(ResponseBodies.ordersJson(sorted));
  }

  private Reply orderDetails(WebhookRequest request, String orderId, WebhookContext context) {
    OrderDetailsRequest parsed = new OrderDetailsRequest(orderId, query(request.query()));
    var handler = java.util.Objects.requireNonNull(settings.orderDetails());
    Optional<OrderDetails> details = call(() -> handler.orderDetails(parsed, context));
    warnIfLate(context);
    if (details.isEmpty()) {
      return Problems.problem(404, "Not Found", "No such order.");
    }
    OrderDetails d = details.get();
    boolean supported =
        d.paymentHistory().stream()
            .allMatch(p -> OrderDetails.SUPPORTED_PAYMENT_METHODS.contains(p.method()));
    if (!supported) {
      LOG.log(
          Level.DEBUG,
          () ->
              "Omitting payment_history of order "
                  + d.order().id()
                  + ": it holds a method other than gift_card, credit_card or cash");
    }
    return Problems.json(ResponseBodies.orderDetails(d, supported));
  }

  private Reply fulfillment(WebhookRequest request, WebhookContext context) {
    return withJson(
        () -> {
          FulfillmentRequest parsed = RequestMapper.fulfillmentRequest(jsonBody(request));
          var handler = java.util.Objects.requireNonNull(settings.fulfillment());
          String key = "fulfillment_request:" + parsed.id();
          if (!settings.deduplication().claim(key)) {
            LOG.log(
                Level.DEBUG,
                () -> "Duplicate fulfillment request " + parsed.id() + " acknowledged");
            return Problems.emptyJson();
          }
          try {
            call(
                () -> {
                  handler.fulfillmentRequest(parsed, context);
                  return Boolean.TRUE;
                });
          } catch (RuntimeException e) {
            settings.deduplication().release(key);
            throw e;
          }
          return Problems.emptyJson();
        });
  }

  private Reply event(WebhookRequest request, WebhookContext context) {
    return withJson(
        () -> {
          Object json = jsonBody(request);
          StreamEvent event = RequestMapper.event(json);
          if (settings.ignoredEvents().contains(event.name())) {
            LOG.log(Level.DEBUG, () -> "Ignored event " + event.name() + " as configured");
            return Problems.emptyJson();
          }
          var handler = java.util.Objects.requireNonNull(settings.events());
          Call<Boolean> delivery = typedDelivery(event, handler);
          String key = "event:" + eventKey(event, json);
          if (!settings.deduplication().claim(key)) {
            LOG.log(Level.DEBUG, () -> "Duplicate event " + event.name() + " acknowledged");
            return Problems.emptyJson();
          }
          try {
            call(delivery);
          } catch (RuntimeException e) {
            settings.deduplication().release(key);
            throw e;
          }
          return Problems.emptyJson();
        });
  }

  private String eventKey(StreamEvent event, @Nullable Object json) {
    var custom = settings.eventKey();
    if (custom != null) {
      String key;
      try {
        key = custom.apply(event);
      } catch (RuntimeException e) {
        throw new HandlerFailure(e);
      }
      if (key != null && !key.isEmpty()) {
        return "custom:" + key;
      }
    }
    // Same key as name + hex(SHA-256(canonical JSON)) always was, so keys already held by a
    // persistent store stay valid; only the copies on the way to the digest are gone.
    return event.name() + ":" + JsonValues.canonicalSha256Hex(json);
  }

  /** Maps the typed payload up front, so a bad payload is a 400 before anything is claimed. */
  private static Call<Boolean> typedDelivery(
      StreamEvent event, com.newstore.sdk.webhooks.EventHandler handler) {
    switch (event.name()) {
      case "order.created" -> {
        var p = RequestMapper.orderPayload(event);
        return () -> {
          handler.onOrderCreated(event, p);
          return true;
        };
      }
      case "order.completed" -> {
        var p = RequestMapper.orderPayload(event);
        return () -> {
          handler.onOrderCompleted(event, p);
          return true;
        };
      }
      case "order.cancelled" -> {
        var p = RequestMapper.orderPayload(event);
        return () -> {
          handler.onOrderCancelled(event, p);
          return true;
        };
      }
      case "payment_account.amount_authorized" -> {
        var p = RequestMapper.paymentPayload(event);
        return () -> {
          handler.onAmountAuthorized(event, p);
          return true;
        };
      }
      case "payment_account.amount_captured" -> {
        var p = RequestMapper.paymentPayload(event);
        return () -> {
          handler.onAmountCaptured(event, p);
          return true;
        };
      }
      case "fulfillment_request.assigned" -> {
        var p = RequestMapper.assignedPayload(event);
        return () -> {
          handler.onFulfillmentRequestAssigned(event, p);
          return true;
        };
      }
      default -> {
        return () -> {
          handler.onOtherEvent(event);
          return true;
        };
      }
    }
  }

  private static @Nullable String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Decodes an {@code application/x-www-form-urlencoded} query; malformed escapes are a 400. */
  static Map<String, List<String>> query(@Nullable String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decodeQuery(eq < 0 ? pair : pair.substring(0, eq), null);
      String value = eq < 0 ? "" : decodeQuery(pair.substring(eq + 1), name);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decodeQuery(String s, @Nullable String field) {
    String decoded = RouteTemplate.percentDecode(s.replace('+', ' '));
    if (decoded == null) {
      throw new BadInputException(field, "The query has a malformed percent escape.");
    }
    return decoded;
  }
}
