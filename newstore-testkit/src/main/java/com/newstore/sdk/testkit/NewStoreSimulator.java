package com.newstore.sdk.testkit;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.testkit.internal.ConfigStore;
import com.newstore.sdk.testkit.internal.Simulation;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import com.newstore.sdk.testkit.internal.SimulatorSettings;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
 * <p>Routes, bodies and rules come from NewStore's published documents, not from the SDK: every
 * request is first checked against the project's OpenAPI description of NewStore ({@code
 * newstore-contract}) and NewStore's documented request schema (a violation answers {@code 400}
 * naming the member, and changes nothing), then the stateful rules run. With {@link
 * NewStoreSimulatorBuilder#validateResponses(boolean)} the simulator also checks its own answers
 * and webhook requests against that description. Where NewStore's behaviour is unknown the
 * simulator picks the lenient reading and says so. See {@code docs/testing.md} for the rules it
 * enforces and the faults it can inject.
 */
public final class NewStoreSimulator implements AutoCloseable {
  /**
   * The system property ({@code true}/{@code false}) giving the default of {@link
   * NewStoreSimulatorBuilder#validateResponses(boolean)}.
   */
  public static final String VALIDATE_RESPONSES_PROPERTY = "newstore.simulator.validateResponses";

  private final SimulatorSettings settings;
  private final Faults faults = new Faults();
  private final Simulation parts;
  private final WebhookSender sender;

  NewStoreSimulator(SimulatorSettings settings) {
    this.settings = settings;
    this.parts = new Simulation(settings, faults::match);
    this.sender =
        new WebhookSender(
            parts.transport(),
            path -> parts.config().get(path).map(e -> e.value()),
            parts.eventStreams()::running,
            parts.calls(),
            settings.clock(),
            parts.fulfillment()::assign);
  }

  /**
   * Starts a simulator with the default settings.
   *
   * @return a running simulator; close it when done
   */
  public static NewStoreSimulator start() {
    return builder().start();
  }

  /** {@return a builder for a simulator with non-default settings} */
  public static NewStoreSimulatorBuilder builder() {
    return new NewStoreSimulatorBuilder();
  }

  /** {@return the API base URL, ending in {@code /}} */
  public URI baseUrl() {
    return parts.server().baseUrl();
  }

  /** {@return the OAuth2 token endpoint} */
  public URI tokenUrl() {
    return baseUrl().resolve(SimulatorRoutes.TOKEN);
  }

  /** {@return the client id the token endpoint accepts} */
  public String clientId() {
    return settings.clientId();
  }

  /** {@return the client secret the token endpoint accepts} */
  public String clientSecret() {
    return settings.clientSecret();
  }

  /** {@return the port the simulator listens on} */
  public int port() {
    return baseUrl().getPort();
  }

  /** {@return the tenant name put in event envelopes} */
  public String tenant() {
    return settings.tenant();
  }

  /**
   * {@return a client builder already pointed at this simulator (base URL, token URL, credentials),
   * to add your own settings}
   */
  public NewStoreClient.Builder clientBuilder() {
    return NewStoreClient.builder()
        .baseUrl(baseUrl().toString())
        .tokenUrl(tokenUrl().toString())
        .credentials(settings.clientId(), settings.clientSecret());
  }

  /** {@return a new client pointed at this simulator, with its credentials}; close it when done. */
  public NewStoreClient newClient() {
    return clientBuilder().build();
  }

  /** {@return the fault injection scripts} */
  public Faults faults() {
    return faults;
  }

  /** {@return every request received so far, oldest first, token requests included} */
  public List<ReceivedRequest> requests() {
    return parts.server().received();
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
    return parts.server().received(method, pathTemplate);
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
    return parts.server().await(method, pathTemplate, count, timeout);
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    parts.server().clearReceived();
  }

  /** Revokes every token issued so far; the next API call with one of them gets {@code 401}. */
  public void revokeTokens() {
    parts.tokens().revokeAll();
  }

  /**
   * Returns the configuration stored at a path.
   *
   * @param path a configuration path such as {@code v0/config/sales_order/grace_period}
   * @return the value, if one is stored
   */
  public Optional<StoredConfig> config(String path) {
    String p = strip(path);
    return parts.config().get(p).map(e -> toValue(p, e));
  }

  /** {@return every stored configuration value, keyed by path} */
  public Map<String, StoredConfig> configs() {
    Map<String, StoredConfig> out = new LinkedHashMap<>();
    parts.config().snapshot().forEach((p, e) -> out.put(p, toValue(p, e)));
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
    parts.config().put(strip(path), value);
  }

  /**
   * Stores the DC config of a fulfillment node ({@code /v0/d/config/dc/{id}}): where fulfillment
   * requests for it are POSTed. Test setup: unlike the API, it also takes an {@code http} URL (the
   * API requires https; see {@link WebhookSender#forward} to receive https-registered calls on
   * loopback).
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
    parts.config().put(SimulatorRoutes.dcConfig(fulfillmentNodeId), value);
  }

  /**
   * Registers fulfillment nodes (stores, DCs) the tenant knows, as at least one availability import
   * per location does in NewStore (seed 000). An order routed {@code external} to a node that is
   * neither registered nor has a DC config is cancelled on injection.
   *
   * @param nodeIds the fulfillment node ids
   */
  public void addFulfillmentNodes(String... nodeIds) {
    for (String id : nodeIds) {
      parts.addFulfillmentNode(Objects.requireNonNull(id, "nodeId == null"));
    }
  }

  /**
   * Returns the available-to-promise of a product at a location as the simulator knows it.
   *
   * @param fulfillmentNodeId the location
   * @param productId the product
   * @return the ATP, or empty when nothing is known (counted as available)
   */
  public OptionalLong availability(String fulfillmentNodeId, String productId) {
    return parts.inventory().get(fulfillmentNodeId, productId);
  }

  /**
   * Sets the available-to-promise of a product at a location; a reroute skips locations where it is
   * 0.
   *
   * @param fulfillmentNodeId the location
   * @param productId the product
   * @param atp the quantity
   */
  public void setAvailability(String fulfillmentNodeId, String productId, long atp) {
    Objects.requireNonNull(fulfillmentNodeId, "fulfillmentNodeId == null");
    Objects.requireNonNull(productId, "productId == null");
    parts.inventory().set(fulfillmentNodeId, productId, atp);
  }

  /**
   * {@return the events the simulator emitted by itself, oldest first ({@code order.created},
   * {@code order.cancelled}, {@code fulfillment_request.assigned})}. Each is also delivered, in the
   * background, to every running event stream integration.
   */
  public List<EmittedEvent> emittedEvents() {
    return parts.events().events().stream()
        .map(e -> new EmittedEvent(e.name(), e.payload(), e.publishedAt()))
        .toList();
  }

  /**
   * Returns an order injected through {@code POST v0/d/fulfill_order}, as stored.
   *
   * @param externalId the order's external id
   * @return the order, if injected
   */
  public Optional<Map<String, Object>> injectedOrder(String externalId) {
    return parts.orders().find(externalId);
  }

  /** {@return how many distinct orders were injected} */
  public int injectedOrderCount() {
    return parts.orders().size();
  }

  /**
   * Returns an event stream integration as registered.
   *
   * @param id the integration id
   * @return the integration with its {@code status}, if registered
   */
  public Optional<Map<String, Object>> eventStream(String id) {
    return parts.eventStreams().find(id);
  }

  /**
   * Routes a fulfillment request to a node as NewStore does: registers it and POSTs it, in the
   * background, to the URL of the node's DC config (with NewStore's retries), and emits {@code
   * fulfillment_request.assigned}. The provider then acts on it through the Fulfillment Provider
   * API; a rejection reroutes the rejected units to another DC as a new request.
   *
   * <p>Several units of one product id are picked by price, which NewStore documents only as "least
   * or most expensive first". Unconfirmed: a shipment takes the most expensive open unit first, a
   * rejection or cancellation the least expensive.
   *
   * @param id the fulfillment request id
   * @param orderId the order id
   * @param fulfillmentNodeId the DC's fulfillment node id
   * @param units one entry per unit
   * @return the document NewStore sends
   * @throws IllegalArgumentException when a request with that id exists or it has no units
   */
  public Map<String, Object> routeFulfillmentRequest(
      String id, String orderId, String fulfillmentNodeId, List<FulfillmentUnit> units) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(fulfillmentNodeId, "fulfillmentNodeId == null");
    Map<String, Object> sample = FulfillmentRequestDocuments.sample(settings.clock());
    Map<String, Object> document =
        parts.fulfillment().create(id, orderId, fulfillmentNodeId, List.copyOf(units), sample);
    parts.dispatch(fulfillmentNodeId, document);
    return document;
  }

  /**
   * Registers a fulfillment request without sending it, as if NewStore had sent it already. The
   * provider then acts on it through the Fulfillment Provider API.
   *
   * @param request the request; one item per unit (an item's {@code price} in its unknown fields is
   *     kept)
   * @return the same request
   * @throws IllegalArgumentException when a request with that id exists or it has no items
   */
  public FulfillmentRequest createFulfillmentRequest(FulfillmentRequest request) {
    Objects.requireNonNull(request, "request == null");
    List<FulfillmentUnit> units = FulfillmentRequestDocuments.units(request);
    Map<String, Object> rest = FulfillmentRequestDocuments.withoutItems(request);
    parts.fulfillment().create(request.id(), request.orderId(), null, units, rest);
    return request;
  }

  /**
   * Registers a fulfillment request with one unit per product id (repeat an id for several units)
   * and sample addresses and shipping options, without sending it.
   *
   * @param id the fulfillment request id
   * @param productIds the product ids, one per unit
   * @return the request
   */
  public FulfillmentRequest createFulfillmentRequest(String id, String... productIds) {
    Objects.requireNonNull(id, "id == null");
    return createFulfillmentRequest(
        FulfillmentRequestDocuments.sampleRequest(id, settings.clock(), productIds));
  }

  /** {@return a snapshot of every fulfillment request, rerouted ones included, oldest first} */
  public List<FulfillmentRequestState> fulfillmentRequests() {
    return parts.fulfillment().states();
  }

  /**
   * Returns a snapshot of a fulfillment request's state.
   *
   * @param id the fulfillment request id
   * @return the state, if the request exists
   */
  public Optional<FulfillmentRequestState> fulfillmentRequest(String id) {
    return parts.fulfillment().state(id);
  }

  /**
   * Makes the shipments of these products settle into {@code failed_shipments}.
   *
   * @param fulfillmentRequestId the fulfillment request id
   * @param productIds the product ids whose shipments fail
   * @throws IllegalArgumentException when the request does not exist
   */
  public void failShipmentsOf(String fulfillmentRequestId, String... productIds) {
    parts.fulfillment().failShipmentsOf(fulfillmentRequestId, List.of(productIds));
  }

  /** {@return the sender that calls your webhooks as NewStore does} */
  public WebhookSender sender() {
    return sender;
  }

  /**
   * {@return the sender that calls your webhooks as NewStore does; the same as {@link #sender()}}
   */
  public WebhookSender webhooks() {
    return sender;
  }

  /**
   * Stops the server and releases the sender's connections.
   *
   * @throws AssertionError when {@link NewStoreSimulatorBuilder#validateResponses(boolean)} is on
   *     and the simulator sent anything the project's API description rejects, listing it
   */
  @Override
  public void close() {
    parts.close();
  }

  /**
   * {@return what the simulator sent that the project's API description rejects: its answers
   * (against {@code specs/newstore-api.yaml}) and its webhook requests (against {@code
   * specs/newstore-webhooks.yaml})}. Always empty unless {@link
   * NewStoreSimulatorBuilder#validateResponses(boolean)} is on.
   */
  public List<String> contractViolations() {
    return parts.contractViolations();
  }

  @Override
  public String toString() {
    return "NewStoreSimulator[baseUrl=" + baseUrl() + ", clientId=" + settings.clientId() + "]";
  }

  private static String strip(String path) {
    Objects.requireNonNull(path, "path == null");
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static StoredConfig toValue(String path, ConfigStore.Entry e) {
    return new StoredConfig(path, e.value(), e.updatedAt(), e.version(), e.updatedBy());
  }
}
