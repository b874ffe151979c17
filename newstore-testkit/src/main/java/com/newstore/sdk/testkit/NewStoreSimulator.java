package com.newstore.sdk.testkit;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.testkit.internal.ConfigRules;
import com.newstore.sdk.testkit.internal.ConfigStore;
import com.newstore.sdk.testkit.internal.EventStreams;
import com.newstore.sdk.testkit.internal.FulfillmentLedger;
import com.newstore.sdk.testkit.internal.OrderBook;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import com.newstore.sdk.testkit.internal.SimulatorServer;
import com.newstore.sdk.testkit.internal.TokenIssuer;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Simulates NewStore in-process on a loopback port, for tests and demos: the OAuth2 token endpoint,
 * every configuration API with state and NewStore's documented rules, order injection, event stream
 * registration and the fulfillment request lifecycle, plus fault injection, an inspection API and a
 * {@link WebhookSender} that calls your webhooks as NewStore does. Thread-safe.
 *
 * <pre>{@code
 * try (NewStoreSimulator sim = NewStoreSimulator.start();
 *     NewStoreClient client = sim.newClient()) {
 *   sim.faults().on("GET", "/v0/config/sales_order/grace_period").nextCalls(2).respond(429, 1);
 *   // call the SDK with client, then assert on sim.requests(), sim.config(path), ...
 * }
 * }</pre>
 *
 * <p>See {@code docs/testing.md} for the rules it enforces and the faults it can inject. Paths
 * NewStore has not published are guesses the simulator shares with the SDK's clients.
 */
public final class NewStoreSimulator implements AutoCloseable {
  private final String clientId;
  private final String clientSecret;
  private final String tenant;
  private final Clock clock;
  private final TokenIssuer tokens;
  private final ConfigStore config;
  private final OrderBook orders;
  private final EventStreams eventStreams;
  private final FulfillmentLedger fulfillment;
  private final Faults faults = new Faults();
  private final SimulatorServer server;
  private final OkHttpClient senderHttp;
  private final WebhookSender sender;

  private NewStoreSimulator(Builder b) {
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.tenant = b.tenant;
    this.clock = b.clock;
    this.tokens = new TokenIssuer(b.clientId, b.clientSecret, b.tokenLifetime, b.clock);
    this.config = new ConfigStore(new ConfigRules(), b.clock);
    this.orders = new OrderBook(b.clock);
    this.eventStreams = new EventStreams();
    this.fulfillment = new FulfillmentLedger(b.clock, b.settleAfterReads, b.settleDelay);
    try {
      this.server =
          new SimulatorServer(
              b.clock, tokens, config, orders, eventStreams, fulfillment, faults::match);
    } catch (IOException e) {
      throw new UncheckedIOException("The simulator could not bind a loopback port", e);
    }
    this.senderHttp = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    this.sender =
        new WebhookSender(
            senderHttp,
            path -> config.get(path).map(e -> e.value()),
            eventStreams::firstRunning,
            tenant,
            b.clock);
  }

  /**
   * Starts a simulator with the default settings.
   *
   * @return a running simulator; close it when done
   */
  public static NewStoreSimulator start() {
    return builder().start();
  }

  /**
   * Returns a builder for a simulator with non-default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---- connection details ----------------------------------------------------------------------

  /**
   * Returns the API base URL, ending in {@code /}.
   *
   * @return the base URL on the loopback interface
   */
  public URI baseUrl() {
    return server.baseUrl();
  }

  /**
   * Returns the OAuth2 token endpoint.
   *
   * @return the token URL
   */
  public URI tokenUrl() {
    return baseUrl().resolve(SimulatorRoutes.TOKEN);
  }

  /**
   * Returns the client id the token endpoint accepts.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the client secret the token endpoint accepts.
   *
   * @return the client secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Returns the tenant name put in event envelopes.
   *
   * @return the tenant
   */
  public String tenant() {
    return tenant;
  }

  /**
   * Returns a client builder already pointed at this simulator (base URL, token URL, credentials),
   * to add your own settings.
   *
   * @return a client builder
   */
  public NewStoreClient.Builder clientBuilder() {
    return NewStoreClient.builder()
        .baseUrl(baseUrl().toString())
        .tokenUrl(tokenUrl().toString())
        .credentials(clientId, clientSecret);
  }

  /**
   * Returns a new client pointed at this simulator, authenticating with its credentials.
   *
   * @return a client; close it when done
   */
  public NewStoreClient newClient() {
    return clientBuilder().build();
  }

  // ---- faults, inspection ----------------------------------------------------------------------

