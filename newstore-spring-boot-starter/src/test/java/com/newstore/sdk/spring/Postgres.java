package com.newstore.sdk.spring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** One real PostgreSQL for the whole test JVM, started on first use, stopped at JVM exit. */
final class Postgres {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static EmbeddedPostgres instance;

  private Postgres() {}

  static synchronized DataSource dataSource() {
    if (instance == null) {
      try {
        instance = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = instance;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // The JVM is exiting; the data directory is temporary.
                    }
                  }));
    }
    return instance.getPostgresDatabase();
  }

  /** A table name no other test uses, so tests share the database but not their rows. */
  static String freshTable(String prefix) {
    return prefix + "_" + TABLES.incrementAndGet();
  }
}
