package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.AdapterBind;
import com.newstore.sdk.webhooks.internal.AdapterDeadlines;
import com.newstore.sdk.webhooks.internal.AdapterExchange;
import com.newstore.sdk.webhooks.internal.AdapterExecutor;
import com.newstore.sdk.webhooks.internal.AdapterHandlerPool;
import com.newstore.sdk.webhooks.internal.AdapterRoutes;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import org.jspecify.annotations.Nullable;

/**
 * Serves {@link NewStoreWebhooks} with the JDK's built-in {@code com.sun.net.httpserver} server: no
 * servlet container or framework needed.
 *
 * <pre>{@code
 * try (JdkHttpServerAdapter.Server server =
 *     JdkHttpServerAdapter.builder(webhooks)
 *         .address(new InetSocketAddress("0.0.0.0", 8080))
 *         .handlerTimeout(WebhookKind.AVAILABILITY, Duration.ofSeconds(10)) // your ATP timeout
 *         .start()) {
 *   System.out.println("listening on " + server.port());
 *   server.awaitClose();
 * }
 * }</pre>
 *
 * <p>Put TLS in front of it (a load balancer or reverse proxy): NewStore calls HTTPS urls. To mount
 * the webhooks on a server you already run, use {@link #handler(NewStoreWebhooks)} (without the
 * deadlines and pools below, which need the server's executor).
 *
 * <p><b>What a server from {@link Builder#start()} protects against.</b>
 *
 * <ul>
 *   <li><b>Slow peers.</b> A request head must arrive within {@link Builder#headTimeout} of the
 *       connection becoming readable, its body within {@link Builder#bodyTimeout} of the head, and
 *       the answer must be taken within {@link Builder#writeTimeout}; past a deadline the
 *       connection is closed. The JDK server has no per-connection timeout API, so a watchdog
 *       thread interrupts the I/O thread, which closes the blocking socket channel (its global
 *       {@code sun.net.httpserver.maxReqTime} property is not used). Deadlines are honoured to
 *       within 0.1 s. The JDK server still gives each connection being read its own thread: more
 *       slow peers than {@link Builder#ioThreads I/O threads} delay other requests by up to the
 *       head deadline (queued heads expire with the rest), so size the I/O threads above the
 *       concurrency you expect, or put a buffering proxy in front.
 *   <li><b>Slow handlers.</b> Handlers run on their own bounded pool. Past the webhook's {@link
 *       Builder#handlerTimeout handler timeout} the adapter stops waiting, interrupts the handler
 *       and answers {@code 504} problem+json, never a late {@code 200}. For ATP that means NewStore
 *       assumes nothing is available, exactly as when its own timeout fires; for fulfillment
 *       requests and events it is a failed delivery.
 *   <li><b>Floods.</b> When every handler thread is busy and the handler queue is full, requests
 *       get {@code 503} problem+json with {@code Retry-After: 1}. When the I/O threads and their
 *       queue are full too, new connections are closed unanswered (the JDK cannot answer before it
 *       has read a head, which needs a thread). The listen backlog is {@link Builder#backlog}.
 *   <li><b>{@code Error}s.</b> A {@code StackOverflowError} or {@code OutOfMemoryError} in one
 *       dispatch fails that request with {@code 500}; the server's threads keep running.
 * </ul>
 *
 * <p><b>What the JDK server does before the SDK sees a request</b>, and no adapter can change: it
 * answers {@code text/html} (not problem+json) for a conflicting, negative or non-numeric {@code
 * Content-Length}, an unsupported {@code Transfer-Encoding}, bad percent escapes in the path,
 * {@code CONNECT}, {@code OPTIONS *}, a garbage request line or an HTTP/2 preface; it resets the
 * connection on a huge request line or header block; it accepts header lines without a colon,
 * obs-fold and {@code HTTP/9.9}; and it logs the request line, query included, at {@code FINE}
 * (keep {@code com.sun.net.httpserver} above {@code FINE}: the query holds {@code consumer_email}).
 * TCP_NODELAY can only be set JVM-wide through {@code sun.net.httpserver.nodelay} (see {@link
 * Builder#tcpNoDelay}). For an internet-facing endpoint without a strict proxy in front, prefer a
 * servlet container: see {@code examples/servlet-jetty}.
 */
