package com.newstore.sdk.fulfillment.outbox.internal;

import com.newstore.sdk.fulfillment.outbox.OutboxEntry;
import com.newstore.sdk.fulfillment.outbox.OutboxOperation;
import com.newstore.sdk.fulfillment.outbox.OutboxState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Maps outbox rows to values. */
public final class Rows {
  private Rows() {}

  /**
   * Reads the entry at the result set's current row.
   *
   * @param rs the result set, with the outbox columns
   * @return the entry
   * @throws SQLException when a column cannot be read
   */
  public static OutboxEntry entry(ResultSet rs) throws SQLException {
    return new OutboxEntry(
        rs.getLong("id"),
        rs.getString("request_id"),
        OutboxOperation.valueOf(rs.getString("operation")),
        OutboxState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("next_attempt_at")),
        nullableInstant(rs.getTimestamp("sent_at")),
        nullableInstant(rs.getTimestamp("finished_at")),
        rs.getString("last_error"),
        rs.getString("failure_reason"));
  }

  /**
   * Reads a leased row.
   *
   * @param rs the result set of the lease statement
   * @param token the lease token
   * @return the leased entry
   * @throws SQLException when a column cannot be read
   */
  public static Leased leased(ResultSet rs, String token) throws SQLException {
    return new Leased(
        entry(rs), rs.getString("payload"), instant(rs.getTimestamp("db_now")), token);
  }

  private static Instant instant(Timestamp t) {
    return t.toInstant();
  }

  private static @Nullable Instant nullableInstant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /**
   * An entry a worker holds the lease of.
   *
   * @param entry the entry as leased
   * @param payload what to send
   * @param databaseNow the database's time when it was leased
   * @param token the lease token every update of the entry must match
   */
  public record Leased(OutboxEntry entry, String payload, Instant databaseNow, String token) {}
}
