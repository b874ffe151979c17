package com.newstore.sdk.spring;

/**
 * Where the auto-configured webhooks remember handled deliveries ({@code
 * newstore.webhooks.deduplication}).
 */
public enum DeduplicationMode {
  /**
   * A table when newstore-webhooks-jdbc is on the class path and the application has a {@code
   * DataSource} bean, this JVM's memory otherwise.
   */
  AUTO,
  /** A table; start-up fails when newstore-webhooks-jdbc or the {@code DataSource} is missing. */
  JDBC,
  /** This JVM's memory only, even when a database is there: forgotten on restart, per instance. */
  MEMORY
}