public final class JdkHttpServerAdapter {
  /** The JDK server reads this property once, when it first starts a server in the JVM. */
  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private JdkHttpServerAdapter() {}

  /**
   * Starts a server on the address with every default of {@link Builder}.
   *
   * @param webhooks the dispatcher
   * @param address where to listen; port 0 picks a free port
   * @return the running server; close it to stop
   * @throws IOException when the address cannot be bound
   */
  public static Server start(NewStoreWebhooks webhooks, InetSocketAddress address)
      throws IOException {
    return builder(webhooks).address(address).start();
  }

  /**
   * Starts a server on the address with the given number of handler threads and every other default
   * of {@link Builder}.
   *
   * @param webhooks the dispatcher
   * @param address where to listen; port 0 picks a free port
   * @param threads the handler threads, at least 1
   * @return the running server; close it to stop
   * @throws IOException when the address cannot be bound
   */
  public static Server start(NewStoreWebhooks webhooks, InetSocketAddress address, int threads)
      throws IOException {
    return builder(webhooks).address(address).handlerThreads(threads).start();
  }

  /**
   * Returns a builder for a server with deadlines and bounded pools.
   *
   * @param webhooks the dispatcher
   * @return the builder
   */
  public static Builder builder(NewStoreWebhooks webhooks) {
    return new Builder(Objects.requireNonNull(webhooks, "webhooks == null"));
  }

  /**
   * Returns an {@link HttpHandler} to mount on an existing server, for example {@code
   * server.createContext("/", JdkHttpServerAdapter.handler(webhooks))}. It runs the handlers on the
   * server's own threads, without the deadlines of {@link #builder}: give that server an executor
   * and {@code sun.net.httpserver.maxReqTime} yourself.
   *
   * @param webhooks the dispatcher
   * @return the handler
   */
  public static HttpHandler handler(NewStoreWebhooks webhooks) {
    Objects.requireNonNull(webhooks, "webhooks == null");
    AdapterExchange exchanges =
        new AdapterExchange(
            webhooks,
            WebhookResponse::adopt,
            null,
            null,
            0,
            0,
            Map.of(),
            Builder.DEFAULT_OTHER_TIMEOUT);
    return exchanges::serve;
  }

  /**
   * Configures and starts a server. Every option has a production default; only {@link #address} is
   * required. Not thread-safe.
   */
  public static final class Builder {
    /** Default handler threads: 16. */
    public static final int DEFAULT_HANDLER_THREADS = 16;

    /** Default requests that may wait for a handler thread before {@code 503}: 64. */
    public static final int DEFAULT_HANDLER_QUEUE = 64;

    /** Default I/O threads, which read heads and bodies and write answers: 32. */
    public static final int DEFAULT_IO_THREADS = 32;

    /** Default requests that may wait for an I/O thread before their connection is closed. */
    public static final int DEFAULT_IO_QUEUE = 1024;

    /** Default listen backlog: 1024 (the kernel may cap it, Linux at {@code somaxconn}). */
    public static final int DEFAULT_BACKLOG = 1024;

    /** Default time for a request head to arrive: 10 s. */
    public static final Duration DEFAULT_HEAD_TIMEOUT = Duration.ofSeconds(10);

    /** Default time for a request body to arrive after its head: 10 s. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(10);

    /** Default time for the peer to take the answer: 10 s. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Default handler timeout for fulfillment requests, events and unmatched paths: 30 s. NewStore
     * documents no timeout for these deliveries (unconfirmed).
     */
    public static final Duration DEFAULT_OTHER_TIMEOUT = Duration.ofSeconds(30);

    private final NewStoreWebhooks webhooks;
    private @Nullable InetSocketAddress address;
    private int handlerThreads = DEFAULT_HANDLER_THREADS;
    private int handlerQueue = DEFAULT_HANDLER_QUEUE;
    private int ioThreads = DEFAULT_IO_THREADS;
    private int ioQueue = DEFAULT_IO_QUEUE;
    private int backlog = DEFAULT_BACKLOG;
    private Duration headTimeout = DEFAULT_HEAD_TIMEOUT;
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private final Map<WebhookKind, Duration> handlerTimeouts = new EnumMap<>(WebhookKind.class);
    private boolean tcpNoDelay = true;

