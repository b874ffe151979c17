package com.newstore.sdk.fulfillment;

import static com.newstore.sdk.fulfillment.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreNetworkException;
import com.newstore.sdk.client.RateLimitException;
import com.newstore.sdk.fulfillment.TestSupport.MutableClock;
import com.newstore.sdk.fulfillment.TestSupport.VirtualScheduler;
import com.newstore.sdk.fulfillment.WaitAttempt.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Waiters run on virtual time: the scheduler advances the clock instead of sleeping. */
@Timeout(20)
class WaiterTest {
  private static final String SHIPMENT = "/v0/d/fulfillment_requests/fr-1/shipment";
  private static final String NOT_YET = "{\"error_code\": \"not_found\"}";

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  private final List<WaitAttempt> attempts = new CopyOnWriteArrayList<>();
  private VirtualScheduler scheduler;
  private NewStoreClient client;
  private FulfillmentProviderClient fulfillment;

  @BeforeEach
  void setUp() throws Exception {
    server.start();
    client = TestSupport.newStoreClient(server, clock);
    useScheduler(Duration.ZERO);
  }

  private void useScheduler(Duration realDelay) {
    scheduler = new VirtualScheduler(clock, realDelay);
    fulfillment =
        FulfillmentProviderClient.builder(client).scheduler(scheduler).clock(clock).build();
  }

  @AfterEach
  void tearDown() {
    fulfillment.close();
    scheduler.shutdownNow();
    client.close();
    server.close();
  }

  private WaiterOptions.Builder options() {
    return WaiterOptions.builder()
        .initialInterval(Duration.ofSeconds(1))
        .maxInterval(Duration.ofSeconds(8))
        .jitter(0)
        .maxTotalTime(Duration.ofMinutes(1))
        .listener(attempts::add);
  }

  @Test
  void waitUntilShipped_settlesAfterThreePolls_returnsStatusAttemptsAndTime() throws Exception {
    server.enqueue(json(404, NOT_YET));
    server.enqueue(json(200, "{\"successful_shipments\": [], \"failed_shipments\": []}"));
    server.enqueue(
        json(
            200,
            "{\"successful_shipments\": [{\"product_ids\": [\"sku-1\", \"sku-2\"]}],"
                + " \"failed_shipments\": []}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment.waitUntilShipped("fr-1", List.of("sku-1", "sku-2"), options().build());

    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(3));
    assertThat(result.value().successfulShipments().get(0).productIds())
        .containsExactly("sku-1", "sku-2");
    assertThat(scheduler.delays)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(attempts)
        .extracting(WaitAttempt::outcome)
        .containsExactly(Outcome.RETRY, Outcome.RETRY, Outcome.SUCCESS);
    assertThat(attempts.get(0).error()).isNotNull();
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
      assertThat(r.getMethod()).isEqualTo("GET");
      assertThat(r.getUrl().encodedPath()).isEqualTo(SHIPMENT);
    }
  }

