package com.newstore.sdk.benchmarks;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentFailedException;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Measures how many status reads the shipment waiter makes until it sees a shipment that settles a
 * known time after the ship call, against the ideal: the first read of the waiter's own schedule
 * that comes at or after the settle time. The loopback server counts the reads itself and stamps
 * each one, so a hidden extra read (a transport retry, a duplicate poll, a poll after the answer)
 * would show. Not a JMH benchmark: {@code benchmarks/run} prints its table.
 */
public final class WaiterEfficiency {
  private static final String PATH_PREFIX = "/v0/d/fulfillment_requests/";
  private static final List<String> PRODUCTS = List.of("sku-1", "sku-2");

  private final Map<String, Scenario> scenarios = new ConcurrentHashMap<>();

  private WaiterEfficiency() {}

  /**
   * Runs the scenarios and prints a markdown table.
   *
   * @param args ignored
   * @throws IOException when the loopback server cannot start
   */
  public static void main(String[] args) throws IOException {
    new WaiterEfficiency().run();
  }

  private void run() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::handle);
    server.start();
    AccessToken token = new AccessToken("waiter-token", Instant.MAX);
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    // Deterministic schedule (no jitter): reads at 0, 100, 300, 700, 1100, 1500, ... ms.
    WaiterOptions fixed =
        WaiterOptions.builder()
            .initialInterval(Duration.ofMillis(100))
            .maxInterval(Duration.ofMillis(400))
            .jitter(0)
            .maxAttempts(40)
            .maxTotalTime(Duration.ofSeconds(30))
            .build();
    WaiterOptions jittered =
        WaiterOptions.builder()
            .initialInterval(Duration.ofMillis(100))
            .maxInterval(Duration.ofMillis(400))
            .jitter(0.2)
            .maxAttempts(40)
            .maxTotalTime(Duration.ofSeconds(30))
            .build();
    System.out.println(
        "| scenario | settles after | reads counted by the server | waiter's attempts | ideal reads"
            + " | read that saw it, after settling | verdict |");
    System.out.println("|---|---|---|---|---|---|---|");
    boolean allIdeal = true;
    try (NewStoreClient client =
            NewStoreClient.builder().baseUrl(base).tokenProvider(() -> token).build();
        FulfillmentProviderClient fulfillment = FulfillmentProviderClient.create(client)) {
      allIdeal &= scenario(fulfillment, "fr-now", 0, false, fixed, "already shipped");
      allIdeal &= scenario(fulfillment, "fr-450", 450, false, fixed, "ships, no jitter");
      allIdeal &= scenario(fulfillment, "fr-1300", 1300, false, fixed, "ships, no jitter");
      allIdeal &= scenario(fulfillment, "fr-fail", 450, true, fixed, "fails, no jitter");
      allIdeal &= scenario(fulfillment, "fr-j1", 450, false, jittered, "ships, jitter 0.2");
      allIdeal &= scenario(fulfillment, "fr-j2", 1300, false, jittered, "ships, jitter 0.2");
    } finally {
      server.stop(0);
    }
    System.out.println();
    System.out.println(
        allIdeal
            ? "waiter reads = ideal in every scenario"
            : "waiter reads differ from the ideal in at least one scenario (see verdicts)");
  }

  private boolean scenario(
      FulfillmentProviderClient fulfillment,
      String id,
      long settleMillis,
      boolean fails,
      WaiterOptions options,
      String label) {
    Scenario s = new Scenario(settleMillis, fails);
    scenarios.put(id, s);
    fulfillment.ship(id, PRODUCTS, Shipment.of("1Z" + id, "UPS"));
    int attempts;
    try {
      attempts =
          fulfillment.waiter().untilShipped(id, PRODUCTS).options(options).await().attempts();
      if (fails) {
        throw new IllegalStateException(id + ": the waiter missed the failed shipment");
      }
    } catch (ShipmentFailedException e) {
      if (!fails) {
        throw e;
      }
      attempts = e.attempts();
    }
    List<Long> reads = new ArrayList<>(s.readMillis);
    int ideal = fixedSchedule(options) ? idealReads(options, settleMillis) : -1;
    long seen = reads.get(reads.size() - 1);
    // Schedule-agnostic ideal: every read but the last came before the settle time, the last after.
    boolean firstAfterSettle =
        seen >= settleMillis
            && reads.subList(0, reads.size() - 1).stream().allMatch(t -> t < settleMillis);
    boolean ideal2 =
        firstAfterSettle && reads.size() == attempts && (ideal < 0 || ideal == attempts);
    System.out.printf(
        Locale.ROOT,
        "| %s | %d ms | %d | %d | %s | read %d at %d ms (+%d ms) | %s |%n",
        label,
        settleMillis,
        reads.size(),
        attempts,
        ideal < 0 ? "first read after settling" : String.valueOf(ideal),
        reads.size(),
        seen,
        seen - settleMillis,
        ideal2 ? "= ideal" : "NOT ideal: reads at " + reads + " ms");
    return ideal2;
  }

  private static boolean fixedSchedule(WaiterOptions options) {
    return options.jitter() == 0;
  }

  /** Reads a zero-latency poller with this schedule needs: the first read at or after settling. */
  static int idealReads(WaiterOptions options, long settleMillis) {
    long at = 0;
    int read = 1;
    while (at < settleMillis) {
      at += options.intervalAfter(read, 0).toMillis();
      read++;
    }
    return read;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try (InputStream body = exchange.getRequestBody()) {
        body.transferTo(OutputStream.nullOutputStream());
      }
      String path = exchange.getRequestURI().getPath();
      if (!path.startsWith(PATH_PREFIX) || !path.endsWith("/shipment")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String id = path.substring(PATH_PREFIX.length(), path.length() - "/shipment".length());
      Scenario s = scenarios.get(id);
      if (s == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      long now = System.nanoTime();
      if (exchange.getRequestMethod().equals("POST")) {
        s.shippedAt = now;
        exchange.sendResponseHeaders(201, -1);
        return;
      }
      long sinceShip = (now - s.shippedAt) / 1_000_000;
      s.readMillis.add(sinceShip);
      if (sinceShip < s.settleMillis) {
        send(exchange, 404, "{\"error_code\":\"not_found\",\"message\":\"no shipment yet\"}");
        return;
      }
      String entry = "{\"product_ids\":[\"sku-1\",\"sku-2\"],\"tracking_code\":\"1Z\"}";
      send(
          exchange,
          200,
          s.fails
              ? "{\"successful_shipments\":[],\"failed_shipments\":[" + entry + "]}"
              : "{\"successful_shipments\":[" + entry + "],\"failed_shipments\":[]}");
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static final class Scenario {
    final long settleMillis;
    final boolean fails;
    final List<Long> readMillis = new CopyOnWriteArrayList<>();
    volatile long shippedAt;

    Scenario(long settleMillis, boolean fails) {
      this.settleMillis = settleMillis;
      this.fails = fails;
    }
  }
}
