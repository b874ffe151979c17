package com.newstore.sdk.fulfillment.outbox;

import com.newstore.sdk.client.NewStoreException;
import java.sql.SQLException;

/**
 * The outbox's database refused or could not be reached: an entry was not recorded (nothing will be
 * sent; record it again once the database is back) or could not be read. The message names the
 * operation, the table and the SQLState; never a connection string or credentials.
 */
public class OutboxException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  /** The SQLState of the database error, kept when the exception is serialized. */
  private final String sqlState;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do
   * @param cause the database's error
   */
  public OutboxException(String message, SQLException cause) {
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
