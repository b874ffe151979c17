/** Internals of the JDBC deduplication store; not part of the API. */
@NullMarked
package com.newstore.sdk.webhooks.jdbc.internal;

import org.jspecify.annotations.NullMarked;
