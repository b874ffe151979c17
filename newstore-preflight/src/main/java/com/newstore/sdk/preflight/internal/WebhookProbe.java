package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.couldNotCheck;
import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.CheckResult.warn;

import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Calls the integrator's own webhooks as NewStore would: the configured URL, api key and timeout.
 * Uses the JDK HTTP client so a probe never shares the NewStore client's auth or retries. Not for
 * users.
 */
public final class WebhookProbe {
  /**
   * Prefix of the {@code Authorization} value of the external order webhooks (purchase history,
   * order details). NewStore's form for them is unknown (raw or {@code Bearer}; the webhooks module
   * accepts both by default); the probe sends {@code Bearer <key>}. The ATP webhook gets the raw
   * key, as documented. Fulfillment requests and event deliveries ({@code Bearer <key>}) are not
   * probed.
   */
  static final String AUTH_PREFIX = "Bearer ";

  /** A key no integrator configures: the endpoint must refuse it. */
  static final String WRONG_KEY = "newstore-preflight-wrong-key-0000000000";

  private static final Set<String> PAYMENT_METHODS = Set.of("gift_card", "credit_card", "cash");
  private static final List<String> ORDER_FIELDS =
      List.of("id", "origin", "placed_at", "status", "currency", "items");

  private final ConfigReads reads;
  private final Settings settings;
  private final HttpClient http;
  private final JsonAdapter<Object> json = new Moshi.Builder().build().adapter(Object.class);

