package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookKind;
import com.newstore.sdk.webhooks.WebhookRequest;
import com.newstore.sdk.webhooks.WebhookResponse;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Serves one exchange of the JDK adapter: read the body, dispatch, write the answer, each under its
 * deadline. Thread-safe: one instance serves every exchange of a server.
 */
public final class AdapterExchange {
  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  /** Bodies beyond the limit are read and discarded up to this many times the limit. */
  private static final int DRAIN_FACTOR = 8;

  private final NewStoreWebhooks webhooks;
  private final Function<Reply, WebhookResponse> adopt;
  private final @Nullable ThreadPoolExecutor handlers;
  private final @Nullable AdapterRoutes routes;
  private final long bodyTimeoutNanos;
  private final long writeTimeoutNanos;
  private final Map<WebhookKind, Duration> handlerTimeouts;
  private final Duration otherTimeout;

  /**
   * Creates the exchange server.
   *
   * @param webhooks the dispatcher
   * @param adopt wraps an answer of the adapter's own as a response without copying it
   * @param handlers the handler pool, or null to run handlers on the I/O thread
   * @param routes the dispatcher's routes, or null with no handler pool
   * @param bodyTimeoutNanos the body deadline after the head
   * @param writeTimeoutNanos the write deadline after dispatch
   * @param handlerTimeouts the handler timeout per webhook kind
   * @param otherTimeout the handler timeout of unmatched paths
   */
  public AdapterExchange(
      NewStoreWebhooks webhooks,
      Function<Reply, WebhookResponse> adopt,
      @Nullable ThreadPoolExecutor handlers,
      @Nullable AdapterRoutes routes,
      long bodyTimeoutNanos,
      long writeTimeoutNanos,
      Map<WebhookKind, Duration> handlerTimeouts,
      Duration otherTimeout) {
    this.webhooks = webhooks;
    this.adopt = adopt;
    this.handlers = handlers;
    this.routes = routes;
    this.bodyTimeoutNanos = bodyTimeoutNanos;
    this.writeTimeoutNanos = writeTimeoutNanos;
    this.handlerTimeouts = handlerTimeouts;
    this.otherTimeout = otherTimeout;
  }

  /**
   * Serves one exchange and closes it; never throws.
   *
   * @param exchange the exchange
   */
  public void serve(HttpExchange exchange) {
    AdapterDeadlines.Entry entry = AdapterDeadlines.current();
    try (exchange) {
      if (entry != null) {
        entry.io(System.nanoTime() + bodyTimeoutNanos);
      }
      byte[] body;
      try {
        body = readBounded(exchange.getRequestBody(), webhooks.maxBodyBytes());
      } catch (IOException e) {
        if (entry == null || !entry.expired()) {
          write(exchange, adopt.apply(AdapterAnswers.UNREADABLE_BODY));
        }
        return; // past the body deadline the watchdog already closed the connection
      }
      WebhookRequest request = request(exchange, body);
      if (entry != null) {
        entry.waiting();
      }
      WebhookResponse response = dispatch(request);
      if (entry != null) {
        entry.io(System.nanoTime() + writeTimeoutNanos);
      }
      write(exchange, response);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Webhook exchange failed: " + e.getClass().getSimpleName());
    } catch (Throwable e) { // never let one exchange's Error reach the server's threads
      LOG.log(Level.ERROR, "Webhook exchange failed: " + e.getClass().getName());
      tryWrite(exchange, adopt.apply(AdapterAnswers.FAILED));
    }
  }

  private static WebhookRequest request(HttpExchange exchange, byte[] body) {
    WebhookRequest.Builder builder =
        WebhookRequest.builder()
            .method(exchange.getRequestMethod())
            .path(Objects.requireNonNullElse(exchange.getRequestURI().getRawPath(), "/"))
            .query(exchange.getRequestURI().getRawQuery())
            .headers(exchange.getRequestHeaders())
            .body(body);
    InetSocketAddress remote = exchange.getRemoteAddress();
    if (remote != null && remote.getAddress() != null) {
      builder.remoteAddress(remote.getAddress().getHostAddress());
    }
    return builder.build();
  }

  private WebhookResponse dispatch(WebhookRequest request) {
    ThreadPoolExecutor pool = handlers;
    if (pool == null || routes == null) {
      return webhooks.handle(request);
    }
    WebhookKind kind = routes.kindOf(request.path());
    Duration timeout = kind == null ? otherTimeout : handlerTimeouts.get(kind);
    Future<WebhookResponse> future;
    try {
      future = pool.submit(() -> webhooks.handle(request));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.WARNING, "Webhook handlers busy, answered 503 for " + request);
      return adopt.apply(AdapterAnswers.OVERLOADED);
    }
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      LOG.log(
          Level.WARNING,
          "The "
              + (kind == null ? "webhook" : kind)
              + " handler did not answer within "
              + timeout
              + "; answered 504 for "
              + request);
      return adopt.apply(AdapterAnswers.TIMED_OUT);
    } catch (ExecutionException e) {
      LOG.log(
          Level.ERROR,
          "Webhook dispatch failed for " + request + ": " + e.getCause().getClass().getName());
      return adopt.apply(AdapterAnswers.FAILED);
    } catch (InterruptedException e) { // the server is stopping
      future.cancel(true);
      Thread.currentThread().interrupt();
      return adopt.apply(AdapterAnswers.OVERLOADED);
    }
  }

  private static void tryWrite(HttpExchange exchange, WebhookResponse response) {
    try {
      write(exchange, response);
    } catch (IOException | RuntimeException | Error e) {
      // the head may already be out, or the connection gone: nothing more to say
    }
  }

  private static void write(HttpExchange exchange, WebhookResponse response) throws IOException {
    for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
      exchange.getResponseHeaders().put(h.getKey(), h.getValue());
    }
    int length = response.bodyLength();
    boolean noBody = length == 0 || "HEAD".equals(exchange.getRequestMethod());
    // The JDK flushes the head on its own; with TCP_NODELAY the body follows at once instead of
    // waiting ~40 ms for the peer's delayed ACK (Nagle).
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        // The read-only view spares a copy of the whole answer (an ATP answer is ~100 KB).
        Channels.newChannel(out).write(response.bodyBuffer());
      }
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
}
