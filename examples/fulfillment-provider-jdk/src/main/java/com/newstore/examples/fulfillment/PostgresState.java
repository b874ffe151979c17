package com.newstore.examples.fulfillment;

import com.newstore.sdk.fulfillment.outbox.OutboxRetryPolicy;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Says where the provider keeps its state in PostgreSQL: which requests it handled ({@code
 * newstore_webhook_claims}) and what it still has to tell NewStore ({@code
 * newstore_fulfillment_outbox}). Both tables are created at start if they do not exist.
 *
 * @param dataSource the database; in production a connection pool (HikariCP, ...)
 * @param pollInterval how often the outbox worker looks for entries and re-reads NewStore's status
 * @param retryPolicy how the outbox worker retries while NewStore is unreachable
 */
public record PostgresState(
    DataSource dataSource, Duration pollInterval, OutboxRetryPolicy retryPolicy) {

  /**
   * Checks the arguments.
   *
   * @param dataSource see the record description
   * @param pollInterval see the record description
   * @param retryPolicy see the record description
   */
  public PostgresState {
    Objects.requireNonNull(dataSource, "dataSource == null");
    Objects.requireNonNull(pollInterval, "pollInterval == null");
    Objects.requireNonNull(retryPolicy, "retryPolicy == null");
  }

  /**
   * Returns the state on a database with the outbox's defaults (poll every second, retry for up to
   * 24 hours).
   *
   * @param dataSource the database
   * @return the state
   */
  public static PostgresState of(DataSource dataSource) {
    return new PostgresState(dataSource, Duration.ofSeconds(1), OutboxRetryPolicy.defaults());
  }

  /**
   * Returns a {@code DataSource} for a JDBC URL, with the PostgreSQL driver and no pool: enough for
   * the example; give a real service a connection pool.
   *
   * @param jdbcUrl a {@code jdbc:postgresql://host:port/database} URL (user and password may be URL
   *     parameters)
   * @return the data source
   */
  public static DataSource dataSource(String jdbcUrl) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl);
    return dataSource;
  }
}
