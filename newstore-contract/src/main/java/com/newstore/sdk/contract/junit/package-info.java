/**
 * JUnit 5 and MockWebServer support: validate every request a test's {@code MockWebServer} receives
 * against {@link com.newstore.sdk.contract.NewStoreContract#api()} and fail the test on a
 * violation.
 *
 * <pre>{@code
 * @ValidateAgainstContract
 * class MyClientTest {
 *   // Watched: every request it receives is validated; server.enqueue works as usual.
 *   @StartStop MockWebServer server = new MockWebServer();
 *
 *   @Test
 *   void waitsForShipment(ContractRecorder contract) {
 *     // A dispatcher set inside a test must be wrapped, or the test fails.
 *     server.setDispatcher(contract.dispatcher(myDispatcher));
 *     ...
 *   }
 *
 *   @Test
 *   @ContractExempt("exercises a caller-supplied path override")
 *   void customPath() { ... }
 * }
 * }</pre>
 *
 * <p>To watch every test of a test source set without the annotation, enable JUnit's extension
 * autodetection ({@code junit.jupiter.extensions.autodetection.enabled=true} in {@code
 * junit-platform.properties}) and name {@link com.newstore.sdk.contract.junit.ContractExtension} in
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}, as the SDK's own modules do.
 *
 * <p>Needs {@code junit-jupiter-api} and {@code mockwebserver3} on the test class path; this module
 * declares both optional.
 */
@NullMarked
package com.newstore.sdk.contract.junit;

import org.jspecify.annotations.NullMarked;
