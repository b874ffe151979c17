package com.newstore.examples.jetty;

import com.newstore.sdk.webhooks.AvailabilityRequest;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.StreamEvent;
import com.newstore.sdk.webhooks.WebhookKind;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Runs NewStore's webhooks on embedded Jetty 12 through {@link WebhookServlet}: availability (ATP)
 * from a stock table, fulfillment requests into an inbox for the warehouse, and order events.
 *
 * <pre>{@code
 * try (JettyWebhookServer server = JettyWebhookServer.start("a-long-webhook-api-key", address)) {
 *   FulfillmentRequest next = server.fulfillmentInbox().take();
 * }
 * }</pre>
 */
public final class JettyWebhookServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(JettyWebhookServer.class.getName());

  /** Units on hand per product id and location; a stand-in for the stock system. */
  private static final Map<String, Map<String, Integer>> STOCK =
      Map.of("sku-1", Map.of("dc-1", 12), "sku-2", Map.of("dc-1", 0));

  private final BlockingQueue<FulfillmentRequest> inbox = new LinkedBlockingQueue<>();
  private final BlockingQueue<StreamEvent> events = new LinkedBlockingQueue<>();
  private final Server server;

  private JettyWebhookServer(String apiKey, InetSocketAddress address) throws Exception {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(apiKey)
            .routePrefix("/newstore")
            // Keep equal to the timeout registered with AvailabilityWebhookConfig in NewStore.
            .timeout(WebhookKind.AVAILABILITY, Duration.ofSeconds(10))
            .availabilityHandler((request, context) -> availability(request))
            .fulfillmentRequestHandler((request, context) -> inbox.add(request))
            .eventHandler(events::add)
            .build();

    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new WebhookServlet(webhooks)), "/*");
    server.setHandler(context);
    server.start();
  }

  /**
   * Starts Jetty with the webhook servlet.
   *
   * @param apiKey the api key NewStore sends with each webhook call
   * @param address where to listen; port 0 picks a free one
   * @return the running server; close it to stop
   * @throws Exception when Jetty cannot start
   */
  public static JettyWebhookServer start(String apiKey, InetSocketAddress address)
      throws Exception {
    return new JettyWebhookServer(apiKey, address);
  }

  /**
   * Returns the port Jetty listens on.
   *
   * @return the port
   */
  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /**
   * Returns the fulfillment requests received, for the warehouse to work through.
   *
   * @return the inbox
   */
  public BlockingQueue<FulfillmentRequest> fulfillmentInbox() {
    return inbox;
  }

  /**
   * Returns the events received from NewStore's event stream.
   *
   * @return the events, oldest first
   */
  public BlockingQueue<StreamEvent> events() {
    return events;
  }

  /**
   * Blocks until Jetty stops.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops Jetty. */
  @Override
  public void close() throws Exception {
    server.stop();
  }

  /**
   * Runs the server on {@code PORT} (8080 by default) with the key from {@code
   * NEWSTORE_WEBHOOK_API_KEY}.
   *
   * @param args unused
   * @throws Exception when Jetty cannot start
   */
  public static void main(String[] args) throws Exception {
    String key = System.getenv("NEWSTORE_WEBHOOK_API_KEY");
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("Set the environment variable NEWSTORE_WEBHOOK_API_KEY");
    }
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    try (JettyWebhookServer server = start(key, new InetSocketAddress(port))) {
      LOG.log(Level.INFO, "Serving NewStore webhooks on :{0}/newstore/...", String.valueOf(server.port()));
      server.join();
    }
  }

  private static AvailabilityResponse availability(AvailabilityRequest request) {
    List<AvailabilityResponse.Availability> answer = new ArrayList<>();
    for (AvailabilityRequest.Product p : request.products()) {
      for (String location : request.fulfillmentLocations()) {
        int atp = STOCK.getOrDefault(p.productId(), Map.of()).getOrDefault(location, 0);
        answer.add(
            new AvailabilityResponse.Availability(
                p.productId(), p.externalIdentifier(), location, atp));
      }
    }
    return AvailabilityResponse.of(answer);
  }
}
