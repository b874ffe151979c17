/**
 * JUnit 5 and MockWebServer support: validate every request a test's {@code MockWebServer} receives
 * against {@link com.newstore.sdk.contract.NewStoreContract#api()} and fail the test on a
 * violation.
 *
 * <pre>{@code
 * @ValidateAgainstContract
 * class MyClientTest {
 *   @StartStop MockWebServer server = new MockWebServer();
 *
 *   @BeforeEach
 *   void validate(ContractRecorder contract) {
 *     server.setDispatcher(contract.queueDispatcher());
 *   }
 *
 *   @Test
 *   @ContractExempt("exercises a caller-supplied path override")
 *   void customPath() { ... }
 * }
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} and {@code mockwebserver3} on the test class path; this module
 * declares both optional.
 */
@NullMarked
package com.newstore.sdk.contract.junit;

import org.jspecify.annotations.NullMarked;
