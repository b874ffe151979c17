package com.newstore.sdk.webhooks.jdbc;

import java.sql.SQLException;

/**
 * The database could not claim, release or clean up a delivery key. Thrown from {@link
 * JdbcDeduplicationStore}; the webhook dispatcher then answers NewStore with an error, so NewStore
 * retries the delivery later: nothing is handled twice and nothing is lost while the database is
 * down. The message names the operation, the table and the SQLState; it never holds a connection
 * string or credentials.
 */
public class DeduplicationStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The SQLState of the database error, kept when the exception is serialized. */
  private final String sqlState;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do
   * @param cause the database's error
   */
  public DeduplicationStoreException(String message, SQLException cause) {
    super(message + " (SQLState " + cause.getSQLState() + ")", cause);
    this.sqlState = String.valueOf(cause.getSQLState());
  }

  /**
   * Returns the SQLState of the database's error, or {@code "null"} when the driver gave none.
   *
   * @return the SQLState, such as {@code 42P01} (table missing) on PostgreSQL
   */
  public String sqlState() {
    return sqlState;
  }
}
