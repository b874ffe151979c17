/**
 * Registers and controls NewStore event stream integrations: the webhook through which an external
 * OMS learns of {@code order.created}, {@code payment_account.amount_authorized}, {@code
 * payment_account.amount_captured} and the other events. Reach it with {@link
 * com.newstore.sdk.client.NewStoreClient#eventStream()}. Everything is non-null unless annotated
 * {@code @Nullable}.
 */
@NullMarked
package com.newstore.sdk.client.eventstream;

import org.jspecify.annotations.NullMarked;
