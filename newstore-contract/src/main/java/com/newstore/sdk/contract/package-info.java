/**
 * NewStore's published API as the project's contract: the OpenAPI 3.0 documents of the calls the
 * SDK makes ({@link com.newstore.sdk.contract.NewStoreContract#api()}) and of the webhooks NewStore
 * calls ({@link com.newstore.sdk.contract.NewStoreContract#webhooks()}), and a validator that
 * checks a request or an answer against them.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}. Types in {@code
 * com.newstore.sdk.contract.internal} are implementation details and may change without notice.
 */
@NullMarked
package com.newstore.sdk.contract;

import org.jspecify.annotations.NullMarked;
