/** Internals of the fulfillment outbox; not part of the API. */
@NullMarked
package com.newstore.sdk.fulfillment.outbox.internal;

import org.jspecify.annotations.NullMarked;
