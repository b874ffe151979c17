package com.newstore.sdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The loopback NewStore stand-in that SDK and baseline benchmarks call: canned JSON answers by
 * method and path, from a JDK {@link HttpServer}. It runs in its own JVM ({@link ServerProcess}) so
 * that its allocations and class loading never show up in the measured JVM.
 */
public final class LoopbackServer {
  private LoopbackServer() {}

  /**
   * Starts the server on an ephemeral loopback port, prints {@code PORT <n>} and serves until its
   * standard input closes (that is, until the parent process goes away).
   *
   * @param args ignored
   * @throws IOException when the server cannot start
   */
  public static void main(String[] args) throws IOException {
    // Nagle's algorithm would hold the body back behind the headers on a keep-alive connection.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    server.createContext("/", LoopbackServer::handle);
    server.start();
    System.out.println("PORT " + server.getAddress().getPort());
    System.out.flush();
    try (InputStream in = System.in) {
      while (in.read() >= 0) {
        // Wait for the parent to close our stdin.
      }
    }
    server.stop(0);
    pool.shutdownNow();
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try (InputStream body = exchange.getRequestBody()) {
        body.transferTo(OutputStream.nullOutputStream());
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Answer answer = answer(method, path);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (answer.body.length == 0) {
        exchange.sendResponseHeaders(answer.status, -1);
        return;
      }
      exchange.sendResponseHeaders(answer.status, answer.body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body);
      }
    }
  }

  private static Answer answer(String method, String path) {
    if (method.equals("GET") && path.equals("/" + Payloads.GRACE_PERIOD_PATH)) {
      return new Answer(200, Payloads.GRACE_PERIOD_ANSWER);
    }
    if (method.equals("POST") && path.equals("/" + Payloads.SHIPMENT_PATH)) {
      return new Answer(201, new byte[0]);
    }
    return new Answer(
        404,
        ("{\"error_code\":\"not_found\",\"message\":\"no route for " + method + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private record Answer(int status, byte[] body) {}
}