    private Builder(NewStoreWebhooks webhooks) {
      this.webhooks = webhooks;
      handlerTimeouts.put(WebhookKind.AVAILABILITY, NewStoreWebhooks.DEFAULT_AVAILABILITY_TIMEOUT);
      handlerTimeouts.put(
          WebhookKind.PURCHASE_HISTORY, NewStoreWebhooks.DEFAULT_ORDER_WEBHOOK_TIMEOUT);
      handlerTimeouts.put(
          WebhookKind.ORDER_DETAILS, NewStoreWebhooks.DEFAULT_ORDER_WEBHOOK_TIMEOUT);
      handlerTimeouts.put(WebhookKind.FULFILLMENT_REQUEST, DEFAULT_OTHER_TIMEOUT);
      handlerTimeouts.put(WebhookKind.EVENT, DEFAULT_OTHER_TIMEOUT);
    }

    /**
     * Sets where to listen. Required.
     *
     * @param address the address; port 0 picks a free port
     * @return this builder
     */
    public Builder address(InetSocketAddress address) {
      this.address = Objects.requireNonNull(address, "address == null");
      return this;
    }

    /**
     * Sets the threads that run handlers. Default {@value #DEFAULT_HANDLER_THREADS}.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder handlerThreads(int threads) {
      this.handlerThreads = atLeast(1, threads, "handlerThreads");
      return this;
    }

    /**
     * Sets how many requests may wait for a handler thread; beyond, they get {@code 503} with
     * {@code Retry-After}. Default {@value #DEFAULT_HANDLER_QUEUE}.
     *
     * @param requests at least 1
     * @return this builder
     */
    public Builder handlerQueue(int requests) {
      this.handlerQueue = atLeast(1, requests, "handlerQueue");
      return this;
    }

    /**
     * Sets the threads that read requests and write answers; each is held at most by the head, body
     * and write timeouts plus the handler timeout. Default {@value #DEFAULT_IO_THREADS}.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder ioThreads(int threads) {
      this.ioThreads = atLeast(1, threads, "ioThreads");
      return this;
    }

    /**
     * Sets how many readable connections may wait for an I/O thread; beyond, they are closed
     * unanswered. Default {@value #DEFAULT_IO_QUEUE}.
     *
     * @param requests at least 1
     * @return this builder
     */
    public Builder ioQueue(int requests) {
      this.ioQueue = atLeast(1, requests, "ioQueue");
      return this;
    }

    /**
     * Sets the listen backlog: connections the kernel holds before the server accepts them. Default
     * {@value #DEFAULT_BACKLOG}.
     *
     * @param connections at least 1
     * @return this builder
     */
    public Builder backlog(int connections) {
      this.backlog = atLeast(1, connections, "backlog");
      return this;
    }

    /**
     * Sets the time a request head may take to arrive, counted from when the connection became
     * readable, waiting for a thread included. Default 10 s.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder headTimeout(Duration timeout) {
      this.headTimeout = positive(timeout, "headTimeout");
      return this;
    }

    /**
     * Sets the time a request body may take to arrive after its head. Default 10 s.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder bodyTimeout(Duration timeout) {
      this.bodyTimeout = positive(timeout, "bodyTimeout");
      return this;
    }

    /**
     * Sets the time the peer may take to read the answer. Default 10 s.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sets how long to wait for a webhook's handler, queueing included, before answering {@code
     * 504} problem+json. For ATP use the {@code timeout} of NewStore's ATP webhook config (5–60 s)
     * minus a margin for the network: NewStore stops waiting then and assumes nothing is available,
     * so a later answer is lost. Defaults: ATP 5 s (the smallest timeout NewStore allows), purchase
     * history and order details 15 s (the external order webhook's default), fulfillment requests
     * and events 30 s (unconfirmed: NewStore documents none).
     *
     * @param kind the webhook
     * @param timeout positive
     * @return this builder
     */
    public Builder handlerTimeout(WebhookKind kind, Duration timeout) {
      handlerTimeouts.put(
          Objects.requireNonNull(kind, "kind == null"), positive(timeout, "handlerTimeout"));
      return this;
    }

