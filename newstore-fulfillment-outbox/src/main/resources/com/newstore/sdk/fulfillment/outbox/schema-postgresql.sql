-- The table FulfillmentOutbox uses, for Flyway or Liquibase users (FulfillmentOutbox.createSchema()
-- runs the same statements). Rename newstore_fulfillment_outbox if you configure another
-- tableName; keep the column names.
CREATE TABLE IF NOT EXISTS newstore_fulfillment_outbox (
  id              BIGSERIAL   PRIMARY KEY,
  request_id      TEXT        NOT NULL,
  operation       TEXT        NOT NULL CHECK (operation IN ('ACCEPT', 'SHIP', 'REJECT', 'CANCEL')),
  payload         TEXT        NOT NULL,
  state           TEXT        NOT NULL CHECK (state IN ('PENDING', 'SENT', 'CONFIRMED', 'FAILED')),
  attempts        INTEGER     NOT NULL DEFAULT 0,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  sent_at         TIMESTAMPTZ,
  finished_at     TIMESTAMPTZ,
  lease_token     TEXT,
  lease_until     TIMESTAMPTZ,
  last_error      TEXT,
  failure_reason  TEXT
);
-- The worker's poll: due entries that are not final.
CREATE INDEX IF NOT EXISTS newstore_fulfillment_outbox_due
  ON newstore_fulfillment_outbox (next_attempt_at) WHERE state IN ('PENDING', 'SENT');
-- Order per fulfillment request, and entries(requestId).
CREATE INDEX IF NOT EXISTS newstore_fulfillment_outbox_request
  ON newstore_fulfillment_outbox (request_id, id);
