package com.newstore.sdk.spring;

import java.time.Duration;

/**
 * The {@code newstore.outbox.*} settings of the fulfillment outbox and its worker, used when
 * newstore-fulfillment-outbox is on the class path and the application has a DataSource bean.
 */
public class NewStoreOutboxProperties {
  /** Whether to create the fulfillment outbox and start its worker. */
  private boolean enabled = true;

  /** The outbox table, optionally schema-qualified. */
  private String table = "newstore_fulfillment_outbox";

  /** How many entries the worker delivers at once (1 to 64). */
  private int threads = 2;

  /** How often the worker polls the table for due entries. */
  private Duration pollInterval = Duration.ofSeconds(1);

  /**
   * How long a leased entry is reserved for one worker; keep it longer than one delivery (the
   * client's call timeout plus a status read).
   */
  private Duration lease = Duration.ofMinutes(2);

  /**
   * How long after it was sent an entry may stay unconfirmed before it fails (how fast NewStore
   * applies a change is unconfirmed).
   */
  private Duration confirmTimeout = Duration.ofMinutes(10);

  /** How long shutdown waits for deliveries under way before it interrupts them. */
  private Duration shutdownTimeout = Duration.ofSeconds(30);

  /**
   * Returns whether the outbox is created.
   *
   * @return true by default
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the outbox is created.
   *
   * @param enabled false to leave it out
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns the outbox table name.
   *
   * @return {@code newstore_fulfillment_outbox} by default
   */
  public String getTable() {
    return table;
  }

  /**
   * Sets the outbox table name.
   *
   * @param table a plain SQL identifier, optionally {@code schema.table}
   */
  public void setTable(String table) {
    this.table = table;
  }

  /**
   * Returns the delivery thread count.
   *
   * @return 2 by default
   */
  public int getThreads() {
    return threads;
  }

  /**
   * Sets the delivery thread count.
   *
   * @param threads 1 to 64
   */
  public void setThreads(int threads) {
    this.threads = threads;
  }

  /**
   * Returns the poll interval.
   *
   * @return 1 second by default
   */
  public Duration getPollInterval() {
    return pollInterval;
  }

  /**
   * Sets the poll interval.
   *
   * @param pollInterval a positive duration
   */
  public void setPollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  /**
   * Returns the lease.
   *
   * @return 2 minutes by default
   */
  public Duration getLease() {
    return lease;
  }

  /**
   * Sets the lease.
   *
   * @param lease a positive duration
   */
  public void setLease(Duration lease) {
    this.lease = lease;
  }

  /**
   * Returns the confirm timeout.
   *
   * @return 10 minutes by default
   */
  public Duration getConfirmTimeout() {
    return confirmTimeout;
  }

  /**
   * Sets the confirm timeout.
   *
   * @param confirmTimeout a positive duration
   */
  public void setConfirmTimeout(Duration confirmTimeout) {
    this.confirmTimeout = confirmTimeout;
  }

  /**
   * Returns the shutdown timeout.
   *
   * @return 30 seconds by default
   */
  public Duration getShutdownTimeout() {
    return shutdownTimeout;
  }

  /**
   * Sets the shutdown timeout.
   *
   * @param shutdownTimeout zero or positive
   */
  public void setShutdownTimeout(Duration shutdownTimeout) {
    this.shutdownTimeout = shutdownTimeout;
  }
}
