/**
 * Start with {@link com.newstore.sdk.webhooks.NewStoreWebhooks#builder()} and serve it with {@link
 * com.newstore.sdk.webhooks.JdkHttpServerAdapter#start JdkHttpServerAdapter.start(webhooks,
 * address)}. Inbound webhooks: the HTTP endpoints NewStore calls on an integrator (availability,
 * purchase history, order details, fulfillment requests, event stream), independent of any servlet
 * container or web framework.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}. Types in {@code
 * com.newstore.sdk.webhooks.internal} are implementation details and may change without notice.
 */
@NullMarked
package com.newstore.sdk.webhooks;

import org.jspecify.annotations.NullMarked;
