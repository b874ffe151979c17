package com.newstore.sdk.fulfillment.outbox.internal;

import com.newstore.sdk.webhooks.jdbc.internal.SqlIdentifier;
import java.util.List;

/** The SQL of the outbox for one table (PostgreSQL). Times are the database's {@code now()}. */
public final class OutboxSql {
  private static final String COLUMNS =
      "id, request_id, operation, payload, state, attempts, created_at, next_attempt_at, sent_at,"
          + " finished_at, last_error, failure_reason";

  private final String table;

  /**
   * Creates the statements for a table.
   *
   * @param table a validated table name
   */
  public OutboxSql(String table) {
    this.table = SqlIdentifier.tableName(table);
  }

  /**
   * Returns the statements that create the table and its indexes if they do not exist.
   *
   * @return the statements, in order
   */
  public List<String> schema() {
    // An index name cannot be schema-qualified: it lives in the table's schema.
    String base = table.substring(table.lastIndexOf('.') + 1);
    return List.of(
        "CREATE TABLE IF NOT EXISTS "
            + table
            + " (id BIGSERIAL PRIMARY KEY, request_id TEXT NOT NULL,"
            + " operation TEXT NOT NULL CHECK (operation IN ('ACCEPT', 'SHIP', 'REJECT', 'CANCEL')),"
            + " payload TEXT NOT NULL,"
            + " state TEXT NOT NULL CHECK (state IN ('PENDING', 'SENT', 'CONFIRMED', 'FAILED')),"
            + " attempts INTEGER NOT NULL DEFAULT 0,"
            + " created_at TIMESTAMPTZ NOT NULL DEFAULT now(),"
            + " next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),"
            + " sent_at TIMESTAMPTZ, finished_at TIMESTAMPTZ, lease_token TEXT,"
            + " lease_until TIMESTAMPTZ, last_error TEXT, failure_reason TEXT)",
        "CREATE INDEX IF NOT EXISTS "
            + base
            + "_due ON "
            + table
            + " (next_attempt_at) WHERE state IN ('PENDING', 'SENT')",
        "CREATE INDEX IF NOT EXISTS " + base + "_request ON " + table + " (request_id, id)");
  }

  /**
   * Inserts a pending entry; parameters: request id, operation, payload.
   *
   * @return the statement, returning the id
   */
  public String insert() {
    return "INSERT INTO "
        + table
        + " (request_id, operation, payload, state) VALUES (?, ?, ?, 'PENDING') RETURNING id";
  }

  /**
   * Reads one entry; parameter: id.
   *
   * @return the statement
   */
  public String selectById() {
    return "SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?";
  }

  /**
   * Reads the entries of one request, oldest first; parameter: request id.
   *
   * @return the statement
   */
  public String selectByRequest() {
    return "SELECT " + COLUMNS + " FROM " + table + " WHERE request_id = ? ORDER BY id";
  }

  /**
   * Reads the payloads of the confirmed entries of one operation that precede an entry; parameters:
   * request id, operation, id.
   *
   * @return the statement
   */
  public String selectConfirmedBefore() {
    return "SELECT payload FROM "
        + table
        + " WHERE request_id = ? AND operation = ? AND id < ? AND state = 'CONFIRMED'";
  }

  /**
   * Leases the due entries that head their request (the oldest entry of the request that is not
   * final), skipping rows another worker has locked; parameters: lease token, lease millis, limit.
   * A pending entry's attempt count goes up here, so a crash mid-delivery counts as an attempt.
   *
   * @return the statement, returning the leased rows and the database's time
   */
  public String lease() {
    return "UPDATE "
        + table
        + " SET lease_token = ?, lease_until = now() + ? * interval '1 millisecond',"
        + " attempts = CASE WHEN state = 'PENDING' THEN attempts + 1 ELSE attempts END"
        + " WHERE id IN (SELECT o.id FROM "
        + table
        + " o WHERE o.state IN ('PENDING', 'SENT') AND o.next_attempt_at <= now()"
        + " AND (o.lease_until IS NULL OR o.lease_until < now())"
        + " AND NOT EXISTS (SELECT 1 FROM "
        + table
        + " p WHERE p.request_id = o.request_id AND p.id < o.id"
        + " AND p.state IN ('PENDING', 'SENT'))"
        + " ORDER BY o.id LIMIT ? FOR UPDATE SKIP LOCKED)"
        + " RETURNING "
        + COLUMNS
        + ", now() AS db_now";
  }

  /**
   * Marks a leased entry sent and keeps the lease; parameters: id, lease token.
   *
   * @return the statement
   */
  public String markSent() {
    return "UPDATE "
        + table
        + " SET state = 'SENT', sent_at = now(), last_error = NULL WHERE id = ? AND lease_token = ?";
  }

  /**
   * Finishes a leased entry; parameters: state, failure reason, id, lease token.
   *
   * @return the statement
   */
  public String finish() {
    return "UPDATE "
        + table
        + " SET state = ?, failure_reason = ?, finished_at = now(), lease_token = NULL,"
        + " lease_until = NULL WHERE id = ? AND lease_token = ?";
  }

  /**
   * Gives a leased entry back for a later look; parameters: delay millis, last error, id, lease
   * token.
   *
   * @return the statement
   */
  public String reschedule() {
    return "UPDATE "
        + table
        + " SET next_attempt_at = now() + ? * interval '1 millisecond', last_error = ?,"
        + " lease_token = NULL, lease_until = NULL WHERE id = ? AND lease_token = ?";
  }

  /**
   * Deletes final entries finished before a time; parameter: age millis.
   *
   * @return the statement
   */
  public String deleteFinished() {
    return "DELETE FROM "
        + table
        + " WHERE state IN ('CONFIRMED', 'FAILED')"
        + " AND finished_at < now() - ? * interval '1 millisecond'";
  }
}
