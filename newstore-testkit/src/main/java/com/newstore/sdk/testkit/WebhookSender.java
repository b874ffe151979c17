package com.newstore.sdk.testkit;

import com.newstore.sdk.testkit.internal.NewStoreCalls;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import com.newstore.sdk.testkit.internal.WebhookTargets;
import com.newstore.sdk.testkit.internal.WebhookTransport;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Calls an integrator's webhooks as NewStore documents them (newstore-api.md section 6), each with
 * the configured timeout and the {@code Authorization} form of its kind:
 *
 * <ul>
 *   <li>availability (ATP) requests: the <b>raw</b> key, {@code Authorization: <key>};
 *   <li>fulfillment requests (retried 3 times on failure) and event deliveries: {@code
 *       Authorization: Bearer <key>};
 *   <li>purchase history and order details: NewStore does not say. Unconfirmed: {@link
 *       WebhookAuthorization#BEARER} by default, {@link #withOrderWebhookAuthorization} switches to
 *       the raw key. A receiver should accept both.
 * </ul>
 *
 * By default it reads URL, key and timeout from the simulator's configuration state; every method
 * has an overload taking an explicit {@link WebhookTarget}. NewStore requires https URLs for the
 * ATP webhook and DC configs; {@link #forward} sends what is registered under an https URL to a
 * loopback server instead. Thread-safe.
 *
 * <pre>{@code
 * sim.webhooks().forward(URI.create("https://dc.example.com"), receiver.url("/").uri());
 * // POST /v0/d/config/dc/dc-1 {"url": "https://dc.example.com/fr", "api_key": "..."}
 * sim.webhooks().sendFulfillmentRequest(request, "dc-1").assertSuccess();
 * }</pre>
 */
public final class WebhookSender {
  /** How many times a failed fulfillment request POST is re-sent (seed 004). */
  public static final int FULFILLMENT_REQUEST_RETRIES = NewStoreCalls.FULFILLMENT_REQUEST_RETRIES;

  /** The external order webhook's documented default timeout (seed 003). */
  private static final Duration ORDER_WEBHOOK_TIMEOUT = Duration.ofSeconds(15);

  private final WebhookTransport transport;
  private final Function<String, Optional<Object>> config;
  private final Supplier<List<Map<String, Object>>> eventStreams;
  private final NewStoreCalls calls;
  private final Clock clock;
  private final String purchaseHistoryRoute;
  private final String orderDetailsRoute;
  private final WebhookAuthorization orderWebhookAuthorization;
  private final BiConsumer<String, String> assignments;

  WebhookSender(
      WebhookTransport transport,
      Function<String, Optional<Object>> config,
      Supplier<List<Map<String, Object>>> eventStreams,
      NewStoreCalls calls,
      Clock clock,
      BiConsumer<String, String> assignments) {
    this(
        transport,
        config,
        eventStreams,
        calls,
        clock,
        SimulatorRoutes.WEBHOOK_PURCHASE_HISTORY,
        SimulatorRoutes.WEBHOOK_ORDER_DETAILS,
        WebhookAuthorization.BEARER,
        assignments);
  }

  private WebhookSender(
      WebhookTransport transport,
      Function<String, Optional<Object>> config,
      Supplier<List<Map<String, Object>>> eventStreams,
      NewStoreCalls calls,
      Clock clock,
      String purchaseHistoryRoute,
      String orderDetailsRoute,
      WebhookAuthorization orderWebhookAuthorization,
      BiConsumer<String, String> assignments) {
    this.transport = transport;
    this.config = config;
    this.eventStreams = eventStreams;
    this.calls = calls;
    this.clock = clock;
    this.purchaseHistoryRoute = purchaseHistoryRoute;
    this.orderDetailsRoute = orderDetailsRoute;
    this.orderWebhookAuthorization = orderWebhookAuthorization;
    this.assignments = assignments;
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
   * @return a sender sharing this one's connections, configuration and forwards
   */
  public WebhookSender withRoutes(String purchaseHistory, String orderDetails) {
    Objects.requireNonNull(purchaseHistory, "purchaseHistory == null");
    Objects.requireNonNull(orderDetails, "orderDetails == null");
    if (!List.of(orderDetails.split("/")).contains("{id}")) {
      throw new IllegalArgumentException("orderDetails needs an {id} segment: " + orderDetails);
    }
    return new WebhookSender(
        transport,
        config,
        eventStreams,
        calls,
        clock,
        strip(purchaseHistory),
        strip(orderDetails),
        orderWebhookAuthorization,
        assignments);
  }

  /**
   * Returns a sender that puts the external order webhook's key in {@code Authorization} in another
   * form. NewStore does not document the form; the default is {@link WebhookAuthorization#BEARER}
   * (unconfirmed).
   *
   * @param form the form for purchase history and order details requests
   * @return a sender sharing this one's connections, configuration and forwards
   */
  public WebhookSender withOrderWebhookAuthorization(WebhookAuthorization form) {
    Objects.requireNonNull(form, "form == null");
    return new WebhookSender(
        transport,
        config,
        eventStreams,
        calls,
        clock,
        purchaseHistoryRoute,
        orderDetailsRoute,
        form,
        assignments);
  }

  /**
   * Sends every webhook whose URL starts with {@code registered} to {@code loopback} instead, the
   * rest of the URL kept: so a test can register the https URL NewStore requires and receive the
   * call on a plain-http loopback server. Applies to this sender and every sender derived from the
   * same simulator, including the requests the simulator sends by itself.
   *
   * @param registered the URL prefix as registered, such as {@code https://dc.example.com}
   * @param loopback where to send instead, such as {@code http://127.0.0.1:8080/}
   * @return this sender
   */
  public WebhookSender forward(URI registered, URI loopback) {
    Objects.requireNonNull(registered, "registered == null");
    Objects.requireNonNull(loopback, "loopback == null");
    transport.forward(registered.toString(), loopback.toString());
    return this;
  }

  private static String strip(String route) {
    return route.startsWith("/") ? route.substring(1) : route;
  }

  // ---- availability ----------------------------------------------------------------------------

  /**
   * Asks for availability (ATP) at the URL of the simulator's ATP webhook config, with the raw key
   * as {@code Authorization}.
   *
   * @param productIds the products, each sent with {@code external_identifier} = its product id
   * @param fulfillmentLocations the locations to ask about
   * @return the outcome; the integrator's {@code availabilities} are in the body
   * @throws IllegalStateException when no ATP webhook config is stored
   */
  public WebhookResult requestAvailability(
      List<String> productIds, List<String> fulfillmentLocations) {
    return requestAvailability(
        targetFromConfig(
            SimulatorRoutes.ATP_WEBHOOK,
            null,
            "No ATP webhook is configured: call"
                + " client.availabilityConfig().webhook().set(AvailabilityWebhookConfig.of(...))"
                + " (stored at /v0/config/availability/webhook) first, or pass a WebhookTarget"),
        productIds,
        fulfillmentLocations);
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
    return send(
        "availabilityRequest",
        target,
        WebhookAuthorization.RAW,
        "POST",
        target.url().toString(),
        body,
        0);
  }

  // ---- external order webhook ------------------------------------------------------------------

  /**
   * Asks for a consumer's purchase history by e-mail (tenants without PII tokenization): {@code GET
   * {base}/orders?consumer_email=...} on the base URL of the simulator's external order webhook
   * config. The route is unconfirmed.
   *
   * @param consumerEmail the consumer's e-mail address
   * @return the outcome; the integrator's {@code orders} are in the body
   * @throws IllegalStateException when no external order webhook config is stored
   */
  public WebhookResult requestPurchaseHistory(String consumerEmail) {
    return requestPurchaseHistory(orderWebhook(), consumerEmail);
  }

  /**
   * Asks an explicit base URL for a consumer's purchase history by e-mail.
   *
   * @param target the base URL, key and timeout
   * @param consumerEmail the consumer's e-mail address
   * @return the outcome
   */
  public WebhookResult requestPurchaseHistory(WebhookTarget target, String consumerEmail) {
    return purchaseHistory(target, "consumer_email", consumerEmail);
  }

  /**
   * Asks for a consumer's purchase history by token (PII-tokenizing tenants): {@code GET
   * {base}/orders?consumer_token=...}; the webhook detokenizes it. The route is unconfirmed.
   *
   * @param consumerToken the consumer token
   * @return the outcome
   * @throws IllegalStateException when no external order webhook config is stored
   */
  public WebhookResult requestPurchaseHistoryByToken(String consumerToken) {
    return requestPurchaseHistoryByToken(orderWebhook(), consumerToken);
  }

  /**
   * Asks an explicit base URL for a consumer's purchase history by token.
   *
   * @param target the base URL, key and timeout
   * @param consumerToken the consumer token
   * @return the outcome
   */
  public WebhookResult requestPurchaseHistoryByToken(WebhookTarget target, String consumerToken) {
    return purchaseHistory(target, "consumer_token", consumerToken);
  }

  private WebhookResult purchaseHistory(WebhookTarget target, String parameter, String value) {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(value, parameter + " == null");
    HttpUrl url =
        route(target, purchaseHistoryRoute)
            .newBuilder()
            .addQueryParameter(parameter, value)
            .build();
    return send(
        "purchaseHistory", target, orderWebhookAuthorization, "GET", url.toString(), null, 0);
  }

  private WebhookTarget orderWebhook() {
    return targetFromConfig(
        SimulatorRoutes.EXTERNAL_ORDER_WEBHOOK,
        ORDER_WEBHOOK_TIMEOUT,
        "No external order webhook is configured: call"
            + " client.salesOrderConfig().externalOrderWebhook().set(...)"
            + " (POST /v0/config/sales_order/external_order_webhook) first, or pass a"
            + " WebhookTarget");
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
    return requestOrderDetails(orderWebhook(), orderId);
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
    return send(
        "orderDetails", target, orderWebhookAuthorization, "GET", url.build().toString(), null, 0);
  }

  // ---- fulfillment requests --------------------------------------------------------------------

  /**
   * POSTs a fulfillment request to the URL of the DC config of {@code fulfillmentNodeId}, with
   * {@code Authorization: Bearer <api_key>}, and re-sends it up to {@value
   * #FULFILLMENT_REQUEST_RETRIES} times while it fails (no answer or a non-2xx status), as NewStore
   * does. The body uses NewStore's member names, {@code fulfillment_node_id} included.
   *
   * @param request the fulfillment request
   * @param fulfillmentNodeId the DC's fulfillment node id
   * @return the outcome of the last attempt, with the number of attempts
   * @throws IllegalStateException when no DC config is stored for the node
   */
  public WebhookResult sendFulfillmentRequest(
      FulfillmentRequest request, String fulfillmentNodeId) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(fulfillmentNodeId, "fulfillmentNodeId == null");
    Map<String, Object> document = FulfillmentRequestDocuments.of(request);
    document.put("fulfillment_node_id", fulfillmentNodeId);
    // A request the simulator knows is now at this node: a rejection there reroutes elsewhere.
    assignments.accept(request.id(), fulfillmentNodeId);
    return sendFulfillmentRequestDocument(fulfillmentNodeId, document);
  }

  /**
   * POSTs a fulfillment request to an explicit target, with NewStore's 3 retries.
   *
   * @param target where to send it
   * @param request the fulfillment request
   * @return the outcome of the last attempt, with the number of attempts
   */
  public WebhookResult sendFulfillmentRequest(WebhookTarget target, FulfillmentRequest request) {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(request, "request == null");
    return send(
        "fulfillmentRequest",
        target,
        WebhookAuthorization.BEARER,
        "POST",
        target.url().toString(),
        FulfillmentRequestDocuments.of(request),
        FULFILLMENT_REQUEST_RETRIES);
  }

  private WebhookResult sendFulfillmentRequestDocument(
      String fulfillmentNodeId, Map<String, Object> document) {
    return calls.sendToNode(fulfillmentNodeId, document);
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
        eventStreams.get().stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No running event stream integration: POST"
                            + " /api/v1/org/integrations/eventstream with a callback_parameters"
                            + " callback_url first, or pass a WebhookTarget"));
    return sendEvent(WebhookTargets.ofEventStream(integration), name, payload);
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
    return send(
        "eventDelivery",
        target,
        WebhookAuthorization.BEARER,
        "POST",
        target.url().toString(),
        calls.envelope(name, payload, clock.instant().toString()),
        0);
  }

  // ---- plumbing --------------------------------------------------------------------------------

  private WebhookTarget targetFromConfig(
      String path, @Nullable Duration defaultTimeout, String notConfigured) {
    return WebhookTargets.fromConfig(config, path, defaultTimeout, notConfigured);
  }

  private static HttpUrl route(WebhookTarget target, String suffix) {
    return WebhookTargets.route(target, suffix);
  }

  private WebhookResult send(
      String operationId,
      WebhookTarget target,
      WebhookAuthorization form,
      String method,
      String url,
      @Nullable Object body,
      int retries) {
    return transport.send(operationId, target, form, method, url, body, retries);
  }
}