  @Test
  void waitUntilShipped_partialFailure_throwsShipmentFailedWithDetails() {
    server.enqueue(
        json(
            200,
            """
            {"successful_shipments": [{"product_id": "sku-1"}],
             "failed_shipments": [{"product_id": "sku-2", "reason": "invalid_tracking_code"}]}
            """));

    assertThatThrownBy(
            () ->
                fulfillment.waitUntilShipped("fr-1", List.of("sku-1", "sku-2"), options().build()))
        .isInstanceOfSatisfying(
            ShipmentFailedException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.failedShipments()).hasSize(1);
              assertThat(e.failedShipments().get(0).productIds()).containsExactly("sku-2");
              assertThat(e.failedShipments().get(0).string("reason"))
                  .isEqualTo("invalid_tracking_code");
              assertThat(e.status().successfulShipments()).hasSize(1);
              assertThat(e.getMessage()).contains("sku-2").contains("invalid_tracking_code");
            });
    assertThat(attempts).extracting(WaitAttempt::outcome).containsExactly(Outcome.FAILURE);
  }

  @Test
  void waitUntilShipped_failedThenShippedAgain_succeeds() {
    server.enqueue(
        json(
            200,
            """
            {"successful_shipments": [{"product_id": "sku-1"}],
             "failed_shipments": [{"product_id": "sku-1", "reason": "first try"}]}
            """));

    WaiterResult<ShipmentStatus> result =
        fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), options().build());

    assertThat(result.attempts()).isEqualTo(1);
  }

  @Test
  void waitUntilShipped_twoUnitsOfOneProduct_waitsForBothUnits() {
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));
    server.enqueue(
        json(200, "{\"successful_shipments\": [{\"product_ids\": [\"sku-1\", \"sku-1\"]}]}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment.waitUntilShipped("fr-1", List.of("sku-1", "sku-1"), options().build());

    assertThat(result.attempts()).isEqualTo(2);
  }

  @Test
  void waitUntilShipped_totalTimeUsedUp_timesOutCountingAttempts() {
    server.setDispatcher(TestSupport.dispatcher(r -> json(404, NOT_YET)));
    WaiterOptions opts =
        options()
            .maxInterval(Duration.ofSeconds(1))
            .maxTotalTime(Duration.ofMillis(3500))
            .maxAttempts(100)
            .build();

    assertThatThrownBy(() -> fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), opts))
        .isInstanceOfSatisfying(
            WaiterTimeoutException.class,
            e -> {
              // Polls at 0, 1, 2, 3 and, bounded by the total time, 3.5 s.
              assertThat(e.attempts()).isEqualTo(5);
              assertThat(e.elapsed()).isEqualTo(Duration.ofMillis(3500));
              assertThat(e.getMessage()).contains("total time");
              assertThat(e.lastStatus()).isNull();
            });
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(attempts).hasSize(5);
  }

  @Test
  void waitUntilShipped_maxAttemptsUsedUp_timesOutWithLastStatus() {
    server.setDispatcher(TestSupport.dispatcher(r -> json(200, "{\"successful_shipments\": []}")));

    assertThatThrownBy(
            () ->
                fulfillment.waitUntilShipped(
                    "fr-1", List.of("sku-1"), options().maxAttempts(3).build()))
        .isInstanceOfSatisfying(
            WaiterTimeoutException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(3);
              assertThat(e.getMessage()).contains("gave up after 3 attempts");
              assertThat(e.lastStatus()).isInstanceOf(ShipmentStatus.class);
            });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void waitUntilShippedAsync_cancelled_sendsNoFurtherRequest() throws Exception {
    useScheduler(Duration.ofMillis(100));
    server.setDispatcher(TestSupport.dispatcher(r -> json(404, NOT_YET)));

    CompletableFuture<WaiterResult<ShipmentStatus>> future =
        fulfillment.waitUntilShippedAsync("fr-1", List.of("sku-1"), options().build());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    boolean cancelled = future.cancel(true);

    assertThat(cancelled).isTrue();
    assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).isNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void waitUntilShipped_rateLimited_waitsRetryAfterSeconds() {
    server.enqueue(new MockResponse.Builder(json(429, "{}")).addHeader("Retry-After", "7").build());
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), options().build());

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ofSeconds(7));
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(7));
    assertThat(attempts.get(0).error()).isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).as("no automatic retry inside a poll").isEqualTo(2);
  }

  @Test
  void waitUntilShipped_rateLimitedWithHttpDate_waitsUntilThatDateByInjectedClock() {
    server.enqueue(
        new MockResponse.Builder(json(429, "{}"))
            .addHeader("Retry-After", "Thu, 26 Nov 2026 12:00:04 GMT")
            .build());
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), options().build());

    assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ofSeconds(4));
  }

  @Test
  void waitUntilShipped_retryAfterBeyondTotalTime_timesOutWithoutWaiting() {
    server.enqueue(
        new MockResponse.Builder(json(429, "{}")).addHeader("Retry-After", "30").build());

    assertThatThrownBy(
            () ->
                fulfillment.waitUntilShipped(
                    "fr-1",
                    List.of("sku-1"),
                    options().maxTotalTime(Duration.ofSeconds(5)).build()))
        .isInstanceOfSatisfying(
            WaiterTimeoutException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.getMessage()).contains("Retry-After");
              assertThat(e.getCause()).isInstanceOf(RateLimitException.class);
            });
    assertThat(scheduler.delays).containsExactly(Duration.ZERO);
  }

  @Test
  void waitUntilShipped_serverErrorWhilePolling_pollsAgain() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    assertThat(fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), options().build()).attempts())
        .isEqualTo(2);
  }

  @Test
  void waitUntilShipped_unauthorized_failsWithApiException() {
    server.setDispatcher(TestSupport.dispatcher(r -> json(401, "{\"error_code\": \"x\"}")));

    assertThatThrownBy(
            () -> fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), options().build()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(attempts).extracting(WaitAttempt::outcome).containsExactly(Outcome.FAILURE);
  }

  @Test
  void waitUntilShipped_listenerThrows_isIgnored() {
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));
    WaiterOptions opts =
        options()
            .listener(
                a -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();

    assertThat(fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), opts).attempts())
        .isEqualTo(1);
  }

  @Test
  void waitUntilRejected_rejectionRecordedOnSecondPoll_succeeds() throws Exception {
    server.enqueue(json(404, NOT_YET));
    server.enqueue(
        json(
            200,
            "{\"missing_items\": [{\"reason\": \"no_inventory\", \"product_ids\": [\"sku-1\"]}]}"));

    WaiterResult<RejectionStatus> result =
        fulfillment.waitUntilRejected("fr-1", List.of("sku-1"), options().build());

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getUrl().encodedPath())
        .isEqualTo("/v0/d/fulfillment_requests/fr-1/rejection");
  }

  @Test
  void waitUntilCanceled_itemCanceled_succeeds() throws Exception {
    server.enqueue(json(200, "{\"canceled_items\": [{\"product_id\": \"sku-1\"}]}"));

    WaiterResult<CancellationStatus> result =
        fulfillment.waitUntilCanceled("fr-1", List.of("sku-1"), options().build());

    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.value().canceledItems()).hasSize(1);
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getUrl().encodedPath())
        .isEqualTo("/v0/d/fulfillment_requests/fr-1/canceled_items");
  }

  @Test
  void waitUntilShipped_ownScheduler_pollsAndStopsOnClose() {
    server.enqueue(json(404, NOT_YET));
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));
    FulfillmentProviderClient own = FulfillmentProviderClient.create(client);
    WaiterOptions tiny =
        WaiterOptions.builder()
            .initialInterval(Duration.ofMillis(10))
            .maxTotalTime(Duration.ofSeconds(10))
            .build();

    assertThat(own.waitUntilShipped("fr-1", List.of("sku-1"), tiny).attempts()).isEqualTo(2);
    own.close();
    assertThatThrownBy(() -> own.waitUntilShippedAsync("fr-1", List.of("sku-1"), tiny))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void waitUntilShippedAsync_cancelledDuringCall_completesCancelledAndPollsNoMore()
      throws Exception {
    server.setDispatcher(
        TestSupport.dispatcher(
            r ->
                new MockResponse.Builder(json(404, NOT_YET))
                    .headersDelay(300, TimeUnit.MILLISECONDS)
                    .build()));

    CompletableFuture<WaiterResult<ShipmentStatus>> future =
        fulfillment.waitUntilShippedAsync("fr-1", List.of("sku-1"), options().build());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    future.cancel(true);

    assertThat(future).isCancelled();
    // Had the call not been cancelled, its 404 would have led to a second poll at once.
    assertThat(server.takeRequest(400, TimeUnit.MILLISECONDS)).isNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void close_waiterRunning_failsItAndPollsNoMore() throws Exception {
    useScheduler(Duration.ofMillis(100));
    server.setDispatcher(TestSupport.dispatcher(r -> json(404, NOT_YET)));

    CompletableFuture<WaiterResult<ShipmentStatus>> future =
        fulfillment.waitUntilShippedAsync("fr-1", List.of("sku-1"), options().build());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    fulfillment.close();

    assertThat(future)
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withMessageContaining("was closed");
    assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void waitUntilShipped_unavailableWithRetryAfter_waitsRetryAfter() {
    server.enqueue(new MockResponse.Builder(json(503, "{}")).addHeader("Retry-After", "3").build());
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), options().build());

    assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ofSeconds(3));
  }

  @Test
  void waitUntilShipped_connectionDroppedWhilePolling_pollsAgain() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), options().build());

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(attempts.get(0).outcome()).isEqualTo(Outcome.RETRY);
    assertThat(attempts.get(0).error()).isInstanceOf(NewStoreNetworkException.class);
  }

  @Test
  void waitUntilShipped_bodyNotJson_failsWithDecodingException() {
    server.enqueue(json(200, "<html>maintenance</html>"));

    assertThatThrownBy(
            () -> fulfillment.waitUntilShipped("fr-1", List.of("sku-1"), options().build()))
        .isInstanceOf(NewStoreDecodingException.class);
    assertThat(attempts).extracting(WaitAttempt::outcome).containsExactly(Outcome.FAILURE);
  }

  @Test
  void waitUntilShippedAsync_schedulerShutDown_failsAtOnce() {
    scheduler.shutdownNow();

    assertThat(fulfillment.waitUntilShippedAsync("fr-1", List.of("sku-1"), options().build()))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withMessageContaining("scheduler refused");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void intervalAfter_backoffDoublesUpToCapAndJitterShortensIt() {
    WaiterOptions opts =
        WaiterOptions.builder()
            .initialInterval(Duration.ofSeconds(1))
            .maxInterval(Duration.ofSeconds(5))
            .jitter(0.5)
            .build();

    assertThat(opts.intervalAfter(1, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(opts.intervalAfter(2, 0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(opts.intervalAfter(3, 0)).isEqualTo(Duration.ofSeconds(4));
    assertThat(opts.intervalAfter(4, 0)).isEqualTo(Duration.ofSeconds(5));
    assertThat(opts.intervalAfter(60, 0)).isEqualTo(Duration.ofSeconds(5));
    assertThat(opts.intervalAfter(1, 0.5)).isEqualTo(Duration.ofMillis(750));
  }
}
