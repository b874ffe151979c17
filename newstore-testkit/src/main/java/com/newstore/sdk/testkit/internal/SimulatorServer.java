package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.testkit.Fault;
import com.newstore.sdk.testkit.ReceivedRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's HTTP server on a loopback port (JDK {@code HttpServer}): records each request,
 * applies scripted faults, serves the token endpoint, checks bearer tokens and routes to the
 * configuration store, order book, event streams and fulfillment ledger.
 */
public final class SimulatorServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SimulatorServer.class.getName());
  private static final String BLOCK_PAGE =
      "<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Request"
          + " blocked</h1><p>The request was blocked by the edge because the client exceeded its"
          + " request budget.</p></body></html>";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Clock clock;
  private final TokenIssuer tokens;
  private final ConfigStore config;
  private final OrderBook orders;
  private final EventStreams eventStreams;
  private final FulfillmentLedger fulfillment;
  private final RequestContract contract;
  private final ContractWatch watch;
  private final BiFunction<String, String, @Nullable Fault> faults;
  private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
  private final AtomicLong requestIds = new AtomicLong();
  private final Object arrivals = new Object();

  /**
   * Starts the server on a loopback port.
   *
   * @param port the port, 0 for an ephemeral one
   * @param clock the simulator's clock
   * @param tokens the token issuer
   * @param config the configuration store
   * @param orders the order book
   * @param eventStreams the event stream registry
   * @param fulfillment the fulfillment ledger
   * @param contract checks every request before any state changes
   * @param watch checks every answer against the spec's response schemas, when switched on
   * @param faults looks up the fault for a method and path
   * @throws IOException when the port cannot be bound
   */
  public SimulatorServer(
      int port,
      Clock clock,
      TokenIssuer tokens,
      ConfigStore config,
      OrderBook orders,
      EventStreams eventStreams,
      FulfillmentLedger fulfillment,
      RequestContract contract,
      ContractWatch watch,
      BiFunction<String, String, @Nullable Fault> faults)
      throws IOException {
    this.contract = contract;
    this.watch = watch;
    this.clock = clock;
    this.tokens = tokens;
    this.config = config;
    this.orders = orders;
    this.eventStreams = eventStreams;
    this.fulfillment = fulfillment;
    this.faults = faults;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "newstore-simulator-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Returns the base URL, ending in {@code /}.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
  }

  /**
   * Returns every request received so far, oldest first.
   *
   * @return an immutable copy
   */
  public List<ReceivedRequest> received() {
    return List.copyOf(received);
  }

  /** Forgets the requests received so far. */
  public void clearReceived() {
    received.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      SimRequest req = read(exchange);
      ReceivedRequest record =
          new ReceivedRequest(
              req.method(),
              req.path(),
              exchange.getRequestURI().getRawQuery(),
              req.headers(),
              req.body(),
              clock.instant());
      Reply reply = answer(req);
      // Record once handled, so a test that awaited the request also sees its effect on state.
      record(record);
      if (reply != null) {
        if (!isBlockPage(reply)) {
          // The edge's HTML block page is deliberately outside NewStore's API description.
          watch.answer(req, reply);
        }
        send(exchange, reply);
      }
      // A null reply drops the connection: closing before any response headers does that.
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The simulator failed to handle a request", e);
      throw e;
    }
  }

  private @Nullable Reply answer(SimRequest req) {
    Fault fault = faults.apply(req.method(), req.path());
    if (fault == null) {
      return route(req);
    }
    return switch (fault.kind()) {
      case DROP_CONNECTION -> null;
      case LATENCY -> {
        sleep(fault);
        yield route(req);
      }
      case HTML_BLOCK_PAGE ->
          new Reply(
              fault.status(),
              "text/html; charset=utf-8",
              BLOCK_PAGE.getBytes(StandardCharsets.UTF_8),
              Map.of());
      case STATUS -> faultReply(fault, req);
    };
  }

  private static boolean isBlockPage(Reply reply) {
    return reply.contentType() != null && reply.contentType().startsWith("text/html");
  }

  private void record(ReceivedRequest request) {
    received.add(request);
    synchronized (arrivals) {
      arrivals.notifyAll();
    }
  }

  private Reply route(SimRequest req) {
    try {
      if (req.path().equals(SimulatorRoutes.TOKEN)) {
        return tokens.issue(req);
      }
      String clientId = tokens.authenticate(req.header("Authorization"));
      if (clientId == null) {
        return Reply.problem(
                401, "unauthorized", "A valid, unexpired bearer token is required", req.requestId())
            .withHeader("WWW-Authenticate", "Bearer");
      }
      SimRequest authed =
          new SimRequest(
              req.method(),
              req.path(),
              req.query(),
              req.rawQuery(),
              req.headers(),
              req.body(),
              req.requestId(),
              clientId);
      // Validation before state: a request that breaks the documents changes nothing.
      Optional<Violation> violation =
          contract.check(req.method(), req.path(), req.rawQuery(), req.headers(), req.body());
      if (violation.isPresent()) {
        return ViolationReplies.render(req.path(), violation.get(), req.requestId());
      }
      return dispatch(authed);
    } catch (ApiException e) {
      return e.reply();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The simulator failed on " + req.method() + " /" + req.path(), e);
      return Reply.problem(500, "internal_error", "The simulator failed", req.requestId());
    }
  }

  private Reply dispatch(SimRequest req) {
    String path = req.path();
    Optional<ConfigRoute> configRoute = config.route(path);
    if (configRoute.isPresent()) {
      return config.handle(req, configRoute.get());
    }
    if (path.equals(SimulatorRoutes.FULFILL_ORDER)) {
      return req.method().equals("POST") ? orders.inject(req) : notAllowed(req);
    }
    List<String> external = SimulatorRoutes.match(SimulatorRoutes.EXTERNAL_ORDER, path);
    if (external != null) {
      return req.method().equals("GET") ? orders.read(req, external.get(0)) : notAllowed(req);
    }
    if (path.startsWith(SimulatorRoutes.EVENT_STREAMS)) {
      Reply reply = eventStreams.handle(req);
      if (reply != null) {
        return reply;
      }
    }
    for (String template :
        List.of(
            SimulatorRoutes.FR_ACKNOWLEDGEMENT,
            SimulatorRoutes.FR_REJECT_ITEMS,
            SimulatorRoutes.FR_REJECTION,
            SimulatorRoutes.FR_CANCELED_ITEMS,
            SimulatorRoutes.FR_SHIPMENT)) {
      List<String> ids = SimulatorRoutes.match(template, path);
      if (ids != null) {
        String operation = template.substring(template.lastIndexOf('/') + 1);
        return fulfillment.handle(req, ids.get(0), operation);
      }
    }
    // NewStore's answer to an unknown path is unconfirmed; a problem+json 404 is the lenient pick.
    return Reply.problem(
        404, "not_found", "NewStore documents no API at /" + path, req.requestId());
  }

  private static Reply notAllowed(SimRequest req) {
    return Reply.problem(
        405, "method_not_allowed", req.method() + " is not allowed here", req.requestId());
  }

  private static Reply faultReply(Fault fault, SimRequest req) {
    int status = fault.status();
    String code =
        switch (status) {
          case 429 -> "too_many_requests";
          case 500 -> "internal_error";
          case 502 -> "bad_gateway";
          case 503 -> "service_unavailable";
          case 504 -> "gateway_timeout";
          default -> "injected_fault";
        };
    Reply reply;
    if (req.path().equals(SimulatorRoutes.TOKEN)) {
      // The token endpoint answers OAuth2 JSON errors, never problem+json (specs: authToken).
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("error", code);
      error.put("error_description", "Injected by the simulator");
      reply = Reply.json(status, error);
    } else if (SimulatorRoutes.isFulfillmentProviderApi(req.path())) {
      reply = Reply.providerError(status, code, "Injected by the simulator");
    } else {
      reply = Reply.problem(status, code, "Injected by the simulator", req.requestId());
    }
    if (fault.retryAfter() != null) {
      reply = reply.withHeader("Retry-After", Long.toString(fault.retryAfter().toSeconds()));
    }
    return reply;
  }

  private static void sleep(Fault fault) {
    try {
      // Latency is the point of this fault: the simulator's handler thread waits on purpose.
      Thread.sleep(fault.latency().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private SimRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    URI uri = exchange.getRequestURI();
    String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
    String path =
        URLDecoder.decode(rawPath.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    return new SimRequest(
        method,
        path,
        parseQuery(uri.getRawQuery()),
        uri.getRawQuery(),
        headers,
        body,
        "sim-" + requestIds.incrementAndGet(),
        null);
  }

  private static Map<String, String> parseQuery(@Nullable String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.putIfAbsent(k, v);
    }
    return query;
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    if (reply.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    }
    boolean noBody = reply.body().length == 0 || reply.status() == 204;
    exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }

  /**
   * Returns the received requests matching a method and path template.
   *
   * @param method the method, or {@code *}
   * @param pathTemplate a template as in {@link SimulatorRoutes#compile(String)}
   * @return the matching requests, oldest first
   */
  public List<ReceivedRequest> received(String method, String pathTemplate) {
    var pattern = SimulatorRoutes.compile(pathTemplate);
    List<ReceivedRequest> out = new ArrayList<>();
    for (ReceivedRequest r : received) {
      if ((method.equals("*") || method.equalsIgnoreCase(r.method()))
          && pattern.matcher(r.path()).matches()) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Waits until at least {@code count} requests matching a method and path were received.
   *
   * @param method the method, or {@code *}
   * @param pathTemplate a template as in {@link SimulatorRoutes#compile(String)}
   * @param count how many to wait for
   * @param timeout the longest wait
   * @return the matching requests, oldest first
   * @throws java.util.concurrent.TimeoutException when fewer arrived in time
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public List<ReceivedRequest> await(
      String method, String pathTemplate, int count, java.time.Duration timeout)
      throws java.util.concurrent.TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (arrivals) {
      while (true) {
        List<ReceivedRequest> matching = received(method, pathTemplate);
        if (matching.size() >= count) {
          return matching;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new java.util.concurrent.TimeoutException(
              "Received "
                  + matching.size()
                  + " of "
                  + count
                  + " "
                  + method
                  + " /"
                  + pathTemplate
                  + " within "
                  + timeout);
        }
        TimeUnit.NANOSECONDS.timedWait(arrivals, left);
      }
    }
  }
}
