/**
 * Internals of the SDK's JDBC modules (the deduplication store here, and
 * newstore-fulfillment-outbox, which uses {@link
 * com.newstore.sdk.webhooks.jdbc.internal.SqlIdentifier}); not part of the API.
 */
@NullMarked
package com.newstore.sdk.webhooks.jdbc.internal;

import org.jspecify.annotations.NullMarked;
