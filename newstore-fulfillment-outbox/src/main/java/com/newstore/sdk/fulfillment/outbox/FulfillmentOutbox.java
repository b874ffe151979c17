package com.newstore.sdk.fulfillment.outbox;

import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.RejectedItems;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentLineItem;
import com.newstore.sdk.fulfillment.outbox.internal.NewEntry;
import com.newstore.sdk.fulfillment.outbox.internal.OutboxTable;
import com.newstore.sdk.webhooks.jdbc.internal.SqlIdentifier;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Records Fulfillment Provider API calls in a database table and returns at once; an {@link
 * OutboxWorker} delivers them to NewStore, retries while NewStore is unreachable, and confirms each
 * by reading NewStore's status. A warehouse that records a shipment here knows it reaches NewStore,
 * confirmed, across restarts and instances. Thread-safe.
 *
 * <pre>{@code
 * FulfillmentOutbox outbox = FulfillmentOutbox.create(dataSource);
 * outbox.createSchema(); // or run schema-postgresql.sql with Flyway / Liquibase
 *
 * // in the warehouse's own transaction: the shipment is recorded if and only if it commits
 * try (Connection c = dataSource.getConnection()) {
 *   c.setAutoCommit(false);
 *   markParcelShipped(c, parcel);
 *   long entryId = outbox.ship(c, requestId, List.of("sku-1"), Shipment.of("1Z999", "UPS"));
 *   c.commit();
 * }
 *
 * // once per service instance
 * OutboxWorker worker = outbox.worker(fulfillmentClient).build();
 * worker.start();
 * ...
 * outbox.entry(entryId).map(OutboxEntry::state); // PENDING, SENT, CONFIRMED or FAILED
 * worker.close();
 * }</pre>
 *
 * <p>Entries of one fulfillment request are delivered in the order they were recorded (by entry
 * id); an entry waits until the ones before it are {@linkplain OutboxState#isFinal() final}. A
 * failed entry does not stop the ones after it. Delivery is at least once: see {@link OutboxWorker}
 * for when NewStore may receive a call twice. The SQL is PostgreSQL's (tested on PostgreSQL 14);
 * other databases are untested.
 */
public final class FulfillmentOutbox {
  /** The default table name, the one in {@code schema-postgresql.sql}. */
  public static final String DEFAULT_TABLE_NAME = "newstore_fulfillment_outbox";

  /** The classpath resource with the schema for migration tools (default table name). */
  public static final String SCHEMA_RESOURCE =
      "/com/newstore/sdk/fulfillment/outbox/schema-postgresql.sql";

  private final OutboxTable rows;

  private FulfillmentOutbox(OutboxTable rows) {
    this.rows = rows;
  }

  /**
   * Returns an outbox on the default table.
   *
   * @param dataSource where the table lives; the application owns it (driver, pool, credentials)
   * @return the outbox
   */
  public static FulfillmentOutbox create(DataSource dataSource) {
    return builder(dataSource).build();
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
   * Creates the table and its indexes if they do not exist. Safe to call on every start and from
   * several instances.
   *
   * @throws OutboxException when the database refuses (for example no {@code CREATE} privilege: run
   *     {@code schema-postgresql.sql} as a migration instead)
   */
  public void createSchema() {
    rows.createSchema();
  }

  /**
   * Records accepting a fulfillment request, on a connection of the outbox's {@code DataSource}.
   *
   * @param requestId the fulfillment request id
   * @return the entry id
   * @throws NewStoreValidationException when the id is blank
   * @throws OutboxException when the entry could not be recorded (nothing will be sent)
   */
  public long accept(String requestId) {
    return rows.record(null, NewEntry.accept(requestId));
  }

  /**
   * Records accepting a fulfillment request in the caller's transaction: the entry exists if and
   * only if the caller commits. The connection is neither committed nor closed.
   *
   * @param connection the caller's connection, to the outbox's database
   * @param requestId the fulfillment request id
   * @return the entry id
   * @throws NewStoreValidationException when the id is blank
   * @throws OutboxException when the entry could not be recorded
   */
  public long accept(Connection connection, String requestId) {
    return rows.record(requireConnection(connection), NewEntry.accept(requestId));
  }

  /**
   * Records items shipped in one package; see {@link #ship(Connection, String, List)}.
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids in the package, one per unit; not empty
   * @param shipment the package
   * @return the entry id
   * @throws NewStoreValidationException when an argument is missing or empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long ship(String requestId, List<String> productIds, Shipment shipment) {
    return ship(requestId, List.of(new ShipmentLineItem(productIds, shipment)));
  }

  /**
   * Records items shipped in one package, in the caller's transaction.
   *
   * @param connection the caller's connection, to the outbox's database
   * @param requestId the fulfillment request id
   * @param productIds the product ids in the package, one per unit; not empty
   * @param shipment the package
   * @return the entry id
   * @throws NewStoreValidationException when an argument is missing or empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long ship(
      Connection connection, String requestId, List<String> productIds, Shipment shipment) {
    return ship(connection, requestId, List.of(new ShipmentLineItem(productIds, shipment)));
  }

  /**
   * Records shipped packages ({@code POST shipment}), confirmed once every unit is in {@code
   * successful_shipments}, on a connection of the outbox's {@code DataSource}.
   *
   * @param requestId the fulfillment request id
   * @param lineItems the packages; not empty
   * @return the entry id
   * @throws NewStoreValidationException when the id is blank or the list empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long ship(String requestId, List<ShipmentLineItem> lineItems) {
    return rows.record(null, NewEntry.ship(requestId, lineItems));
  }

  /**
   * Records shipped packages in the caller's transaction: the entry exists if and only if the
   * caller commits. The connection is neither committed nor closed.
   *
   * @param connection the caller's connection, to the outbox's database
   * @param requestId the fulfillment request id
   * @param lineItems the packages; not empty
   * @return the entry id
   * @throws NewStoreValidationException when the id is blank or the list empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long ship(Connection connection, String requestId, List<ShipmentLineItem> lineItems) {
    return rows.record(requireConnection(connection), NewEntry.ship(requestId, lineItems));
  }

  /**
   * Records rejecting items for one reason ({@code POST reject_items}); the units come first, as in
   * {@code ship} and {@code cancel}.
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids, one per unit; not empty
   * @param reason why the items are rejected
   * @return the entry id
   * @throws NewStoreValidationException when an argument is missing or empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long reject(String requestId, List<String> productIds, RejectionReason reason) {
    return reject(requestId, List.of(new RejectedItems(reason, productIds)));
  }

  /**
   * Records rejecting items for one reason in the caller's transaction. The connection is neither
   * committed nor closed.
   *
   * @param connection the caller's connection, to the outbox's database
   * @param requestId the fulfillment request id
   * @param productIds the product ids, one per unit; not empty
   * @param reason why the items are rejected
   * @return the entry id
   * @throws NewStoreValidationException when an argument is missing or empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long reject(
      Connection connection, String requestId, List<String> productIds, RejectionReason reason) {
    return reject(connection, requestId, List.of(new RejectedItems(reason, productIds)));
  }

  /**
   * Records rejecting items ({@code POST reject_items}), confirmed once every unit is in the
   * rejection status, on a connection of the outbox's {@code DataSource}.
   *
   * @param requestId the fulfillment request id
   * @param groups the rejected items by reason; not empty
   * @return the entry id
   * @throws NewStoreValidationException when the id is blank or the list empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long reject(String requestId, List<RejectedItems> groups) {
    return rows.record(null, NewEntry.reject(requestId, groups));
  }

  /**
   * Records rejecting items in the caller's transaction. The connection is neither committed nor
   * closed.
   *
   * @param connection the caller's connection, to the outbox's database
   * @param requestId the fulfillment request id
   * @param groups the rejected items by reason; not empty
   * @return the entry id
   * @throws NewStoreValidationException when the id is blank or the list empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long reject(Connection connection, String requestId, List<RejectedItems> groups) {
    return rows.record(requireConnection(connection), NewEntry.reject(requestId, groups));
  }

  /**
   * Records canceling items ({@code POST canceled_items}), confirmed once every unit is in the
   * cancellation status, on a connection of the outbox's {@code DataSource}.
   *
   * @param requestId the fulfillment request id
   * @param productIds the product ids, one per unit; not empty
   * @return the entry id
   * @throws NewStoreValidationException when the id is blank or the list empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long cancel(String requestId, List<String> productIds) {
    return rows.record(null, NewEntry.cancel(requestId, productIds));
  }

  /**
   * Records canceling items in the caller's transaction. The connection is neither committed nor
   * closed.
   *
   * @param connection the caller's connection, to the outbox's database
   * @param requestId the fulfillment request id
   * @param productIds the product ids, one per unit; not empty
   * @return the entry id
   * @throws NewStoreValidationException when the id is blank or the list empty
   * @throws OutboxException when the entry could not be recorded
   */
  public long cancel(Connection connection, String requestId, List<String> productIds) {
    return rows.record(requireConnection(connection), NewEntry.cancel(requestId, productIds));
  }

  /**
   * Reads one entry.
   *
   * @param id the entry id a recording method returned
   * @return the entry, or empty when there is none (never recorded, or deleted by {@link
   *     #deleteFinished})
   * @throws OutboxException when the database cannot be read
   */
  public Optional<OutboxEntry> entry(long id) {
    return rows.byId(id).stream().findFirst();
  }

  /**
   * Reads the entries of one fulfillment request, in delivery order.
   *
   * @param requestId the fulfillment request id
   * @return the entries, oldest first; empty when there are none
   * @throws OutboxException when the database cannot be read
   */
  public List<OutboxEntry> entries(String requestId) {
    Objects.requireNonNull(requestId, "requestId == null");
    return rows.byRequest(requestId);
  }

  /**
   * Deletes confirmed and failed entries that finished more than {@code olderThan} ago; pending and
   * sent entries always stay.
   *
   * @param olderThan a positive age
   * @return the number of entries deleted
   * @throws OutboxException when the database refuses
   */
  public int deleteFinished(Duration olderThan) {
    Objects.requireNonNull(olderThan, "olderThan == null");
    if (olderThan.isNegative() || olderThan.isZero()) {
      throw new IllegalArgumentException("olderThan must be positive but was " + olderThan);
    }
    return rows.deleteFinished(olderThan);
  }

  /**
   * Returns a builder for a worker that delivers this outbox's entries with a fulfillment client.
   *
   * @param fulfillment the client the worker calls NewStore with; the worker does not close it
   * @return the worker builder
   */
  public OutboxWorker.Builder worker(FulfillmentProviderClient fulfillment) {
    return new OutboxWorker.Builder(
        rows.dataSource(),
        rows.table(),
        Objects.requireNonNull(fulfillment, "fulfillment == null"));
  }

  /**
   * Returns the table name.
   *
   * @return the table, possibly schema-qualified
   */
  public String tableName() {
    return rows.table();
  }

  @Override
  public String toString() {
    return "FulfillmentOutbox{table=" + rows.table() + "}";
  }

  private static Connection requireConnection(Connection connection) {
    return Objects.requireNonNull(connection, "connection == null");
  }

  /** Builds a {@link FulfillmentOutbox}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the table name; {@value FulfillmentOutbox#DEFAULT_TABLE_NAME} by default.
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
     * Builds the outbox. It does not touch the database.
     *
     * @return the outbox
     */
    public FulfillmentOutbox build() {
      return new FulfillmentOutbox(new OutboxTable(dataSource, tableName));
    }
  }
}
