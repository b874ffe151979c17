package com.newstore.sdk.testkit;

import com.newstore.sdk.testkit.internal.JsonSupport;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Calls an integrator's webhooks as NewStore does: availability (ATP) requests, purchase history,
 * order details, fulfillment requests (retried 3 times on failure) and events in the {@code
 * {tenant, name, published_at, payload}} envelope, each with the configured api key as {@code
 * Authorization: Bearer <key>} and the configured timeout. By default it reads URL, key and timeout
 * from the simulator's configuration state; every method has an overload taking an explicit {@link
 * WebhookTarget}. Thread-safe.
 *
 * <pre>{@code
 * sim.configureDistributionCenter("dc-1", receiverUrl, "dc-api-key");
 * WebhookResult result = sim.sender().sendFulfillmentRequest(request, "dc-1");
 * assertThat(result.successful()).isTrue();
 * }</pre>
 */
public final class WebhookSender {
  /** How many times a failed fulfillment request POST is re-sent (seed 004). */
  public static final int FULFILLMENT_REQUEST_RETRIES = 3;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final Function<String, Optional<Object>> config;
  private final Supplier<Optional<Map<String, Object>>> eventStream;
  private final String tenant;
  private final Clock clock;
  private final String purchaseHistoryRoute;
  private final String orderDetailsRoute;

  WebhookSender(
      OkHttpClient http,
      Function<String, Optional<Object>> config,
      Supplier<Optional<Map<String, Object>>> eventStream,
      String tenant,
      Clock clock) {
    this(
        http,
        config,
        eventStream,
        tenant,
        clock,
        SimulatorRoutes.WEBHOOK_PURCHASE_HISTORY,
        SimulatorRoutes.WEBHOOK_ORDER_DETAILS);
  }

  private WebhookSender(
      OkHttpClient http,
      Function<String, Optional<Object>> config,
      Supplier<Optional<Map<String, Object>>> eventStream,
      String tenant,
      Clock clock,
      String purchaseHistoryRoute,
      String orderDetailsRoute) {
    this.http = http;
    this.config = config;
    this.eventStream = eventStream;
    this.tenant = tenant;
    this.clock = clock;
    this.purchaseHistoryRoute = purchaseHistoryRoute;
    this.orderDetailsRoute = orderDetailsRoute;
  }

  /**
   * Returns a sender that appends other routes to the external order webhook base URL. NewStore has
   * not published its routes; the defaults are {@code orders} and {@code orders/{id}}.
   *
   * <pre>{@code
   * sim.sender().withRoutes("purchase_history", "order/{id}/details").requestOrderDetails("o-1");
   * }</pre>
   *
   * @param purchaseHistory the purchase history route, relative to the base URL
   * @param orderDetails the order details route with an {@code {id}} segment
   * @return a sender sharing this one's connections and configuration
   */
  public WebhookSender withRoutes(String purchaseHistory, String orderDetails) {
    Objects.requireNonNull(purchaseHistory, "purchaseHistory == null");
    Objects.requireNonNull(orderDetails, "orderDetails == null");
    if (!List.of(orderDetails.split("/")).contains("{id}")) {
      throw new IllegalArgumentException("orderDetails needs an {id} segment: " + orderDetails);
    }
    return new WebhookSender(
        http, config, eventStream, tenant, clock, strip(purchaseHistory), strip(orderDetails));
  }

  private static String strip(String route) {
    return route.startsWith("/") ? route.substring(1) : route;
  }

  // ---- availability ----------------------------------------------------------------------------

  /**
   * Asks for availability (ATP) at the URL of the simulator's ATP webhook config.
   *
   * @param productIds the products, each sent with {@code external_identifier} = its product id
   * @param fulfillmentLocations the locations to ask about
   * @return the outcome; the integrator's {@code availabilities} are in the body
   * @throws IllegalStateException when no ATP webhook config is stored
   */
  public WebhookResult requestAvailability(
      List<String> productIds, List<String> fulfillmentLocations) {
    return requestAvailability(
        targetFromConfig(SimulatorRoutes.ATP_WEBHOOK, null), productIds, fulfillmentLocations);
  }

