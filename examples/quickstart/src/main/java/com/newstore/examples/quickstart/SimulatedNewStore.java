package com.newstore.examples.quickstart;

import static com.newstore.examples.quickstart.DemoIntegration.IN_STOCK;
import static com.newstore.examples.quickstart.DemoIntegration.OUT_OF_STOCK;

import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookSender;
import com.newstore.sdk.testkit.WebhookTarget;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.StreamEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Plays NewStore's side on the simulator: calls the integration's webhooks with {@code
 * sim.sender()} at the URLs and with the api keys the playbook registered, and routes a fulfillment
 * request to the registered DC.
 *
 * <p>NewStore calls only https URLs, so the playbook registered the public URL an integration has
 * behind its TLS-terminating proxy. Here the simulator plays that proxy: it reads each registered
 * URL back from its configuration state and sends the call to the same path on the loopback server.
 */
final class SimulatedNewStore {
  /** The fulfillment request the simulator creates and sends to the DC. */
  static final String FULFILLMENT_REQUEST_ID = "fr-quickstart-1";

  /** The store NewStore asks ATP for. */
  static final String LOCATION = "store-1";

  // Paths of the simulator's configuration state that hold the registered URLs and keys.
  private static final String ATP_CONFIG = "v0/config/availability/webhook";
  private static final String ORDER_WEBHOOK_CONFIG = "v0/config/sales_order/external_order_webhook";
  private static final String DC_CONFIG = "v0/d/config/dc/" + Playbook.DC_NODE;

  private final NewStoreSimulator sim;
  private final int loopbackPort;
  private final DemoIntegration integration;
  private final Steps steps;

  SimulatedNewStore(
      NewStoreSimulator sim, int loopbackPort, DemoIntegration integration, Steps steps) {
    this.sim = Objects.requireNonNull(sim, "sim == null");
    this.loopbackPort = loopbackPort;
    this.integration = Objects.requireNonNull(integration, "integration == null");
    this.steps = Objects.requireNonNull(steps, "steps == null");
  }

  /** Calls the ATP, purchase history and order details webhooks, and delivers an event. */
  void callWebhooks() {
    WebhookSender sender = sim.sender();
    steps.run(
        "NewStore asks for ATP",
        () -> {
          WebhookResult r =
              expect2xx(
                  sender.requestAvailability(
                      registered(ATP_CONFIG), List.of(IN_STOCK, OUT_OF_STOCK), List.of(LOCATION)));
          List<String> atp = new ArrayList<>();
          for (Object a : list(map(r.bodyJson()).get("availabilities"))) {
            atp.add(map(a).get("product_id") + "=" + map(a).get("atp"));
          }
          return String.join(", ", atp) + " at " + LOCATION;
        });
    steps.run(
        "NewStore asks for the purchase history",
        () -> {
          WebhookResult r =
              expect2xx(
                  sender.requestPurchaseHistory(
                      registered(ORDER_WEBHOOK_CONFIG), DemoIntegration.CUSTOMER_EMAIL));
          List<?> orders = list(map(r.bodyJson()).get("orders"));
          return orders.size() + " order(s) of " + DemoIntegration.CUSTOMER_EMAIL;
        });
    steps.run(
        "NewStore asks for order details",
        () -> {
          WebhookResult r =
              expect2xx(
                  sender.requestOrderDetails(
                      registered(ORDER_WEBHOOK_CONFIG), DemoIntegration.ORDER_ID));
          Map<?, ?> order = map(r.bodyJson());
          return order.get("id")
              + ": "
              + list(order.get("items")).size()
              + " items, total "
              + money(map(order.get("totals")).get("total"))
              + " "
              + order.get("currency");
        });
    steps.run(
        "NewStore sends an event",
        () -> {
          Map<?, ?> callback =
              map(
                  sim.eventStream(Playbook.EVENT_STREAM_ID)
                      .orElseThrow(() -> new IllegalStateException("no event stream registered"))
                      .get("callback_parameters"));
          WebhookTarget target =
              new WebhookTarget(
                  toLoopback(String.valueOf(callback.get("callback_url"))),
                  String.valueOf(callback.get("api_key")),
                  Duration.ofSeconds(10));
          expect2xx(
              sender.sendEvent(
                  target,
                  "order.created",
                  Map.of("id", "ns-order-1", "external_id", DemoIntegration.ORDER_ID)));
          StreamEvent event = integration.events().poll(5, TimeUnit.SECONDS);
          if (event == null) {
            throw new IllegalStateException("the event handler was not called");
          }
          return event.name() + " " + event.payload().get("id") + " handled";
        });
  }

  /**
   * Routes an order to the DC, as NewStore does: creates a fulfillment request for one unit in
   * stock and one out of stock, and POSTs it to the URL registered for the DC.
   *
   * @return the request the integration's handler received, or null when none arrived
   */
  FulfillmentRequest routeFulfillmentRequest() {
    FulfillmentRequest[] received = new FulfillmentRequest[1];
    steps.run(
        "receive a fulfillment request",
        () -> {
          FulfillmentRequest request =
              sim.createFulfillmentRequest(FULFILLMENT_REQUEST_ID, IN_STOCK, OUT_OF_STOCK);
          expect2xx(sim.sender().sendFulfillmentRequest(registered(DC_CONFIG), request));
          received[0] = integration.fulfillmentRequests().poll(5, TimeUnit.SECONDS);
          if (received[0] == null) {
            throw new IllegalStateException("the fulfillment request handler was not called");
          }
          return received[0].id() + ": " + String.join(", ", received[0].productIds());
        });
    return received[0];
  }

  /** Returns the registered URL (moved to loopback), api key and timeout stored at a path. */
  private WebhookTarget registered(String configPath) {
    Map<?, ?> value =
        map(
            sim.config(configPath)
                .orElseThrow(() -> new IllegalStateException("nothing registered at " + configPath))
                .value());
    if (value.get("value") instanceof Map<?, ?> inner) {
      value = inner;
    }
    Duration timeout =
        value.get("timeout") instanceof Number n
            ? Duration.ofSeconds(n.longValue())
            : WebhookTarget.DEFAULT_TIMEOUT;
    return new WebhookTarget(
        toLoopback(String.valueOf(value.get("url"))),
        value.get("api_key") instanceof String key ? key : null,
        timeout);
  }

  /** Forwards a registered https URL to the same path on the loopback server. */
  private URI toLoopback(String registered) {
    URI url = URI.create(registered);
    return URI.create(
        "http://127.0.0.1:"
            + loopbackPort
            + url.getRawPath()
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
  }

  private static WebhookResult expect2xx(WebhookResult r) {
    if (!r.successful()) {
      throw new IllegalStateException(
          "the webhook answered "
              + (r.status() < 0 ? r.failure() : r.status() + " " + r.body())
              + " after "
              + r.attempts()
              + " attempt(s)");
    }
    return r;
  }

  private static Map<?, ?> map(Object o) {
    if (o instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalStateException("expected a JSON object but got " + o);
  }

  private static List<?> list(Object o) {
    if (o instanceof List<?> l) {
      return l;
    }
    throw new IllegalStateException("expected a JSON array but got " + o);
  }

  private static String money(Object amount) {
    return amount instanceof Number n
        ? new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP).toString()
        : String.valueOf(amount);
  }
}
