/**
 * Implementation of {@link com.newstore.sdk.client.eventstream.EventStreamService}; not public API.
 */
@NullMarked
package com.newstore.sdk.client.internal.eventstream;

import org.jspecify.annotations.NullMarked;
