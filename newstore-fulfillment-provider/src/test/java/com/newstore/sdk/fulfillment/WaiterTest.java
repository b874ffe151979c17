package com.newstore.sdk.fulfillment;

import static com.newstore.sdk.fulfillment.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreNetworkException;
import com.newstore.sdk.client.RateLimitException;
import com.newstore.sdk.contract.junit.ContractRecorder;
import com.newstore.sdk.fulfillment.TestSupport.MutableClock;
import com.newstore.sdk.fulfillment.TestSupport.VirtualScheduler;
import com.newstore.sdk.fulfillment.WaitAttempt.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
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

  /** The token endpoint's documented path (specs/newstore-api.yaml), so its request is checked. */
  private static final String TOKEN_PATH = "/auth/realms/acme/protocol/openid-connect/token";

  private static final String NOT_YET = "{\"error_code\": \"not_found\"}";

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  private final List<WaitAttempt> attempts = new CopyOnWriteArrayList<>();
  private VirtualScheduler scheduler;
  private NewStoreClient client;
  private FulfillmentProviderClient fulfillment;

  /** Dispatchers set inside a test go through it, so their requests are validated too. */
  private ContractRecorder contract;

  @BeforeEach
  void setUp(ContractRecorder contract) throws Exception {
    this.contract = contract;
    server.start();
    client = TestSupport.newStoreClient(server, clock);
    useScheduler(Duration.ZERO);
  }

  private Dispatcher validated(Function<RecordedRequest, MockResponse> answer) {
    return contract.dispatcher(TestSupport.dispatcher(answer));
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
  void untilShipped_settlesAfterThreePolls_returnsStatusAttemptsAndTime() throws Exception {
    server.enqueue(json(404, NOT_YET));
    server.enqueue(json(200, "{\"successful_shipments\": [], \"failed_shipments\": []}"));
    server.enqueue(
        json(
            200,
            "{\"successful_shipments\": [{\"product_ids\": [\"sku-1\", \"sku-2\"]}],"
                + " \"failed_shipments\": []}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1", "sku-2"))
            .options(options().build())
            .await();

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
  void untilShipped_partialFailure_throwsShipmentFailedWithDetails() {
    server.enqueue(
        json(
            200,
            """
            {"successful_shipments": [{"product_id": "sku-1"}],
             "failed_shipments": [{"product_id": "sku-2", "reason": "invalid_tracking_code"}]}
            """));

    assertThatThrownBy(
            () ->
                fulfillment
                    .waiter()
                    .untilShipped("fr-1", List.of("sku-1", "sku-2"))
                    .options(options().build())
                    .await())
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
  void untilShipped_failedThenShippedAgain_succeeds() {
    server.enqueue(
        json(
            200,
            """
            {"successful_shipments": [{"product_id": "sku-1"}],
             "failed_shipments": [{"product_id": "sku-1", "reason": "first try"}]}
            """));

    WaiterResult<ShipmentStatus> result =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1"))
            .options(options().build())
            .await();

    assertThat(result.attempts()).isEqualTo(1);
  }

  @Test
  void untilShipped_twoUnitsOfOneProduct_waitsForBothUnits() {
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));
    server.enqueue(
        json(200, "{\"successful_shipments\": [{\"product_ids\": [\"sku-1\", \"sku-1\"]}]}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1", "sku-1"))
            .options(options().build())
            .await();

    assertThat(result.attempts()).isEqualTo(2);
  }

  @Test
  void untilShipped_totalTimeUsedUp_timesOutCountingAttempts() {
    server.setDispatcher(validated(r -> json(404, NOT_YET)));
    WaiterOptions opts =
        options()
            .maxInterval(Duration.ofSeconds(1))
            .maxTotalTime(Duration.ofMillis(3500))
            .maxAttempts(100)
            .build();

    assertThatThrownBy(
            () -> fulfillment.waiter().untilShipped("fr-1", List.of("sku-1")).options(opts).await())
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
  void untilShipped_maxAttemptsUsedUp_timesOutWithLastStatus() {
    server.setDispatcher(validated(r -> json(200, "{\"successful_shipments\": []}")));

    assertThatThrownBy(
            () ->
                fulfillment
                    .waiter()
                    .untilShipped("fr-1", List.of("sku-1"))
                    .options(options().maxAttempts(3).build())
                    .await())
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
  void untilShippedAsync_cancelled_sendsNoFurtherRequest() throws Exception {
    useScheduler(Duration.ofMillis(100));
    server.setDispatcher(validated(r -> json(404, NOT_YET)));

    CompletableFuture<WaiterResult<ShipmentStatus>> future =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1"))
            .options(options().build())
            .start();
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    boolean cancelled = future.cancel(true);

    assertThat(cancelled).isTrue();
    assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).isNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void untilShipped_rateLimited_waitsRetryAfterSeconds() {
    server.enqueue(new MockResponse.Builder(json(429, "{}")).addHeader("Retry-After", "7").build());
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1"))
            .options(options().build())
            .await();

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ofSeconds(7));
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(7));
    assertThat(attempts.get(0).error()).isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).as("no automatic retry inside a poll").isEqualTo(2);
  }

  @Test
  void untilShipped_rateLimitedWithHttpDate_waitsUntilThatDateByInjectedClock() {
    server.enqueue(
        new MockResponse.Builder(json(429, "{}"))
            .addHeader("Retry-After", "Thu, 26 Nov 2026 12:00:04 GMT")
            .build());
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    fulfillment.waiter().untilShipped("fr-1", List.of("sku-1")).options(options().build()).await();

    assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ofSeconds(4));
  }

  @Test
  void untilShipped_retryAfterBeyondTotalTime_timesOutWithoutWaiting() {
    server.enqueue(
        new MockResponse.Builder(json(429, "{}")).addHeader("Retry-After", "30").build());

    assertThatThrownBy(
            () ->
                fulfillment
                    .waiter()
                    .untilShipped("fr-1", List.of("sku-1"))
                    .options(options().maxTotalTime(Duration.ofSeconds(5)).build())
                    .await())
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
  void untilShipped_serverErrorWhilePolling_pollsAgain() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    assertThat(
            fulfillment
                .waiter()
                .untilShipped("fr-1", List.of("sku-1"))
                .options(options().build())
                .await()
                .attempts())
        .isEqualTo(2);
  }

  @Test
  void untilShipped_pollAnswered503_isSentOnceWithoutTheClientsRetries() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(500, "{}"));
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1"))
            .options(options().build())
            .await();

    // With the client's retries, the 503 and the 500 would each have been sent again at once.
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(attempts)
        .extracting(WaitAttempt::outcome)
        .containsExactly(Outcome.RETRY, Outcome.RETRY, Outcome.SUCCESS);
  }

  @Test
  void untilShipped_tokenRefused_failsAtOnceWithAuthenticationException() throws Exception {
    server.setDispatcher(
        validated(
            r ->
                r.getUrl().encodedPath().equals(TOKEN_PATH)
                    ? json(401, "{\"error\": \"unauthorized_client\"}")
                    : json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}")));
    NewStoreClient withCredentials =
        NewStoreClient.builder()
            .baseUrl(server.url("/").toString())
            .tokenUrl(server.url(TOKEN_PATH).toString())
            .credentials("client-id", "wrong-secret")
            .clock(clock)
            .build();
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previousHandler = Thread.getDefaultUncaughtExceptionHandler();
    PrintStream previousErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (FulfillmentProviderClient authFailing =
        FulfillmentProviderClient.builder(withCredentials)
            .scheduler(scheduler)
            .clock(clock)
            .build()) {
      assertThatThrownBy(
              () ->
                  authFailing
                      .waiter()
                      .untilShipped("fr-1", List.of("sku-1"))
                      .options(options().build())
                      .await())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining("wrong-secret");
    } finally {
      System.setErr(previousErr);
      Thread.setDefaultUncaughtExceptionHandler(previousHandler);
      withCredentials.close();
    }

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(TestSupport.take(server).getUrl().encodedPath()).isEqualTo(TOKEN_PATH);
    assertThat(attempts).hasSize(1);
    assertThat(attempts.get(0).outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(attempts.get(0).error()).isInstanceOf(AuthenticationException.class);
    assertThat(scheduler.delays).containsExactly(Duration.ZERO);
    assertThat(uncaught).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("OkHttp");
  }

  @Test
  void untilShipped_tokenAndInterceptors_runOnTheSchedulerThreadNeverOnOkHttps() {
    server.enqueue(json(404, NOT_YET));
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));
    List<String> tokenThreads = new CopyOnWriteArrayList<>();
    try (NewStoreClient recording =
            NewStoreClient.builder()
                .baseUrl(server.url("/").toString())
                .tokenProvider(
                    () -> {
                      tokenThreads.add(Thread.currentThread().getName());
                      return new AccessToken("t", Instant.MAX);
                    })
                .clock(clock)
                .build();
        FulfillmentProviderClient own = FulfillmentProviderClient.create(recording)) {
      WaiterOptions tiny =
          WaiterOptions.builder()
              .initialInterval(Duration.ofMillis(10))
              .maxTotalTime(Duration.ofSeconds(10))
              .build();

      assertThat(
              own.waiter().untilShipped("fr-1", List.of("sku-1")).options(tiny).await().attempts())
          .isEqualTo(2);
    }

    assertThat(tokenThreads)
        .hasSize(2)
        .allMatch(name -> name.equals("newstore-fulfillment-waiter"));
  }

  @Test
  void shipmentStatus_tokenRefused_throwsAuthenticationExceptionAfterOneTokenRequest() {
    server.setDispatcher(validated(r -> json(401, "{\"error\": \"unauthorized_client\"}")));
    try (NewStoreClient withCredentials =
            NewStoreClient.builder()
                .baseUrl(server.url("/").toString())
                .tokenUrl(server.url(TOKEN_PATH).toString())
                .credentials("client-id", "wrong-secret")
                .clock(clock)
                .build();
        FulfillmentProviderClient authFailing = FulfillmentProviderClient.create(withCredentials)) {
      assertThatThrownBy(() -> authFailing.shipmentStatus("fr-1"))
          .isInstanceOf(AuthenticationException.class);
    }

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void options_returnsANewWait_leavingTheOriginalOnDefaults() {
    Wait<ShipmentStatus> base = fulfillment.waiter().untilShipped("fr-1", List.of("sku-1"));
    WaiterOptions custom = options().maxAttempts(3).build();

    assertThat(base.options(custom)).isNotSameAs(base);
    assertThat(base.toString()).contains("maxAttempts=40");
    assertThat(base.options(custom).toString()).contains("maxAttempts=3");
  }

  @Test
  void untilShipped_unauthorized_failsWithApiException() {
    server.setDispatcher(validated(r -> json(401, "{\"error_code\": \"x\"}")));

    assertThatThrownBy(
            () ->
                fulfillment
                    .waiter()
                    .untilShipped("fr-1", List.of("sku-1"))
                    .options(options().build())
                    .await())
        .isInstanceOf(AuthenticationException.class);
    assertThat(attempts).extracting(WaitAttempt::outcome).containsExactly(Outcome.FAILURE);
  }

  @Test
  void untilShipped_listenerThrows_isIgnored() {
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));
    WaiterOptions opts =
        options()
            .listener(
                a -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();

    assertThat(
            fulfillment
                .waiter()
                .untilShipped("fr-1", List.of("sku-1"))
                .options(opts)
                .await()
                .attempts())
        .isEqualTo(1);
  }

  @Test
  void untilRejected_rejectionRecordedOnSecondPoll_succeeds() throws Exception {
    server.enqueue(json(404, NOT_YET));
    server.enqueue(
        json(
            200,
            "{\"missing_items\": [{\"reason\": \"no_inventory\", \"product_ids\": [\"sku-1\"]}]}"));

    WaiterResult<RejectionStatus> result =
        fulfillment
            .waiter()
            .untilRejected("fr-1", List.of("sku-1"))
            .options(options().build())
            .await();

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getUrl().encodedPath())
        .isEqualTo("/v0/d/fulfillment_requests/fr-1/rejection");
  }

  @Test
  void untilCanceled_itemCanceled_succeeds() throws Exception {
    server.enqueue(json(200, "{\"canceled_items\": [{\"product_id\": \"sku-1\"}]}"));

    WaiterResult<CancellationStatus> result =
        fulfillment
            .waiter()
            .untilCanceled("fr-1", List.of("sku-1"))
            .options(options().build())
            .await();

    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.value().canceledItems()).hasSize(1);
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getUrl().encodedPath())
        .isEqualTo("/v0/d/fulfillment_requests/fr-1/canceled_items");
  }

  @Test
  void untilShipped_ownScheduler_pollsAndStopsOnClose() {
    server.enqueue(json(404, NOT_YET));
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));
    FulfillmentProviderClient own = FulfillmentProviderClient.create(client);
    WaiterOptions tiny =
        WaiterOptions.builder()
            .initialInterval(Duration.ofMillis(10))
            .maxTotalTime(Duration.ofSeconds(10))
            .build();

    assertThat(own.waiter().untilShipped("fr-1", List.of("sku-1")).options(tiny).await().attempts())
        .isEqualTo(2);
    own.close();
    assertThatThrownBy(
            () -> own.waiter().untilShipped("fr-1", List.of("sku-1")).options(tiny).start())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void untilShippedAsync_cancelledDuringCall_completesCancelledAndPollsNoMore() throws Exception {
    server.setDispatcher(
        validated(
            r ->
                new MockResponse.Builder(json(404, NOT_YET))
                    .headersDelay(300, TimeUnit.MILLISECONDS)
                    .build()));

    CompletableFuture<WaiterResult<ShipmentStatus>> future =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1"))
            .options(options().build())
            .start();
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
    server.setDispatcher(validated(r -> json(404, NOT_YET)));

    CompletableFuture<WaiterResult<ShipmentStatus>> future =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1"))
            .options(options().build())
            .start();
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    fulfillment.close();

    assertThat(future)
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withMessageContaining("was closed");
    assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void untilShipped_unavailableWithRetryAfter_waitsRetryAfter() {
    server.enqueue(new MockResponse.Builder(json(503, "{}")).addHeader("Retry-After", "3").build());
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    fulfillment.waiter().untilShipped("fr-1", List.of("sku-1")).options(options().build()).await();

    assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ofSeconds(3));
  }

  @Test
  void untilShipped_connectionDroppedWhilePolling_pollsAgain() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{\"successful_shipments\": [{\"product_id\": \"sku-1\"}]}"));

    WaiterResult<ShipmentStatus> result =
        fulfillment
            .waiter()
            .untilShipped("fr-1", List.of("sku-1"))
            .options(options().build())
            .await();

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(attempts.get(0).outcome()).isEqualTo(Outcome.RETRY);
    assertThat(attempts.get(0).error()).isInstanceOf(NewStoreNetworkException.class);
  }

  @Test
  void untilShipped_bodyNotJson_failsWithDecodingException() {
    server.enqueue(json(200, "<html>maintenance</html>"));

    assertThatThrownBy(
            () ->
                fulfillment
                    .waiter()
                    .untilShipped("fr-1", List.of("sku-1"))
                    .options(options().build())
                    .await())
        .isInstanceOf(NewStoreDecodingException.class);
    assertThat(attempts).extracting(WaitAttempt::outcome).containsExactly(Outcome.FAILURE);
  }

  @Test
  void untilShippedAsync_schedulerShutDown_failsAtOnce() {
    scheduler.shutdownNow();

    assertThat(
            fulfillment
                .waiter()
                .untilShipped("fr-1", List.of("sku-1"))
                .options(options().build())
                .start())
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
