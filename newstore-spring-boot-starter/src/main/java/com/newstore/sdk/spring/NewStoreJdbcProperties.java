package com.newstore.sdk.spring;

/** The {@code newstore.jdbc.*} settings, shared by the deduplication table and the outbox. */
public class NewStoreJdbcProperties {
  /**
   * Whether to create the starter's tables at start-up (CREATE ... IF NOT EXISTS). Off by default:
   * run the SQL shipped in the jars as a Flyway or Liquibase migration instead.
   */
  private boolean initializeSchema;

  /**
   * Returns whether the tables are created at start-up.
   *
   * @return false by default
   */
  public boolean isInitializeSchema() {
    return initializeSchema;
  }

  /**
   * Sets whether the tables are created at start-up.
   *
   * @param initializeSchema true to create them if they do not exist
   */
  public void setInitializeSchema(boolean initializeSchema) {
    this.initializeSchema = initializeSchema;
  }
}
