/**
 * A {@link com.newstore.sdk.webhooks.DeduplicationStore} in a database table, shared by every
 * instance of the integrator's service and kept across restarts: {@link
 * com.newstore.sdk.webhooks.jdbc.JdbcDeduplicationStore}. Tested on PostgreSQL 14.
 */
@NullMarked
package com.newstore.sdk.webhooks.jdbc;

import org.jspecify.annotations.NullMarked;