  /**
   * Asks for availability (ATP) at an explicit target.
   *
   * @param target where to send it
   * @param productIds the products, each sent with {@code external_identifier} = its product id
   * @param fulfillmentLocations the locations to ask about
   * @return the outcome
   */
  public WebhookResult requestAvailability(
      WebhookTarget target, List<String> productIds, List<String> fulfillmentLocations) {
    Objects.requireNonNull(target, "target == null");
    List<Object> products = new ArrayList<>();
    for (String id : productIds) {
      products.add(Map.of("product_id", id, "external_identifier", id));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("products", products);
    body.put("fulfillment_locations", List.copyOf(fulfillmentLocations));
    return send(target, "POST", HttpUrl.get(target.url()), body, 0);
  }

  // ---- external order webhook ------------------------------------------------------------------

  /**
   * Asks for a consumer's purchase history: {@code GET {base}/orders?consumer_email=...} on the
   * base URL of the simulator's external order webhook config. The route is unconfirmed.
   *
   * @param consumerEmail the consumer's e-mail address
   * @return the outcome; the integrator's {@code orders} are in the body
   * @throws IllegalStateException when no external order webhook config is stored
   */
  public WebhookResult requestPurchaseHistory(String consumerEmail) {
    return requestPurchaseHistory(
        targetFromConfig(SimulatorRoutes.EXTERNAL_ORDER_WEBHOOK, Duration.ofSeconds(15)),
        consumerEmail);
  }

  /**
   * Asks an explicit base URL for a consumer's purchase history.
   *
   * @param target the base URL, key and timeout
   * @param consumerEmail the consumer's e-mail address
   * @return the outcome
   */
  public WebhookResult requestPurchaseHistory(WebhookTarget target, String consumerEmail) {
    Objects.requireNonNull(consumerEmail, "consumerEmail == null");
    HttpUrl url =
        route(target, purchaseHistoryRoute)
            .newBuilder()
            .addQueryParameter("consumer_email", consumerEmail)
            .build();
    return send(target, "GET", url, null, 0);
  }

  /**
   * Asks for one order's details: {@code GET {base}/orders/{id}} on the base URL of the simulator's
   * external order webhook config. The route is unconfirmed.
   *
   * @param orderId the order id
   * @return the outcome; the order is the body
   * @throws IllegalStateException when no external order webhook config is stored
   */
  public WebhookResult requestOrderDetails(String orderId) {
    return requestOrderDetails(
        targetFromConfig(SimulatorRoutes.EXTERNAL_ORDER_WEBHOOK, Duration.ofSeconds(15)), orderId);
  }

  /**
   * Asks an explicit base URL for one order's details.
   *
   * @param target the base URL, key and timeout
   * @param orderId the order id
   * @return the outcome
   */
  public WebhookResult requestOrderDetails(WebhookTarget target, String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    HttpUrl base = route(target, "");
    HttpUrl.Builder url = base.newBuilder();
    if (!base.pathSegments().isEmpty()
        && base.pathSegments().get(base.pathSegments().size() - 1).isEmpty()) {
      url.removePathSegment(base.pathSegments().size() - 1);
    }
    for (String segment : orderDetailsRoute.split("/")) {
      // The id is one encoded path segment, whatever characters it holds.
      url.addPathSegment(segment.equals("{id}") ? orderId : segment);
    }
    return send(target, "GET", url.build(), null, 0);
  }

  // ---- fulfillment requests --------------------------------------------------------------------

  /**
   * POSTs a fulfillment request to the URL of the DC config of {@code fulfillmentNodeId}, and
   * re-sends it up to {@value #FULFILLMENT_REQUEST_RETRIES} times while it fails (no answer or a
   * non-2xx status), as NewStore does.
   *
   * @param request the fulfillment request
   * @param fulfillmentNodeId the DC's fulfillment node id
   * @return the outcome of the last attempt, with the number of attempts
   * @throws IllegalStateException when no DC config is stored for the node
   */
  public WebhookResult sendFulfillmentRequest(
      FulfillmentRequest request, String fulfillmentNodeId) {
    return sendFulfillmentRequest(
        targetFromConfig(SimulatorRoutes.dcConfig(fulfillmentNodeId), Duration.ofSeconds(30)),
        request);
  }

  /**
   * POSTs a fulfillment request to an explicit target, with NewStore's 3 retries.
   *
   * @param target where to send it
   * @param request the fulfillment request
   * @return the outcome of the last attempt, with the number of attempts
   */
  public WebhookResult sendFulfillmentRequest(WebhookTarget target, FulfillmentRequest request) {
    Objects.requireNonNull(request, "request == null");
    return send(
        target, "POST", HttpUrl.get(target.url()), toJson(request), FULFILLMENT_REQUEST_RETRIES);
  }

  // ---- events ----------------------------------------------------------------------------------

  /**
   * Delivers an event to the callback URL of the first running event stream integration, in the
   * envelope {@code {tenant, name, published_at, payload}}.
   *
   * @param name the event name, such as {@code order.created}
   * @param payload the event payload
   * @return the outcome
   * @throws IllegalStateException when no event stream integration is running
   */
  public WebhookResult sendEvent(String name, Map<String, Object> payload) {
    Map<String, Object> integration =
        eventStream
            .get()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No running event stream integration: register one first"));
    Object params = integration.get("callback_parameters");
    Map<String, Object> cb = params instanceof Map<?, ?> m ? JsonSupport.asMap(m) : Map.of();
    WebhookTarget target =
        new WebhookTarget(
            URI.create(String.valueOf(cb.get("callback_url"))),
            cb.get("api_key") instanceof String k ? k : null,
            Duration.ofSeconds(30));
    return sendEvent(target, name, payload);
  }

  /**
   * Delivers an event to an explicit target.
   *
   * @param target where to send it
   * @param name the event name
   * @param payload the event payload
   * @return the outcome
   */
  public WebhookResult sendEvent(WebhookTarget target, String name, Map<String, Object> payload) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(payload, "payload == null");
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("tenant", tenant);
    envelope.put("name", name);
    envelope.put("published_at", clock.instant().toString());
    envelope.put("payload", payload);
    return send(target, "POST", HttpUrl.get(target.url()), envelope, 0);
  }

