/**
 * Typed clients for NewStore's Associate App, payment, fulfillment, transfer shipping and
 * distribution center configuration APIs, reached from {@link
 * com.newstore.sdk.client.NewStoreClient}.
 *
 * <p>Every value is an immutable record validated with Jakarta Bean Validation before anything is
 * sent. Paths NewStore has not published are marked unconfirmed and can be replaced with {@link
 * com.newstore.sdk.client.NewStoreClient.Builder#pathOverride(String, String)}. Everything is
 * non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package com.newstore.sdk.client.config;

import org.jspecify.annotations.NullMarked;
