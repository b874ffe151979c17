-- The table JdbcDeduplicationStore uses, for Flyway or Liquibase users (JdbcDeduplicationStore
-- .createSchema() runs the same statements). Rename newstore_webhook_claims if you configure
-- another tableName; keep the column names.
CREATE TABLE IF NOT EXISTS newstore_webhook_claims (
  claim_key  TEXT        PRIMARY KEY,
  claimed_at TIMESTAMPTZ NOT NULL
);
-- Retention cleanup deletes by age.
CREATE INDEX IF NOT EXISTS newstore_webhook_claims_claimed_at
  ON newstore_webhook_claims (claimed_at);
