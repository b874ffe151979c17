package com.newstore.examples.fulfillment;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.Stage;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox;
import com.newstore.sdk.fulfillment.outbox.OutboxWorker;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.JdkHttpServerAdapter;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.NewStoreWebhooksBuilder;
import com.newstore.sdk.webhooks.jdbc.JdbcDeduplicationStore;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a DC fulfillment provider with no framework: NewStore POSTs fulfillment requests to {@code
 * /newstore/fulfillment_requests} on the JDK's built-in HTTP server, and the provider answers
 * through the Fulfillment Provider API: in memory ({@link DcFulfillmentProvider}), or with its
 * state in PostgreSQL ({@link OutboxFulfillmentProvider}) so that nothing is handled twice or lost
 * across restarts and instances.
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

  private final JdkHttpServerAdapter.Server server;
  private final List<AutoCloseable> resources; // closed after the server, last opened first

  private FulfillmentProviderApp(
      JdkHttpServerAdapter.Server server, List<AutoCloseable> resources) {
    this.server = server;
    this.resources = resources;
  }

  /**
   * Starts the provider with its state in memory: a restart forgets which requests were handled,
   * and a shipment NewStore did not receive is lost with the process.
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
    LOG.log(
        Level.WARNING,
        "Fulfillment state is in memory: a restart forgets handled requests and unsent"
            + " shipments. Set NEWSTORE_JDBC_URL to keep it in PostgreSQL.");
    List<AutoCloseable> resources = new ArrayList<>();
    FulfillmentProviderClient fulfillment = FulfillmentProviderClient.create(client);
    resources.add(fulfillment);
    DcFulfillmentProvider provider =
        new DcFulfillmentProvider(fulfillment, inventory, waiterOptions, onOutcome);
    resources.add(provider);
    NewStoreWebhooks webhooks = webhooks(apiKey, provider).build();
    return new FulfillmentProviderApp(JdkHttpServerAdapter.start(webhooks, address), resources);
  }

  /**
   * Starts the provider with its state in PostgreSQL: re-deliveries are dropped across instances
   * and restarts ({@link JdbcDeduplicationStore}), and accept, reject and ship are recorded in a
   * {@link FulfillmentOutbox} whose worker delivers them until NewStore confirms, also after a
   * restart. Creates both tables if they do not exist.
   *
   * @param client the NewStore client (tenant or simulator); the worker uses a client derived from
   *     it with retries off, because the worker is the retry loop
   * @param inventory what is on hand
   * @param apiKey the api key NewStore sends, as set in the DC config
   * @param address where to listen; port 0 picks a free one
   * @param state the database and the outbox worker's settings
   * @param onOutcome told what was recorded for each request
   * @return the running app; close it to stop
   * @throws IOException when the address cannot be bound
   */
  public static FulfillmentProviderApp startOnPostgres(
      NewStoreClient client,
      Inventory inventory,
      String apiKey,
      InetSocketAddress address,
      PostgresState state,
      Consumer<Outcome> onOutcome)
      throws IOException {
    LOG.log(Level.INFO, "Fulfillment state is in PostgreSQL (claims and outbox tables)");
    List<AutoCloseable> resources = new ArrayList<>();
    try {
      JdbcDeduplicationStore claims =
          JdbcDeduplicationStore.builder(state.dataSource())
              .cleanupEvery(Duration.ofHours(1))
              .build();
      resources.add(claims);
      claims.createSchema();
      FulfillmentOutbox outbox = FulfillmentOutbox.create(state.dataSource());
      outbox.createSchema();
      NewStoreClient noRetries = client.newBuilder().retryPolicy(RetryPolicy.none()).build();
      resources.add(noRetries);
      FulfillmentProviderClient fulfillment = FulfillmentProviderClient.create(noRetries);
      resources.add(fulfillment);
      OutboxWorker worker =
          outbox
              .worker(fulfillment)
              .pollInterval(state.pollInterval())
              .confirmInterval(state.pollInterval())
              .retryPolicy(state.retryPolicy())
              .build();
      resources.add(worker);
      worker.start();
      OutboxFulfillmentProvider provider =
          new OutboxFulfillmentProvider(state.dataSource(), outbox, inventory, onOutcome);
      NewStoreWebhooks webhooks = webhooks(apiKey, provider).deduplicationStore(claims).build();
      return new FulfillmentProviderApp(JdkHttpServerAdapter.start(webhooks, address), resources);
    } catch (IOException | RuntimeException e) {
      closeAll(resources);
      throw e;
    }
  }

  private static NewStoreWebhooksBuilder webhooks(
      String apiKey, FulfillmentRequestHandler handler) {
    return NewStoreWebhooks.builder()
        .apiKey(apiKey)
        .routePrefix("/newstore")
        .fulfillmentRequestHandler(handler);
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

  /** Stops the server, then the workers and the clients it started. */
  @Override
  public void close() {
    server.close();
    closeAll(resources);
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Could not close " + resources.get(i), e);
      }
    }
  }

  /**
   * Runs the provider against a tenant (or any NewStore-compatible base URL) configured through
   * environment variables; see the README. With {@code NEWSTORE_JDBC_URL} set, its state is in that
   * PostgreSQL database; otherwise in memory.
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
    String jdbcUrl = System.getenv("NEWSTORE_JDBC_URL");
    Consumer<Outcome> log = outcome -> LOG.log(Level.INFO, "{0}", outcome);
    InetSocketAddress address = new InetSocketAddress(port);
    try (NewStoreClient client = builder.build();
        FulfillmentProviderApp app =
            jdbcUrl == null || jdbcUrl.isBlank()
                ? start(
                    client,
                    inventory,
                    env("NEWSTORE_DC_API_KEY"),
                    address,
                    WaiterOptions.defaults(),
                    log)
                : startOnPostgres(
                    client,
                    inventory,
                    env("NEWSTORE_DC_API_KEY"),
                    address,
                    PostgresState.of(PostgresState.dataSource(jdbcUrl)),
                    log)) {
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