  // ---- plumbing --------------------------------------------------------------------------------

  private WebhookTarget targetFromConfig(String path, @Nullable Duration defaultTimeout) {
    Object value =
        config
            .apply(path)
            .orElseThrow(() -> new IllegalStateException("No configuration is stored at " + path));
    if (!(value instanceof Map<?, ?> raw) || !(raw.get("url") instanceof String url)) {
      throw new IllegalStateException("The configuration at " + path + " has no url");
    }
    Map<String, Object> m = JsonSupport.asMap(raw);
    Duration timeout =
        m.get("timeout") instanceof Number n
            ? Duration.ofSeconds(n.longValue())
            : (defaultTimeout != null ? defaultTimeout : WebhookTarget.DEFAULT_TIMEOUT);
    return new WebhookTarget(
        URI.create(url), m.get("api_key") instanceof String k ? k : null, timeout);
  }

  private static HttpUrl route(WebhookTarget target, String suffix) {
    // The configured URL is a base URL: NewStore appends its routes below it.
    HttpUrl base = HttpUrl.get(target.url());
    if (!base.encodedPath().endsWith("/")) {
      base = base.newBuilder().addPathSegment("").build();
    }
    return Objects.requireNonNull(base.resolve(suffix), "route");
  }

  private WebhookResult send(
      WebhookTarget target, String method, HttpUrl url, @Nullable Object body, int retries) {
    OkHttpClient client = http.newBuilder().callTimeout(target.timeout()).build();
    byte[] json = body == null ? null : JsonSupport.write(body).getBytes(StandardCharsets.UTF_8);
    int attempts = 0;
    WebhookResult last;
    do {
      attempts++;
      Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json");
      if (target.apiKey() != null) {
        request.header("Authorization", "Bearer " + target.apiKey());
      }
      request.method(method, json == null ? null : RequestBody.create(json, JSON));
      last = attempt(client, request.build(), attempts);
    } while (!last.successful() && attempts <= retries);
    return last;
  }

  private static WebhookResult attempt(OkHttpClient client, Request request, int attempts) {
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      return new WebhookResult(response.code(), body.string(), attempts, null);
    } catch (IOException e) {
      return new WebhookResult(
          -1, "", attempts, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Map<String, Object> toJson(FulfillmentRequest request) {
    Map<String, Object> body = new LinkedHashMap<>(request.unknownFields());
    body.put("id", request.id());
    if (request.orderId() != null) {
      body.put("order_id", request.orderId());
    }
    if (request.createdAt() != null) {
      body.put("created_at", request.createdAt().toString());
    }
    if (request.shippingOptions() != null) {
      Map<String, Object> options = new LinkedHashMap<>();
      options.put("carrier", request.shippingOptions().carrier());
      options.put("service_level", request.shippingOptions().serviceLevel());
      body.put("shipping_options", options);
    }
    List<Object> items = new ArrayList<>();
    for (FulfillmentRequest.Item item : request.items()) {
      List<Object> attributes = new ArrayList<>();
      item.extendedAttributes().forEach((k, v) -> attributes.add(Map.of("name", k, "value", v)));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("product_id", item.productId());
      entry.put("extended_attributes", attributes);
      items.add(entry);
    }
    body.put("items", items);
    return body;
  }
}
