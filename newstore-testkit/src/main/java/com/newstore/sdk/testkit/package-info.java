/**
 * Start with {@link com.newstore.sdk.testkit.NewStoreSimulatorTest @NewStoreSimulatorTest}. The
 * NewStore test kit: {@link com.newstore.sdk.testkit.NewStoreSimulator}, an in-process, stateful
 * NewStore for tests and demos, the {@link com.newstore.sdk.testkit.WebhookSender} that calls your
 * webhooks as NewStore does, and the JUnit 5 extension {@link
 * com.newstore.sdk.testkit.NewStoreSimulatorTest}, and {@link
 * com.newstore.sdk.testkit.StandaloneSimulator} to run it as a server of its own.
 *
 * <p>The simulator follows NewStore's published documents, not the SDK: the spec is the contract,
 * and the SDK and the simulator are each checked against it. Where NewStore's behaviour is unknown
 * the javadoc says "unconfirmed" and the simulator takes the lenient reading.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}. Types in {@code
 * com.newstore.sdk.testkit.internal} are implementation details and may change without notice.
 */
@NullMarked
package com.newstore.sdk.testkit;

import org.jspecify.annotations.NullMarked;
