package com.newstore.examples.fulfillment;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.Stage;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.webhooks.JdkHttpServerAdapter;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a DC fulfillment provider with no framework: NewStore POSTs fulfillment requests to {@code
 * /newstore/fulfillment_requests} on the JDK's built-in HTTP server, and {@link
 * DcFulfillmentProvider} answers through the Fulfillment Provider API.
 *
 * <pre>{@code
 * try (FulfillmentProviderApp app = FulfillmentProviderApp.start(client, inventory, "dc-api-key",
 *     new InetSocketAddress(8080), WaiterOptions.defaults(), outcome -> log(outcome))) {
 *   app.awaitClose();
 * }
 * }</pre>
 */
public final class FulfillmentProviderApp implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(FulfillmentProviderApp.class.getName());

  /** The path NewStore POSTs fulfillment requests to; register it in the DC config's url. */
  public static final String FULFILLMENT_REQUESTS_PATH = "/newstore/fulfillment_requests";

  private final FulfillmentProviderClient fulfillment;
  private final DcFulfillmentProvider provider;
  private final JdkHttpServerAdapter.Server server;

  private FulfillmentProviderApp(
      FulfillmentProviderClient fulfillment,
      DcFulfillmentProvider provider,
      JdkHttpServerAdapter.Server server) {
    this.fulfillment = fulfillment;
    this.provider = provider;
    this.server = server;
  }

  /**
   * Starts the provider's HTTP server.
   *
   * @param client the NewStore client (tenant or simulator)
   * @param inventory what is on hand
   * @param apiKey the api key NewStore sends, as set in the DC config
   * @param address where to listen; port 0 picks a free one
   * @param waiterOptions how long to wait for NewStore to confirm a shipment
   * @param onOutcome told what happened to each request
   * @return the running app; close it to stop
   * @throws IOException when the address cannot be bound
   */
  public static FulfillmentProviderApp start(
      NewStoreClient client,
      Inventory inventory,
      String apiKey,
      InetSocketAddress address,
      WaiterOptions waiterOptions,
      Consumer<Outcome> onOutcome)
      throws IOException {
    FulfillmentProviderClient fulfillment = FulfillmentProviderClient.create(client);
    DcFulfillmentProvider provider =
        new DcFulfillmentProvider(fulfillment, inventory, waiterOptions, onOutcome);
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(apiKey)
            .routePrefix("/newstore")
            .fulfillmentRequestHandler(provider)
            .build();
    return new FulfillmentProviderApp(
        fulfillment, provider, JdkHttpServerAdapter.start(webhooks, address));
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /**
   * Blocks until the server is closed.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void awaitClose() throws InterruptedException {
    server.awaitClose();
  }

  /** Stops the server, the workers and the waiters. */
  @Override
  public void close() {
    server.close();
    provider.close();
    fulfillment.close();
  }

  /**
   * Runs the provider against a tenant (or any NewStore-compatible base URL) configured through
   * environment variables; see the README.
   *
   * @param args unused
   * @throws Exception when it cannot start
   */
  public static void main(String[] args) throws Exception {
    NewStoreClient.Builder builder =
        NewStoreClient.builder()
            .credentials(env("NEWSTORE_CLIENT_ID"), env("NEWSTORE_CLIENT_SECRET"));
    String baseUrl = System.getenv("NEWSTORE_BASE_URL");
    if (baseUrl != null) {
      builder.baseUrl(baseUrl).tokenUrl(env("NEWSTORE_TOKEN_URL"));
    } else {
      builder
          .tenant(env("NEWSTORE_TENANT"))
          .stage(Stage.parse(System.getenv().getOrDefault("NEWSTORE_STAGE", "staging")));
    }
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    // A stand-in for the WMS: ten units of each demo product.
    Inventory inventory = Inventory.inMemory(Map.of("sku-1", 10, "sku-2", 10));
    try (NewStoreClient client = builder.build();
        FulfillmentProviderApp app =
            start(
                client,
                inventory,
                env("NEWSTORE_DC_API_KEY"),
                new InetSocketAddress(port),
                WaiterOptions.defaults(),
                outcome -> LOG.log(Level.INFO, "{0}", outcome))) {
      LOG.log(
          Level.INFO,
          "Listening on :{0}{1}",
          String.valueOf(app.port()),
          FULFILLMENT_REQUESTS_PATH);
      app.awaitClose();
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Set the environment variable " + name);
    }
    return value;
  }
}
