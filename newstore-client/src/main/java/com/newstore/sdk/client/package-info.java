/**
 * Start with {@link com.newstore.sdk.client.NewStoreClient#builder()}. Typed Java client for the
 * NewStore APIs an integrator calls: the transport core ({@link
 * com.newstore.sdk.client.NewStoreClient}), authentication, retries, the exception hierarchy and
 * the configuration services.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}. Types in {@code
 * com.newstore.sdk.client.internal} are implementation details and may change without notice.
 */
@NullMarked
package com.newstore.sdk.client;

import org.jspecify.annotations.NullMarked;
