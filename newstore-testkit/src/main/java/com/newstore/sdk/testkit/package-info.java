/**
 * The NewStore test kit: {@link com.newstore.sdk.testkit.NewStoreSimulator}, an in-process,
 * stateful NewStore for tests and demos, the {@link com.newstore.sdk.testkit.WebhookSender} that
 * calls your webhooks as NewStore does, and the JUnit 5 extension {@link
 * com.newstore.sdk.testkit.NewStoreSimulatorTest}.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}. Types in {@code
 * com.newstore.sdk.testkit.internal} are implementation details and may change without notice.
 */
@NullMarked
package com.newstore.sdk.testkit;

import org.jspecify.annotations.NullMarked;
