package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.contract.NewStoreContract;
import com.newstore.sdk.testkit.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The parts of one running simulator, wired together: the tenant's state (configurations, orders,
 * event streams, fulfillment requests, inventory, emitted events), the request contract (the spec
 * first, then NewStore's documented schemas), the HTTP server, and the calls NewStore makes by
 * itself (fulfillment requests to nodes, event deliveries) on a background thread. Thread-safe.
 */
public final class Simulation implements AutoCloseable {
  private final TokenIssuer tokens;
  private final ConfigStore config;
  private final OrderBook orders;
  private final EventStreams eventStreams;
  private final FulfillmentLedger fulfillment;
  private final Inventory inventory = new Inventory();
  private final EventLog events;
  private final Set<String> fulfillmentNodes = ConcurrentHashMap.newKeySet();
  private final ExecutorService deliveries;
  private final ContractWatch watch;
  private final SimulatorServer server;
  private final OkHttpClient senderHttp;
  private final WebhookTransport transport;
  private final NewStoreCalls calls;

  /**
   * Wires the parts and starts the server.
   *
   * @param s the settings
   * @param faults looks up the scripted fault for a method and path
   * @throws UncheckedIOException when the port cannot be bound
   */
  public Simulation(SimulatorSettings s, BiFunction<String, String, @Nullable Fault> faults) {
    fulfillmentNodes.addAll(s.fulfillmentNodes());
    this.deliveries =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "newstore-simulator-deliveries");
              t.setDaemon(true);
              return t;
            });
    ConfigRoutes routes = new ConfigRoutes();
    this.watch = ContractWatch.of(s.validateResponses());
    DocumentedRequestContract documented = new DocumentedRequestContract(routes);
    SpecRequestContract spec = new SpecRequestContract(NewStoreContract.api(), documented);
    this.tokens = new TokenIssuer(s.clientId(), s.clientSecret(), s.tokenLifetime(), s.clock());
    this.config = new ConfigStore(routes, s.clock());
    this.events = new EventLog(s.clock());
    this.orders = new OrderBook(s.clock(), this::knowsNode, events);
    this.eventStreams = new EventStreams(s.clock());
    this.fulfillment =
        new FulfillmentLedger(
            s.clock(),
            s.settleAfterReads(),
            s.settleDelay(),
            inventory,
            this::distributionCenters,
            this::dispatch);
    this.senderHttp = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    this.transport = new WebhookTransport(senderHttp, watch);
    this.calls =
        new NewStoreCalls(
            transport,
            path -> config.get(path).map(e -> e.value()),
            eventStreams::running,
            s.tenant());
    try {
      this.server =
          new SimulatorServer(
              s.port(),
              s.clock(),
              tokens,
              config,
              orders,
              eventStreams,
              fulfillment,
              // The spec first; the documents then check what the spec does not carry.
              (method, path, query, headers, body) ->
                  spec.check(method, path, query, headers, body)
                      .or(() -> documented.check(method, path, query, headers, body)),
              watch,
              faults);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The simulator could not bind loopback port " + s.port() + ": " + e.getMessage(), e);
    }
    events.deliverTo(event -> deliveries.execute(() -> calls.deliver(event)));
  }

  private boolean knowsNode(String nodeId) {
    return fulfillmentNodes.contains(nodeId)
        || config.get(SimulatorRoutes.dcConfig(nodeId)).isPresent();
  }

  private List<String> distributionCenters() {
    List<String> nodes = new ArrayList<>();
    for (String path : config.snapshot().keySet()) {
      List<String> id = SimulatorRoutes.match(SimulatorRoutes.DC_CONFIG, path);
      if (id != null) {
        nodes.add(id.get(0));
      }
    }
    return nodes;
  }

  /**
   * Sends a new fulfillment request to its node in the background and emits {@code assigned}, as
   * NewStore does.
   *
   * @param nodeId the node
   * @param document the document NewStore sends
   */
  public void dispatch(String nodeId, Map<String, Object> document) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("id", document.get("id"));
    payload.put("order_id", document.get("order_id"));
    payload.put("fulfillment_node_id", nodeId);
    deliveries.execute(() -> calls.sendToNode(nodeId, document));
    events.emit("fulfillment_request.assigned", payload);
  }

  /**
   * Registers fulfillment nodes the tenant knows.
   *
   * @param nodeId the node id
   */
  public void addFulfillmentNode(String nodeId) {
    fulfillmentNodes.add(nodeId);
  }

  /**
   * Returns the token issuer.
   *
   * @return the issuer
   */
  public TokenIssuer tokens() {
    return tokens;
  }

  /**
   * Returns the configuration store.
   *
   * @return the store
   */
  public ConfigStore config() {
    return config;
  }

  /**
   * Returns the order book.
   *
   * @return the book
   */
  public OrderBook orders() {
    return orders;
  }

  /**
   * Returns the event stream registry.
   *
   * @return the registry
   */
  public EventStreams eventStreams() {
    return eventStreams;
  }

  /**
   * Returns the fulfillment ledger.
   *
   * @return the ledger
   */
  public FulfillmentLedger fulfillment() {
    return fulfillment;
  }

  /**
   * Returns the inventory.
   *
   * @return the inventory
   */
  public Inventory inventory() {
    return inventory;
  }

  /**
   * Returns the log of emitted events.
   *
   * @return the log
   */
  public EventLog events() {
    return events;
  }

  /**
   * Returns the HTTP server.
   *
   * @return the server
   */
  public SimulatorServer server() {
    return server;
  }

  /**
   * Returns the transport webhook requests go through.
   *
   * @return the transport
   */
  public WebhookTransport transport() {
    return transport;
  }

  /**
   * Returns the calls NewStore makes by itself.
   *
   * @return the calls
   */
  public NewStoreCalls calls() {
    return calls;
  }

  /**
   * Returns what the simulator sent that the spec rejects.
   *
   * @return the violations, oldest first
   */
  public List<String> contractViolations() {
    return watch.violations();
  }

  /**
   * Stops the server and the deliveries and releases the sender's connections, then throws when the
   * simulator sent anything the spec rejects.
   *
   * @throws AssertionError listing the violations, when any was recorded
   */
  @Override
  public void close() {
    server.close();
    deliveries.shutdownNow();
    senderHttp.dispatcher().executorService().shutdown();
    senderHttp.connectionPool().evictAll();
    List<String> violations = watch.violations();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "The simulator sent "
              + violations.size()
              + " message(s) its API description rejects:\n  "
              + String.join("\n  ", violations));
    }
  }
}
