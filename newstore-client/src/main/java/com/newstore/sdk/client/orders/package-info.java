/**
 * Injects orders into NewStore for store fulfillment via an external OMS ({@code POST
 * /v0/d/fulfill_order}) and reads them back by external id. Reach it with {@link
 * com.newstore.sdk.client.NewStoreClient#orders()}. Everything is non-null unless annotated
 * {@code @Nullable}.
 */
@NullMarked
package com.newstore.sdk.client.orders;

import org.jspecify.annotations.NullMarked;
