/**
 * Implementation of {@link com.newstore.sdk.client.orders.OrderInjectionService}; not public API.
 */
@NullMarked
package com.newstore.sdk.client.internal.orders;

import org.jspecify.annotations.NullMarked;
