package com.newstore.sdk.fulfillment.outbox.internal;

import com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox;
import com.newstore.sdk.fulfillment.outbox.OutboxEntry;
import com.newstore.sdk.fulfillment.outbox.OutboxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The outbox table as {@link FulfillmentOutbox} uses it: schema, insert, reads and clean-up, each
 * on a connection of its own (or the caller's, for an insert), every {@code SQLException} turned
 * into an {@link OutboxException} that names the table and what to do. Thread-safe.
 */
public final class OutboxTable {
  private final DataSource dataSource;
  private final String table;
  private final OutboxSql sql;

  /**
   * Creates the table access.
   *
   * @param dataSource where the table lives
   * @param table the checked table name
   */
  public OutboxTable(DataSource dataSource, String table) {
    this.dataSource = dataSource;
    this.table = table;
    this.sql = new OutboxSql(table);
  }

  /**
   * Returns the {@code DataSource} the table lives in.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Returns the table name.
   *
   * @return the checked, possibly schema-qualified name
   */
  public String table() {
    return table;
  }

  /**
   * Creates the table and its indexes if they do not exist.
   *
   * @throws OutboxException when the database refuses
   */
  public void createSchema() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String statement : sql.schema()) {
        s.execute(statement);
      }
      commitIfNeeded(c);
    } catch (SQLException e) {
      throw new OutboxException(
          "Could not create the outbox table "
              + table
              + ": grant CREATE on the schema, or run "
              + FulfillmentOutbox.SCHEMA_RESOURCE
              + " with your migration tool",
          e);
    }
  }

  /**
   * Inserts an entry: on the given connection (neither committed nor closed), or on one of the
   * {@code DataSource} when none is given.
   *
   * @param given the caller's connection, or null
   * @param entry the entry
   * @return the entry id
   * @throws OutboxException when the entry could not be recorded
   */
  public long record(@Nullable Connection given, NewEntry entry) {
    try {
      if (given != null) {
        return insert(given, entry);
      }
      try (Connection c = dataSource.getConnection()) {
        long id = insert(c, entry);
        commitIfNeeded(c);
        return id;
      }
    } catch (SQLException e) {
      throw failure("record the " + entry.operation() + " entry; nothing will be sent", e);
    }
  }

  /**
   * Reads one entry.
   *
   * @param id the entry id
   * @return the entry, or an empty list
   * @throws OutboxException when the database cannot be read
   */
  public List<OutboxEntry> byId(long id) {
    return query(sql.selectById(), s -> s.setLong(1, id), "read an entry");
  }

  /**
   * Reads the entries of one fulfillment request, oldest first.
   *
   * @param requestId the fulfillment request id
   * @return the entries
   * @throws OutboxException when the database cannot be read
   */
  public List<OutboxEntry> byRequest(String requestId) {
    return query(sql.selectByRequest(), s -> s.setString(1, requestId), "read a request's entries");
  }

  /**
   * Deletes confirmed and failed entries that finished more than {@code olderThan} ago.
   *
   * @param olderThan a positive age
   * @return the number of entries deleted
   * @throws OutboxException when the database refuses
   */
  public int deleteFinished(Duration olderThan) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.deleteFinished())) {
      s.setLong(1, olderThan.toMillis());
      int deleted = s.executeUpdate();
      commitIfNeeded(c);
      return deleted;
    } catch (SQLException e) {
      throw failure("delete finished entries", e);
    }
  }

  private long insert(Connection c, NewEntry entry) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql.insert())) {
      s.setString(1, entry.requestId());
      s.setString(2, entry.operation().name());
      s.setString(3, entry.payload());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private List<OutboxEntry> query(String statement, Binder binder, String operation) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      binder.bind(s);
      List<OutboxEntry> entries = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          entries.add(Rows.entry(rs));
        }
      }
      commitIfNeeded(c);
      return entries;
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  private OutboxException failure(String operation, SQLException e) {
    return new OutboxException(
        "Could not "
            + operation
            + " in table "
            + table
            + ": check that the database is reachable and that createSchema() or "
            + FulfillmentOutbox.SCHEMA_RESOURCE
            + " created the table",
        e);
  }

  private static void commitIfNeeded(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }
}