  /**
   * Returns the fault injection scripts.
   *
   * @return the faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Returns every request received so far, oldest first, token requests included.
   *
   * @return an immutable list
   */
  public List<ReceivedRequest> requests() {
    return server.received();
  }

  /**
   * Returns the requests received with a method and path.
   *
   * @param method the method, or {@code *}
   * @param pathTemplate the path (a leading slash is fine); {@code {name}} matches one segment
   * @return the matching requests, oldest first
   */
  public List<ReceivedRequest> requests(String method, String pathTemplate) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    return server.received(method, pathTemplate);
  }

  /**
   * Waits until at least {@code count} requests with a method and path have arrived: for code under
   * test that calls NewStore from another thread.
   *
   * <pre>{@code
   * sim.awaitRequests("POST", "/v0/d/fulfillment_requests/{id}/acknowledgement", 1,
   *     Duration.ofSeconds(5));
   * }</pre>
   *
   * @param method the method, or {@code *}
   * @param pathTemplate the path (a leading slash is fine); {@code {name}} matches one segment
   * @param count how many to wait for, at least 1
   * @param timeout the longest wait
   * @return the matching requests, oldest first
   * @throws java.util.concurrent.TimeoutException when fewer arrived in time
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public List<ReceivedRequest> awaitRequests(
      String method, String pathTemplate, int count, Duration timeout)
      throws java.util.concurrent.TimeoutException, InterruptedException {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    Objects.requireNonNull(timeout, "timeout == null");
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive but was " + count);
    }
    return server.await(method, pathTemplate, count, timeout);
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    server.clearReceived();
  }

  /** Revokes every token issued so far; the next API call with one of them gets {@code 401}. */
  public void revokeTokens() {
    tokens.revokeAll();
  }

  // ---- configuration state ---------------------------------------------------------------------

  /**
   * Returns the configuration stored at a path.
   *
   * @param path a configuration path such as {@code v0/config/sales_order/grace_period}
   * @return the value, if one is stored
   */
  public Optional<ConfigValue> config(String path) {
    String p = strip(path);
    return config.get(p).map(e -> toValue(p, e));
  }

  /**
   * Returns every stored configuration value, keyed by path.
   *
   * @return an immutable map
   */
  public Map<String, ConfigValue> configs() {
    Map<String, ConfigValue> out = new LinkedHashMap<>();
    config.snapshot().forEach((p, e) -> out.put(p, toValue(p, e)));
    return Map.copyOf(out);
  }

  /**
   * Stores a configuration value directly, without the API's rules: test setup.
   *
   * @param path the configuration path
   * @param value the value: maps, lists, strings, numbers or booleans
   */
  public void setConfig(String path, Object value) {
    Objects.requireNonNull(value, "value == null");
    config.put(strip(path), value);
  }

  /**
   * Stores the DC config of a fulfillment node: where the sender POSTs fulfillment requests.
   *
   * @param fulfillmentNodeId the node id
   * @param url the provider's URL
   * @param apiKey the api key sent as {@code Bearer}, or null
   */
  public void configureDistributionCenter(
      String fulfillmentNodeId, URI url, @Nullable String apiKey) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("url", url.toString());
    if (apiKey != null) {
      value.put("api_key", apiKey);
    }
    config.put(SimulatorRoutes.dcConfig(fulfillmentNodeId), value);
  }

  // ---- orders and event streams ----------------------------------------------------------------

  /**
   * Returns an order injected through {@code POST v0/d/fulfill_order}, as stored.
   *
   * @param externalId the order's external id
   * @return the order, if injected
   */
  public Optional<Map<String, Object>> injectedOrder(String externalId) {
    return orders.find(externalId);
  }

  /**
   * Returns how many distinct orders were injected.
   *
   * @return the count
   */
  public int injectedOrderCount() {
    return orders.size();
  }

  /**
   * Returns an event stream integration as registered.
   *
   * @param id the integration id
   * @return the integration with its {@code status}, if registered
   */
  public Optional<Map<String, Object>> eventStream(String id) {
    return eventStreams.find(id);
  }

  // ---- fulfillment requests --------------------------------------------------------------------

  /**
   * Registers a fulfillment request, as NewStore does when it routes an order to a provider. The
   * provider then acts on it through the Fulfillment Provider API.
   *
   * @param request the request; one item per unit
   * @return the same request
   * @throws IllegalArgumentException when a request with that id exists or it has no items
   */
  public FulfillmentRequest createFulfillmentRequest(FulfillmentRequest request) {
    Objects.requireNonNull(request, "request == null");
    fulfillment.create(request);
    return request;
  }

  /**
   * Registers a fulfillment request with one unit per product id (repeat an id for several units)
   * and sample addresses and shipping options.
   *
   * @param id the fulfillment request id
   * @param productIds the product ids, one per unit
   * @return the request
   */
  public FulfillmentRequest createFulfillmentRequest(String id, String... productIds) {
    Objects.requireNonNull(id, "id == null");
    if (productIds.length == 0) {
      throw new IllegalArgumentException("a fulfillment request needs at least one unit");
    }
    List<FulfillmentRequest.Item> items = new ArrayList<>();
    for (String p : productIds) {
      items.add(new FulfillmentRequest.Item(p, Map.of()));
    }
    Map<String, Object> address =
        Map.of(
            "first_name", "Ada",
            "last_name", "Lovelace",
            "address_line_1", "1 Test Street",
            "city", "Boston",
            "zip_code", "02110",
            "country_code", "US");
    Instant now = clock.instant();
    return createFulfillmentRequest(
        new FulfillmentRequest(
            id,
            UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
            now,
            new FulfillmentRequest.ShippingOptions("UPS", "GROUND"),
            items,
            Map.of("shipping_address", address, "billing_address", address)));
  }

  /**
   * Returns a snapshot of a fulfillment request's state.
   *
   * @param id the fulfillment request id
   * @return the state, if the request exists
   */
  public Optional<FulfillmentRequestState> fulfillmentRequest(String id) {
    return fulfillment.state(id);
  }

  /**
   * Makes the shipments of these products settle into {@code failed_shipments}.
   *
   * @param fulfillmentRequestId the fulfillment request id
   * @param productIds the product ids whose shipments fail
   * @throws IllegalArgumentException when the request does not exist
   */
  public void failShipmentsOf(String fulfillmentRequestId, String... productIds) {
    fulfillment.failShipmentsOf(fulfillmentRequestId, List.of(productIds));
  }

  // ---- webhooks --------------------------------------------------------------------------------

  /**
   * Returns the sender that calls your webhooks as NewStore does.
   *
   * @return the sender
   */
  public WebhookSender sender() {
    return sender;
  }

  /** Stops the server and releases the sender's connections. */
  @Override
  public void close() {
    server.close();
    senderHttp.dispatcher().executorService().shutdown();
    senderHttp.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "NewStoreSimulator[baseUrl=" + baseUrl() + ", clientId=" + clientId + "]";
  }

  private static String strip(String path) {
    Objects.requireNonNull(path, "path == null");
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static ConfigValue toValue(String path, ConfigStore.Entry e) {
    return new ConfigValue(path, e.value(), e.updatedAt(), e.version(), e.updatedBy());
  }

  /** Configures and starts a {@link NewStoreSimulator}. Not thread-safe. */
  public static final class Builder {
    private String clientId = "simulator-client";
    private String clientSecret = "simulator-secret-" + UUID.randomUUID();
    private String tenant = SimulatorRoutes.TENANT;
    private Duration tokenLifetime = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();
    private int settleAfterReads = 1;
    private Duration settleDelay = Duration.ZERO;

    private Builder() {}

    /**
     * Sets the client credentials the token endpoint accepts; a fixed id and a random secret by
     * default.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder credentials(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId == null");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      return this;
    }

    /**
     * Sets the tenant name put in event envelopes; {@code simulator} by default.
     *
     * @param tenant the tenant
     * @return this builder
     */
    public Builder tenant(String tenant) {
      this.tenant = Objects.requireNonNull(tenant, "tenant == null");
      return this;
    }

    /**
     * Sets how long issued tokens live; 5 minutes by default.
     *
     * @param lifetime a positive duration
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime == null");
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("lifetime must be positive");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Sets the clock for token expiry, {@code updated_at} and settle delays; for tests that move
     * time themselves.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets how many status reads it takes a shipment, rejection or cancellation to settle; 1 by
     * default (the first read sees it), 0 settles at once.
     *
     * @param reads 0 or more
     * @return this builder
     */
    public Builder settleAfterReads(int reads) {
      if (reads < 0) {
        throw new IllegalArgumentException("reads must not be negative");
      }
      this.settleAfterReads = reads;
      return this;
    }

    /**
     * Sets how long after it was posted an operation settles at the earliest, on the simulator's
     * clock; zero by default.
     *
     * @param delay zero or more
     * @return this builder
     */
    public Builder settleDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative");
      }
      this.settleDelay = delay;
      return this;
    }

    /**
     * Starts the simulator on an ephemeral loopback port.
     *
     * @return the running simulator
     * @throws UncheckedIOException when no port can be bound
     */
    public NewStoreSimulator start() {
      return new NewStoreSimulator(this);
    }
  }
}
