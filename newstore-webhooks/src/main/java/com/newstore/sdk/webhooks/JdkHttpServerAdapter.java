package com.newstore.sdk.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves {@link NewStoreWebhooks} with the JDK's built-in {@code com.sun.net.httpserver} server: no
 * servlet container or framework needed.
 *
 * <pre>{@code
 * try (JdkHttpServerAdapter.Server server =
 *     JdkHttpServerAdapter.start(webhooks, new InetSocketAddress("0.0.0.0", 8080))) {
 *   System.out.println("listening on " + server.port());
 *   server.awaitClose();
 * }
 * }</pre>
 *
 * <p>Put TLS in front of it (a load balancer or reverse proxy): NewStore calls HTTPS urls. To mount
 * the webhooks on a server you already run, use {@link #handler(NewStoreWebhooks)}.
 */
public final class JdkHttpServerAdapter {
  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  /** Bodies beyond the limit are read and discarded up to this many times the limit. */
  private static final int DRAIN_FACTOR = 8;

  private JdkHttpServerAdapter() {}

  /**
   * Starts a server on the address with a pool of 16 worker threads.
   *
   * @param webhooks the dispatcher
   * @param address where to listen; port 0 picks a free port
   * @return the running server; close it to stop
   * @throws IOException when the address cannot be bound
   */
  public static Server start(NewStoreWebhooks webhooks, InetSocketAddress address)
      throws IOException {
    return start(webhooks, address, 16);
  }

  /**
   * Starts a server on the address with the given number of worker threads.
   *
   * @param webhooks the dispatcher
   * @param address where to listen; port 0 picks a free port
   * @param threads the worker threads, at least 1
   * @return the running server; close it to stop
   * @throws IOException when the address cannot be bound
   */
  public static Server start(NewStoreWebhooks webhooks, InetSocketAddress address, int threads)
      throws IOException {
    Objects.requireNonNull(webhooks, "webhooks == null");
    Objects.requireNonNull(address, "address == null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "newstore-webhooks-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException | RuntimeException e) {
      executor.shutdownNow();
      throw e;
    }
    server.setExecutor(executor);
    server.createContext("/", handler(webhooks));
    server.start();
    return new Server(server, executor);
  }

  /**
   * Returns an {@link HttpHandler} to mount on an existing server, for example {@code
   * server.createContext("/", JdkHttpServerAdapter.handler(webhooks))}.
   *
   * @param webhooks the dispatcher
   * @return the handler
   */
  public static HttpHandler handler(NewStoreWebhooks webhooks) {
    Objects.requireNonNull(webhooks, "webhooks == null");
    return exchange -> serve(webhooks, exchange);
  }

  private static void serve(NewStoreWebhooks webhooks, HttpExchange exchange) throws IOException {
    try (exchange) {
      WebhookRequest.Builder builder =
          WebhookRequest.builder()
              .method(exchange.getRequestMethod())
              .path(Objects.requireNonNullElse(exchange.getRequestURI().getRawPath(), "/"))
              .query(exchange.getRequestURI().getRawQuery())
              .headers(exchange.getRequestHeaders())
              .body(readBounded(exchange.getRequestBody(), webhooks.maxBodyBytes()));
      InetSocketAddress remote = exchange.getRemoteAddress();
      if (remote != null && remote.getAddress() != null) {
        builder.remoteAddress(remote.getAddress().getHostAddress());
      }
      WebhookResponse response = webhooks.handle(builder.build());
      for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
        exchange.getResponseHeaders().put(h.getKey(), h.getValue());
      }
      int length = response.bodyLength();
      boolean noBody = length == 0 || "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(response.status(), noBody ? -1 : length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          // The read-only view spares a copy of the whole answer (an ATP answer is ~100 KB).
          Channels.newChannel(out).write(response.bodyBuffer());
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "Webhook exchange failed: " + e.getClass().getSimpleName());
      throw e;
    }
  }

  /**
   * Reads at most {@code limit + 1} bytes, so the dispatcher sees an oversized body as too large
   * without the SDK holding all of it, then discards a bounded rest so the client reads the 413.
   */
  private static byte[] readBounded(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit + 1, 8192));
    byte[] buffer = new byte[8192];
    long kept = 0;
    long drained = 0;
    long drainLimit = (long) limit * DRAIN_FACTOR;
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (kept <= limit) {
        int keep = (int) Math.min(n, limit + 1 - kept);
        out.write(buffer, 0, keep);
        kept += keep;
      } else {
        drained += n;
        if (drained > drainLimit) {
          break;
        }
      }
    }
    return out.toByteArray();
  }

  /** A running server. Closing it stops the server and its worker threads. */
  public static final class Server implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private Server(HttpServer server, ExecutorService executor) {
      this.server = server;
      this.executor = executor;
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
      return server.getAddress().getPort();
    }

    /**
     * Returns the address the server listens on.
     *
     * @return the address
     */
    public InetSocketAddress address() {
      return server.getAddress();
    }

    /**
     * Blocks until the server is closed by another thread.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitClose() throws InterruptedException {
      while (!executor.awaitTermination(1, TimeUnit.HOURS)) {
        // keep waiting; close() shuts the executor down
      }
    }

    /** Stops accepting connections, ends open exchanges at once and stops the worker threads. */
    @Override
    public void close() {
      server.stop(0);
      executor.shutdownNow();
    }

    @Override
    public String toString() {
      return "JdkHttpServerAdapter.Server{port=" + port() + "}";
    }
  }
}