    /**
     * Sets whether to turn Nagle's algorithm off, so each keep-alive answer leaves at once instead
     * of ~40 ms later. Default true. The JDK server only offers this JVM-wide, through the system
     * property {@code sun.net.httpserver.nodelay}, which it reads once, when the first {@code
     * HttpServer} of the JVM starts: {@link #start()} sets it to {@code true} unless it is already
     * set, so it has no effect if another {@code HttpServer} started earlier in the JVM. Pass
     * {@code -Dsun.net.httpserver.nodelay=true} to be sure.
     *
     * @param enabled true to set the property
     * @return this builder
     */
    public Builder tcpNoDelay(boolean enabled) {
      this.tcpNoDelay = enabled;
      return this;
    }

    /**
     * Binds the address and starts the server.
     *
     * @return the running server; close it to stop
     * @throws IOException when the address cannot be bound
     * @throws IllegalStateException when no address was set
     */
    public Server start() throws IOException {
      InetSocketAddress bind = address;
      if (bind == null) {
        throw new IllegalStateException("Set the address to listen on with address(...)");
      }
      if (tcpNoDelay && System.getProperty(NO_DELAY_PROPERTY) == null) {
        System.setProperty(NO_DELAY_PROPERTY, "true");
      }
      AdapterDeadlines deadlines = new AdapterDeadlines("newstore-webhooks-watchdog");
      AdapterExecutor io =
          new AdapterExecutor(
              ioThreads, ioQueue, headTimeout.toNanos(), deadlines, "newstore-webhooks-io-");
      ThreadPoolExecutor handlers = AdapterHandlerPool.create(handlerThreads, handlerQueue);
      HttpServer server;
      try {
        server = HttpServer.create(bind, backlog);
      } catch (IOException | RuntimeException e) {
        io.close();
        handlers.shutdownNow();
        deadlines.close();
        if (e instanceof BindException) {
          throw AdapterBind.portInUse(bind, (BindException) e);
        }
        throw e;
      }
      AdapterExchange exchanges =
          new AdapterExchange(
              webhooks,
              WebhookResponse::adopt,
              handlers,
              new AdapterRoutes(webhooks.routes()),
              bodyTimeout.toNanos(),
              writeTimeout.toNanos(),
              Map.copyOf(handlerTimeouts),
              DEFAULT_OTHER_TIMEOUT);
      server.setExecutor(io);
      server.createContext("/", exchanges::serve);
      server.start();
      return new Server(server, io, handlers, deadlines);
    }

    private static int atLeast(int min, int value, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " < " + min + ": " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }

    @Override
    public String toString() {
      return "JdkHttpServerAdapter.Builder{address=" + address + "}";
    }
  }

  /** A running server. Closing it stops the server and all its threads. */
  public static final class Server implements AutoCloseable {
    private final HttpServer server;
    private final AdapterExecutor io;
    private final ThreadPoolExecutor handlers;
    private final AdapterDeadlines deadlines;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Server(
        HttpServer server,
        AdapterExecutor io,
        ThreadPoolExecutor handlers,
        AdapterDeadlines deadlines) {
      this.server = server;
      this.io = io;
      this.handlers = handlers;
      this.deadlines = deadlines;
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
     * Returns how many connections were closed unread because the I/O threads and their queue were
     * full or a head waited past its deadline in the queue.
     *
     * @return the count since start
     */
    public long droppedConnections() {
      return io.dropped();
    }

    /**
     * Blocks until the server is closed by another thread.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitClose() throws InterruptedException {
      closed.await();
    }

    /**
     * Stops accepting connections, ends open exchanges at once, interrupts running handlers and
     * stops every thread the server started.
     */
    @Override
    public void close() {
      try {
        server.stop(0);
      } finally {
        io.close();
        handlers.shutdownNow();
        deadlines.close();
        closed.countDown();
      }
    }

    @Override
    public String toString() {
      return "JdkHttpServerAdapter.Server{port=" + port() + "}";
    }
  }
}
