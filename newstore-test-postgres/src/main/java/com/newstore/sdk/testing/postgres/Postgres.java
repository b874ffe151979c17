package com.newstore.sdk.testing.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Starts one real PostgreSQL for the whole test JVM on first use and stops it at JVM exit. Tests
 * share the database and keep apart by table name ({@link #freshTable}). Thread-safe.
 *
 * <pre>{@code
 * DataSource db = Postgres.dataSource();
 * JdbcDeduplicationStore store =
 *     JdbcDeduplicationStore.builder(db).tableName(Postgres.freshTable("claims")).build();
 * }</pre>
 */
public final class Postgres {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static EmbeddedPostgres instance;

  private Postgres() {}

  /**
   * Returns the database, starting PostgreSQL on the first call.
   *
   * @return a {@code DataSource} for the {@code postgres} database (user {@code postgres})
   * @throws UncheckedIOException when PostgreSQL cannot start
   */
  public static DataSource dataSource() {
    return started().getPostgresDatabase();
  }

  /**
   * Returns the JDBC URL of the database, starting PostgreSQL on the first call; what an
   * application configured with a URL (rather than a {@code DataSource}) is given in tests.
   *
   * @return a {@code jdbc:postgresql://localhost:<port>/postgres?user=postgres} URL
   * @throws UncheckedIOException when PostgreSQL cannot start
   */
  public static String jdbcUrl() {
    return started().getJdbcUrl("postgres", "postgres");
  }

  /**
   * Returns a table name no other caller in this JVM got, so tests share the database but not their
   * rows.
   *
   * @param prefix the start of the name: a plain SQL identifier
   * @return {@code prefix_<n>}
   */
  public static String freshTable(String prefix) {
    return prefix + "_" + TABLES.incrementAndGet();
  }

  private static synchronized EmbeddedPostgres started() {
    if (instance == null) {
      try {
        instance = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres running = instance;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      running.close();
                    } catch (IOException e) {
                      // The JVM is exiting; the data directory is temporary.
                    }
                  }));
    }
    return instance;
  }
}
