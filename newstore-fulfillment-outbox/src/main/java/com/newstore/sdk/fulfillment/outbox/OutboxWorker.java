package com.newstore.sdk.fulfillment.outbox;

import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.outbox.internal.EntryProcessor;
import com.newstore.sdk.fulfillment.outbox.internal.OutboxSql;
import com.newstore.sdk.fulfillment.outbox.internal.Rows;
import com.newstore.sdk.fulfillment.outbox.internal.Rows.Leased;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Delivers a {@link FulfillmentOutbox}'s entries to NewStore and confirms them. Run one per service
 * instance (several instances share the table safely); {@link #start()} it once, {@link #close()}
 * it on shutdown.
 *
 * <pre>{@code
 * OutboxWorker worker = outbox.worker(fulfillmentClient)
 *     .threads(4)
 *     .pollInterval(Duration.ofSeconds(1))
 *     .retryPolicy(OutboxRetryPolicy.defaults().withMaxAttempts(20))
 *     .build();
 * worker.start();
 * }</pre>
 *
 * <h2>How it works</h2>
 *
 * Every {@linkplain Builder#pollInterval poll interval} (and at once after an entry finished) one
 * scheduler thread leases due entries with {@code SELECT ... FOR UPDATE SKIP LOCKED}, only the
 * oldest unfinished entry of each fulfillment request, and only as many as there are idle delivery
 * threads. The lease is a row column with an expiry ({@linkplain Builder#lease lease}, on the
 * database's clock, so the instances' clocks do not matter): an entry leased by a worker that died
 * is taken over by another once the lease expired. A delivery thread then:
 *
 * <ol>
 *   <li>sends a {@link OutboxState#PENDING} entry (after checking the status first when an earlier
 *       attempt may have reached NewStore); a 2xx makes it {@link OutboxState#SENT}, or {@link
 *       OutboxState#CONFIRMED} for accept; a rule violation ({@code already_shipped}, ...) or a 4xx
 *       other than 408 and 429 makes it {@link OutboxState#FAILED}; anything else is retried with
 *       the {@link OutboxRetryPolicy};
 *   <li>reads the status of a {@code SENT} entry ({@code successful_shipments} / {@code
 *       failed_shipments}, the rejection or the cancellation status) every {@linkplain
 *       Builder#confirmInterval confirm interval} until it shows the units ({@code CONFIRMED}), a
 *       failed shipment ({@code FAILED}), or the {@linkplain Builder#confirmTimeout confirm
 *       timeout} passed ({@code FAILED}).
 * </ol>
 *
 * <p>Every state change is one fenced {@code UPDATE} (lease token must match), so a worker that
 * lost its lease changes nothing. Delivery is at least once: if a worker dies after NewStore
 * received a call and before the worker recorded it, the next worker reads the status first and
 * does not send again when the status shows it; an accept (which has no status to read) and a
 * change NewStore has not applied yet are sent again. NewStore documents none of these POSTs as
 * idempotent (unconfirmed).
 */
public final class OutboxWorker implements AutoCloseable {
  private static final Logger LOG = System.getLogger(OutboxWorker.class.getName());
  private static final AtomicInteger WORKERS = new AtomicInteger();

  private final DataSource dataSource;
  private final OutboxSql sql;
  private final EntryProcessor processor;
  private final int threads;
  private final Duration pollInterval;
  private final Duration lease;
  private final Duration shutdownTimeout;
  private final String name;
  private final AtomicInteger busy = new AtomicInteger();
  private @Nullable ScheduledThreadPoolExecutor scheduler;
  private @Nullable ThreadPoolExecutor deliveries;
  private boolean started;

  private OutboxWorker(Builder b) {
    this.dataSource = b.dataSource;
    this.sql = new OutboxSql(b.table);
    this.processor =
        new EntryProcessor(
            b.dataSource, sql, b.fulfillment, b.retryPolicy, b.confirmInterval, b.confirmTimeout);
    this.threads = b.threads;
    this.pollInterval = b.pollInterval;
    this.lease = b.lease;
    this.shutdownTimeout = b.shutdownTimeout;
    this.name = "newstore-outbox-" + WORKERS.incrementAndGet();
  }

  /**
   * Starts polling and delivering.
   *
   * @throws IllegalStateException when it was started before
   */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("The outbox worker was started before; build a new one");
    }
    started = true;
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            // Only idle threads' worth of entries is ever leased, so this queue never fills.
            new ArrayBlockingQueue<>(threads),
            r -> daemon(r, name + "-delivery-" + n.incrementAndGet()));
    ScheduledThreadPoolExecutor poller =
        new ScheduledThreadPoolExecutor(1, r -> daemon(r, name + "-poll"));
    this.deliveries = pool;
    this.scheduler = poller;
    poller.scheduleWithFixedDelay(
        this::pollQuietly, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Stops leasing new entries, waits up to the {@linkplain Builder#shutdownTimeout shutdown
   * timeout} for deliveries under way, then interrupts them. An entry interrupted mid-delivery
   * keeps its lease until it expires; then any worker resumes it. Leaves the {@code DataSource} and
   * the fulfillment client open.
   */
  @Override
  public void close() {
    ScheduledThreadPoolExecutor poller;
    ThreadPoolExecutor pool;
    synchronized (this) {
      poller = scheduler;
      pool = deliveries;
      scheduler = null;
      deliveries = null;
    }
    if (poller == null || pool == null) {
      return;
    }
    poller.shutdownNow();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns whether the worker is started and not closed.
   *
   * @return true while it runs
   */
  public synchronized boolean isRunning() {
    return scheduler != null;
  }

  @Override
  public String toString() {
    return "OutboxWorker{" + name + ", threads=" + threads + "}";
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (SQLException | RuntimeException e) {
      // The next poll tries again; nothing leased is lost (leases expire).
      LOG.log(Level.WARNING, "The outbox worker could not lease entries; retrying next poll", e);
    }
  }

  private void poll() throws SQLException {
    ThreadPoolExecutor pool;
    synchronized (this) {
      pool = deliveries;
    }
    int idle = threads - busy.get();
    if (pool == null || idle <= 0) {
      return;
    }
    for (Leased leased : lease(idle)) {
      busy.incrementAndGet();
      try {
        pool.execute(() -> deliver(leased));
      } catch (RuntimeException e) {
        // Shutting down: the lease expires and another worker resumes the entry.
        busy.decrementAndGet();
      }
    }
  }

  private List<Leased> lease(int limit) throws SQLException {
    String token = name + ":" + UUID.randomUUID();
    List<Leased> leased = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.lease())) {
      s.setString(1, token);
      s.setLong(2, lease.toMillis());
      s.setInt(3, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          leased.add(Rows.leased(rs, token));
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    return leased;
  }

  private void deliver(Leased leased) {
    try {
      processor.process(leased);
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Outbox entry "
              + leased.entry().id()
              + " could not be processed; it resumes when its lease expires",
          e);
    } finally {
      busy.decrementAndGet();
      wakeUp();
    }
  }

  private void wakeUp() {
    ScheduledThreadPoolExecutor poller;
    synchronized (this) {
      poller = scheduler;
    }
    if (poller != null) {
      try {
        // The next entry of the same request is due now: do not wait a whole poll interval.
        poller.execute(this::pollQuietly);
      } catch (RuntimeException e) {
        // Closed meanwhile.
      }
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Builds an {@link OutboxWorker}; get one from {@link FulfillmentOutbox#worker}. */
  public static final class Builder {
    private final DataSource dataSource;
    private final String table;
    private final FulfillmentProviderClient fulfillment;
    private int threads = 2;
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration lease = Duration.ofMinutes(2);
    private OutboxRetryPolicy retryPolicy = OutboxRetryPolicy.defaults();
    private Duration confirmInterval = Duration.ofSeconds(2);
    private Duration confirmTimeout = Duration.ofMinutes(10);
    private Duration shutdownTimeout = Duration.ofSeconds(30);

    Builder(DataSource dataSource, String table, FulfillmentProviderClient fulfillment) {
      this.dataSource = dataSource;
      this.table = table;
      this.fulfillment = fulfillment;
    }

    /**
     * Sets how many entries are delivered at once; 2 by default.
     *
     * @param threads 1 to 64
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("threads must be 1 to 64 but was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets how often the table is polled for due entries; 1 second by default.
     *
     * @param interval positive
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = positive(interval, "pollInterval");
      return this;
    }

    /**
     * Sets how long a leased entry is reserved for this worker; 2 minutes by default. Make it
     * longer than one delivery takes (the client's call timeout plus a status read): a worker that
     * overruns its lease loses the entry to another worker, which may send it again.
     *
     * @param lease positive
     * @return this builder
     */
    public Builder lease(Duration lease) {
      this.lease = positive(lease, "lease");
      return this;
    }

    /**
     * Sets the retry policy for deliveries; {@link OutboxRetryPolicy#defaults()} by default.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(OutboxRetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sets the wait between status reads of a sent entry; 2 seconds by default.
     *
     * @param interval positive
     * @return this builder
     */
    public Builder confirmInterval(Duration interval) {
      this.confirmInterval = positive(interval, "confirmInterval");
      return this;
    }

    /**
     * Sets how long after it was sent an entry may stay unconfirmed before it is {@link
     * OutboxState#FAILED}; 10 minutes by default (how fast NewStore applies a change is
     * unconfirmed).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder confirmTimeout(Duration timeout) {
      this.confirmTimeout = positive(timeout, "confirmTimeout");
      return this;
    }

    /**
     * Sets how long {@link OutboxWorker#close()} waits for deliveries under way before it
     * interrupts them; 30 seconds by default.
     *
     * @param timeout zero (interrupt at once) or more
     * @return this builder
     */
    public Builder shutdownTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("shutdownTimeout must not be negative");
      }
      this.shutdownTimeout = timeout;
      return this;
    }

    /**
     * Builds the worker; {@link OutboxWorker#start()} starts it.
     *
     * @return the worker
     */
    public OutboxWorker build() {
      return new OutboxWorker(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive but was " + d);
      }
      return d;
    }
  }
}
