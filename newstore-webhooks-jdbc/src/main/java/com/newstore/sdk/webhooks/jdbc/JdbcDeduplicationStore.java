package com.newstore.sdk.webhooks.jdbc;

import com.newstore.sdk.webhooks.DeduplicationStore;
import com.newstore.sdk.webhooks.jdbc.internal.SqlIdentifier;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DeduplicationStore} in a database table: every instance of the service that shares the
 * table handles a fulfillment request or an event once, also across restarts. Thread-safe.
 *
 * <p>Semantics, the same as {@link DeduplicationStore#inMemory}: {@link #claim} inserts the key
 * atomically ({@code INSERT ... ON CONFLICT DO NOTHING}; one of several concurrent claims wins),
 * {@link #release} deletes it after the handler failed so NewStore's next retry is handled. The
 * in-memory store forgets its oldest keys beyond a count; this one forgets keys older than the
 * {@linkplain Builder#retention retention window} (7 days by default): an expired key can be
 * claimed again even before {@link #deleteExpired} removed it.
 *
 * <pre>{@code
 * JdbcDeduplicationStore store = JdbcDeduplicationStore.builder(dataSource)
 *     .retention(Duration.ofDays(7))
 *     .cleanupEvery(Duration.ofHours(1)) // optional: deletes expired keys in the background
 *     .build();
 * store.createSchema(); // or run schema-postgresql.sql with Flyway / Liquibase
 * NewStoreWebhooks webhooks = NewStoreWebhooks.builder()
 *     .apiKey(webhookKey)
 *     .fulfillmentRequestHandler(handler)
 *     .deduplicationStore(store)
 *     .build();
 * // on shutdown
 * store.close();
 * }</pre>
 *
 * <p>The SQL is PostgreSQL's (tested on PostgreSQL 14); other databases are untested. The
 * application provides the {@code DataSource} (and with it the driver and the pool); every call
 * borrows one connection for one auto-committed statement. The claim time is taken from the
 * {@linkplain Builder#clock clock} of the instance that claims: keep the instances' clocks in sync
 * (NTP); a skew only moves a key's expiry by that much.
 *
 * <p>A claim whose handler never finished because the process died stays until it expires: the
 * dispatcher releases a key only when the handler throws. NewStore's retries of that delivery are
 * then acknowledged as duplicates; to handle one again, {@link #release} its key ({@code
 * fulfillment_request:<id>}).
 */
public final class JdbcDeduplicationStore implements DeduplicationStore, AutoCloseable {
  /** The default table name, the one in {@code schema-postgresql.sql}. */
  public static final String DEFAULT_TABLE_NAME = "newstore_webhook_claims";

  /** The default retention window: far beyond NewStore's 3 retries and event delivery SLA. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  /** The classpath resource with the schema for migration tools (default table name). */
  public static final String SCHEMA_RESOURCE =
      "/com/newstore/sdk/webhooks/jdbc/schema-postgresql.sql";

  private static final Logger LOG = System.getLogger(JdbcDeduplicationStore.class.getName());

  private final DataSource dataSource;
  private final String table;
  private final Duration retention;
  private final Clock clock;
  private final String claimSql;
  private final String releaseSql;
  private final String deleteExpiredSql;
  private final @Nullable ScheduledExecutorService cleanup;

  private JdbcDeduplicationStore(Builder b) {
    this.dataSource = b.dataSource;
    this.table = b.tableName;
    this.retention = b.retention;
    this.clock = b.clock;
    // Re-claiming an expired key is part of the same atomic statement: no read-then-write race.
    this.claimSql =
        "INSERT INTO "
            + table
            + " (claim_key, claimed_at) VALUES (?, ?) ON CONFLICT (claim_key) DO UPDATE"
            + " SET claimed_at = EXCLUDED.claimed_at WHERE "
            + table
            + ".claimed_at < ?";
    this.releaseSql = "DELETE FROM " + table + " WHERE claim_key = ?";
    this.deleteExpiredSql = "DELETE FROM " + table + " WHERE claimed_at < ?";
    this.cleanup = b.cleanupEvery == null ? null : startCleanup(b.cleanupEvery);
  }

  /**
   * Returns a builder.
   *
   * @param dataSource where the table lives; the application owns it (driver, pool, credentials)
   * @return a builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource == null"));
  }

  /**
   * Returns a store with the default table name and retention.
   *
   * @param dataSource where the table lives
   * @return the store
   */
  public static JdbcDeduplicationStore create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * Creates the table and its index if they do not exist ({@code CREATE ... IF NOT EXISTS}), with
   * the configured table name. Safe to call on every start and from several instances.
   *
   * @throws DeduplicationStoreException when the database refuses (for example no {@code CREATE}
   *     privilege: run {@code schema-postgresql.sql} as a migration instead)
   */
  public void createSchema() {
    // An index name cannot be schema-qualified: it lives in the table's schema.
    String index = table.substring(table.lastIndexOf('.') + 1) + "_claimed_at";
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + table
              + " (claim_key TEXT PRIMARY KEY, claimed_at TIMESTAMPTZ NOT NULL)");
      s.execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + table + " (claimed_at)");
    } catch (SQLException e) {
      throw new DeduplicationStoreException(
          "Could not create the deduplication table "
              + table
              + ": grant CREATE on the schema, or run "
              + SCHEMA_RESOURCE
              + " with your migration tool",
          e);
    }
  }

  /**
   * Claims a key: inserts it, or takes over an expired claim of it, in one statement.
   *
   * @param key the delivery key
   * @return true when this call claimed the key, false when a live claim exists
   * @throws DeduplicationStoreException when the database cannot be reached or the table is missing
   *     (the dispatcher answers NewStore with an error; NewStore retries later)
   */
  @Override
  public boolean claim(String key) {
    Objects.requireNonNull(key, "key == null");
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(claimSql)) {
      s.setString(1, key);
      s.setTimestamp(2, Timestamp.from(now));
      s.setTimestamp(3, Timestamp.from(now.minus(retention)));
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("claim a delivery key", e);
    }
  }

  /**
   * Deletes a claim, so the next delivery with this key is handled.
   *
   * @param key the key passed to {@link #claim}
   * @throws DeduplicationStoreException when the database cannot be reached
   */
  @Override
  public void release(String key) {
    Objects.requireNonNull(key, "key == null");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(releaseSql)) {
      s.setString(1, key);
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure("release a delivery key", e);
    }
  }

  /**
   * Deletes the claims older than the retention window; live claims stay. Expired claims are
   * already claimable again; this only keeps the table small.
   *
   * @return the number of claims deleted
   * @throws DeduplicationStoreException when the database cannot be reached
   */
  public int deleteExpired() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(deleteExpiredSql)) {
      s.setTimestamp(1, Timestamp.from(clock.instant().minus(retention)));
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure("delete expired delivery keys", e);
    }
  }

  /**
   * Returns the table name.
   *
   * @return the table, possibly schema-qualified
   */
  public String tableName() {
    return table;
  }

  /**
   * Returns the retention window.
   *
   * @return how long a claim is kept
   */
  public Duration retention() {
    return retention;
  }

  /** Stops the background cleanup, if one was configured. Leaves the {@code DataSource} open. */
  @Override
  public void close() {
    if (cleanup != null) {
      cleanup.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "JdbcDeduplicationStore{table=" + table + ", retention=" + retention + "}";
  }

  private DeduplicationStoreException failure(String operation, SQLException e) {
    return new DeduplicationStoreException(
        "Could not "
            + operation
            + " in table "
            + table
            + ": check that the database is reachable and that createSchema() or "
            + SCHEMA_RESOURCE
            + " created the table",
        e);
  }

  private ScheduledExecutorService startCleanup(Duration every) {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "newstore-dedup-cleanup");
              t.setDaemon(true);
              return t;
            });
    long millis = every.toMillis();
    executor.scheduleWithFixedDelay(this::cleanupQuietly, millis, millis, TimeUnit.MILLISECONDS);
    return executor;
  }

  private void cleanupQuietly() {
    try {
      int deleted = deleteExpired();
      LOG.log(Level.DEBUG, () -> "Deleted " + deleted + " expired delivery keys from " + table);
    } catch (RuntimeException e) {
      // The next run tries again; a failed cleanup never affects claims.
      LOG.log(Level.WARNING, "Deleting expired delivery keys from " + table + " failed", e);
    }
  }

  /** Builds a {@link JdbcDeduplicationStore}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    private Duration retention = DEFAULT_RETENTION;
    private Clock clock = Clock.systemUTC();
    private @Nullable Duration cleanupEvery;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the table name; {@value JdbcDeduplicationStore#DEFAULT_TABLE_NAME} by default.
     *
     * @param tableName a plain SQL identifier, optionally {@code schema.table}
     * @return this builder
     * @throws IllegalArgumentException when it is not a plain identifier
     */
    public Builder tableName(String tableName) {
      this.tableName = SqlIdentifier.tableName(tableName);
      return this;
    }

    /**
     * Sets how long a claim is kept; 7 days by default. Keep it longer than the time NewStore may
     * deliver the same fulfillment request or event again.
     *
     * @param retention a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder retention(Duration retention) {
      this.retention = positive(retention, "retention");
      return this;
    }

    /**
     * Deletes expired claims in the background at this interval, on one daemon thread that {@link
     * JdbcDeduplicationStore#close()} stops. Off by default: call {@link #deleteExpired()} from
     * your own scheduler instead if you prefer.
     *
     * @param interval a positive interval
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder cleanupEvery(Duration interval) {
      this.cleanupEvery = positive(interval, "cleanupEvery");
      return this;
    }

    /**
     * Sets the clock claims are timed with; the system UTC clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Builds the store. It does not touch the database: call {@link #createSchema()} or run the
     * migration first.
     *
     * @return the store
     */
    public JdbcDeduplicationStore build() {
      return new JdbcDeduplicationStore(this);
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
