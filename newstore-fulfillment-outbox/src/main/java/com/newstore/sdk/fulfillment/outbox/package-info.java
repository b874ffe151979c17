/**
 * A durable outbox for the Fulfillment Provider API: {@link
 * com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox} records accept, ship, reject and cancel in
 * a database table (in the caller's transaction if it wants), and an {@link
 * com.newstore.sdk.fulfillment.outbox.OutboxWorker} delivers them to NewStore, retries, and
 * confirms them by reading NewStore's status. Tested on PostgreSQL 14.
 */
@NullMarked
package com.newstore.sdk.fulfillment.outbox;

import org.jspecify.annotations.NullMarked;