  /**
   * Creates the probe.
   *
   * @param reads the reads of this run (for URLs, keys and timeouts)
   * @param settings what to send
   * @param http the JDK client to send with
   */
  public WebhookProbe(ConfigReads reads, Settings settings, HttpClient http) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.http = Objects.requireNonNull(http, "http == null");
  }

  /**
   * Runs one probe.
   *
   * @param check a {@code probe.*} check
   * @return its result
   */
  public CheckResult run(PreflightCheck check) {
    return switch (check) {
      case PROBE_AVAILABILITY -> availability();
      case PROBE_PURCHASE_HISTORY -> purchaseHistory();
      case PROBE_ORDER_DETAILS -> orderDetails();
      default -> throw new IllegalArgumentException("not a probe: " + check);
    };
  }

  private CheckResult availability() {
    PreflightCheck c = PreflightCheck.PROBE_AVAILABILITY;
    Read<Boolean> flag = reads.usesExternalAtp();
    if (!settings.externalAtpRequired() && flag.ok() && !flag.get()) {
      return pass(c, "external ATP is off: NewStore does not call an ATP webhook");
    }
    Read<AvailabilityWebhookConfig> read = reads.availabilityWebhook();
    if (!read.ok()) {
      return unreadable(c, read, "the ATP webhook", PreflightCheck.ATP_WEBHOOK);
    }
    AvailabilityWebhookConfig w = read.get();
    String body =
        "{\"products\":[{\"product_id\":"
            + quote(settings.probeProductId())
            + ",\"external_identifier\":"
            + quote(settings.probeProductId())
            + "}],\"fulfillment_locations\":["
            + quote(settings.probeLocation())
            + "]}";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(w.url()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    Outcome o = send(c, request, w.apiKey(), w.timeout());
    if (o.result != null) {
      return o.result;
    }
    String fix =
        "Answer 200 {\"availabilities\": [{\"product_id\", \"external_identifier\","
            + " \"fulfillment_location\", \"atp\": <integer >= 0>}]}, one entry per product and"
            + " location (NewStoreWebhooks.builder().availability(handler) does this).";
    if (!(o.body instanceof Map<?, ?> m) || !(m.get("availabilities") instanceof List<?> list)) {
      return fail(c, "the answer has no availabilities array", fix);
    }
    for (Object entry : list) {
      if (!(entry instanceof Map<?, ?> a)
          || !(a.get("product_id") instanceof String)
          || !(a.get("fulfillment_location") instanceof String)
          || !(a.get("atp") instanceof Number n)
          || n.doubleValue() < 0
          || n.doubleValue() != Math.floor(n.doubleValue())) {
        return fail(
            c, "an availability lacks product_id, fulfillment_location or an integer atp", fix);
      }
    }
    return wrongKey(
        c, request, w.timeout(), list.size() + " availabilit(ies) in " + o.millis + " ms");
  }

  private CheckResult purchaseHistory() {
    PreflightCheck c = PreflightCheck.PROBE_PURCHASE_HISTORY;
    Read<ExternalOrderWebhookConfig> read = reads.externalOrderWebhook();
    if (!read.ok()) {
      return unreadable(
          c, read, "the external order webhook", PreflightCheck.EXTERNAL_ORDER_WEBHOOK);
    }
    ExternalOrderWebhookConfig w = read.get();
    String url =
        join(w.url(), settings.purchaseHistoryRoute())
            + "?consumer_email="
            + URLEncoder.encode(settings.probeCustomerEmail(), StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    Outcome o = send(c, request, w.apiKey(), w.timeout());
    if (o.result != null) {
      return o.result;
    }
    String fix =
        "Answer 200 {\"orders\": [...]} with at most 100 orders, latest first"
            + " (NewStoreWebhooks.builder().purchaseHistory(handler) enforces both).";
    if (!(o.body instanceof Map<?, ?> m) || !(m.get("orders") instanceof List<?> orders)) {
      return fail(c, "the answer has no orders array", fix);
    }
    for (Object order : orders) {
      String missing = missingOrderField(order);
      if (missing != null) {
        return fail(c, "an order lacks " + missing, fix);
      }
    }
    if (orders.size() > 100) {
      return warn(
          c, orders.size() + " orders: NewStore keeps the first 100 and drops the rest", fix);
    }
    return wrongKey(c, request, w.timeout(), orders.size() + " order(s) in " + o.millis + " ms");
  }

  private CheckResult orderDetails() {
    PreflightCheck c = PreflightCheck.PROBE_ORDER_DETAILS;
    String id = settings.probeOrderId();
    if (id == null) {
      return couldNotCheck(
          c,
          "no order id to ask for",
          "Give an order id the external OMS knows: --probe-order-id <id>"
              + " (Builder.probeOrderId).");
    }
    Read<ExternalOrderWebhookConfig> read = reads.externalOrderWebhook();
    if (!read.ok()) {
      return unreadable(
          c, read, "the external order webhook", PreflightCheck.EXTERNAL_ORDER_WEBHOOK);
    }
    ExternalOrderWebhookConfig w = read.get();
    String route =
        settings
            .orderDetailsRoute()
            .replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(join(w.url(), route))).GET();
    Outcome o = send(c, request, w.apiKey(), w.timeout());
    if (o.status == 404) {
      return couldNotCheck(
          c,
          "the order details webhook answered 404 for order " + id,
          "Give an order id the external OMS knows (--probe-order-id), or check the route"
              + " (--order-details-route).");
    }
    if (o.result != null) {
      return o.result;
    }
    String fix =
        "Answer 200 with the order: id, origin, placed_at, status, currency, items, totals; omit"
            + " payment_history when it holds methods other than gift_card, credit_card, cash"
            + " (NewStoreWebhooks.builder().orderDetails(handler) does this).";
    String missing = missingOrderField(o.body);
    if (missing != null) {
      return fail(c, "the order lacks " + missing, fix);
    }
    Map<?, ?> order = (Map<?, ?>) o.body;
    if (!(order.get("totals") instanceof Map)) {
      return fail(c, "the order lacks totals", fix);
    }
    if (order.get("payment_history") instanceof List<?> payments) {
      for (Object p : payments) {
        Object method = p instanceof Map<?, ?> pm ? pm.get("method") : null;
        if (!PAYMENT_METHODS.contains(String.valueOf(method))) {
          return fail(
              c,
              "payment_history holds method '"
                  + method
                  + "': the Associate App cannot show this order",
              fix);
        }
      }
    }
    return wrongKey(c, request, w.timeout(), "order " + id + " in " + o.millis + " ms");
  }

  /** Says that the webhook a probe calls could not be read, and which check to fix first. */
  private static CheckResult unreadable(
      PreflightCheck c, Read<?> read, String webhook, PreflightCheck fixFirst) {
    return couldNotCheck(
        c,
        webhook + " configuration could not be read: " + read.detail(),
        "Fix the " + fixFirst.id() + " check first.");
  }

  private static @Nullable String missingOrderField(@Nullable Object order) {
    if (!(order instanceof Map<?, ?> m)) {
      return "a JSON object";
    }
    for (String f : ORDER_FIELDS) {
      if (m.get(f) == null) {
        return f;
      }
    }
    return null;
  }

  /** Re-sends with a wrong key: a webhook that accepts any key lets anyone read orders. */
  private CheckResult wrongKey(
      PreflightCheck c, HttpRequest.Builder request, Duration timeout, String seen) {
    Outcome o = send(c, request, WRONG_KEY, timeout);
    if (o.status >= 200 && o.status < 300) {
      return warn(
          c,
          seen + ", but it also accepted a wrong api key",
          "Reject calls whose Authorization does not carry the configured api key (401).");
    }
    return pass(c, seen + "; a wrong api key is refused");
  }

  private Outcome send(
      PreflightCheck c, HttpRequest.Builder builder, @Nullable String apiKey, Duration timeout) {
    HttpRequest.Builder b = builder.copy().timeout(timeout).header("Accept", "application/json");
    if (apiKey != null) {
      // ATP: "the Authorization header ... will be set to this API key" (raw); order webhooks:
      // unconfirmed, Bearer.
      b.header(
          "Authorization", c == PreflightCheck.PROBE_AVAILABILITY ? apiKey : AUTH_PREFIX + apiKey);
    }
    HttpRequest request = b.build();
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      return Outcome.of(
          fail(
              c,
              "no answer within the configured " + timeout.toSeconds() + " s",
              "Answer faster than the configured timeout, or raise the timeout in the webhook"
                  + " configuration (NewStore treats a late answer as a failure)."));
    } catch (IOException e) {
      return Outcome.of(
          couldNotCheck(
              c,
              "could not reach " + request.uri().getHost() + ": " + e.getClass().getSimpleName(),
              "Run the preflight where the endpoint is reachable, or check that it is up."));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.of(couldNotCheck(c, "interrupted", "Run the preflight again."));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      return new Outcome(
          fail(
              c,
              "HTTP " + status + ": the endpoint refused the api key configured in NewStore",
              "Make the endpoint accept the api key stored in NewStore's webhook configuration, or"
                  + " store the key the endpoint expects."),
          null,
          status,
          millis);
    }
    if (status < 200 || status >= 300) {
      return new Outcome(
          fail(
              c,
              "HTTP " + status + " from " + request.uri().getPath(),
              "Answer 200 with JSON; check the route and the handler's logs."),
          null,
          status,
          millis);
    }
    Object body;
    try {
      body = json.fromJson(response.body());
    } catch (IOException | RuntimeException e) {
      return new Outcome(
          fail(c, "the answer is not JSON", "Answer with a JSON body (application/json)."),
          null,
          status,
          millis);
    }
    return new Outcome(null, body, status, millis);
  }

  private static String join(String base, String route) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return b + (route.startsWith("/") ? route : "/" + route);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The raw result of one call: a final result, or a parsed body to check. */
  private record Outcome(
      @Nullable CheckResult result, @Nullable Object body, int status, long millis) {
    static Outcome of(CheckResult result) {
      return new Outcome(result, null, 0, 0);
    }
  }
}
