package com.newstore.sdk.fulfillment.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.testing.postgres.Postgres;
import com.newstore.sdk.testkit.Fault;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.ReceivedRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FulfillmentOutboxTest {
  private static final String ACCEPT = "/v0/d/fulfillment_requests/{id}/acknowledgement";
  private static final String SHIPMENT = "/v0/d/fulfillment_requests/{id}/shipment";
  private static final String CANCEL = "/v0/d/fulfillment_requests/{id}/canceled_items";
  private static final String REJECT = "/v0/d/fulfillment_requests/{id}/reject_items";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final OutboxRetryPolicy FAST_RETRY =
      OutboxRetryPolicy.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));

  private final DataSource db = Postgres.dataSource();
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private NewStoreSimulator sim;
  private FulfillmentOutbox outbox;

  @BeforeEach
  void setUp() {
    sim = NewStoreSimulator.start();
    outbox = FulfillmentOutbox.builder(db).tableName(Postgres.freshTable("outbox")).build();
    outbox.createSchema();
  }

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
    sim.close();
  }

  @Test
  void everyOperationEndsConfirmedExactlyOnceInOrderPerRequest() {
    int requests = 5;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String fr = "fr-" + i;
      sim.createFulfillmentRequest(fr, "sku-1", "sku-2", "sku-3");
      ids.add(outbox.accept(fr));
      ids.add(outbox.ship(fr, List.of("sku-1"), Shipment.of("1Z" + i, "UPS")));
      ids.add(outbox.reject(fr, List.of("sku-2"), RejectionReason.NO_INVENTORY));
      ids.add(outbox.cancel(fr, List.of("sku-3")));
    }
    assertThat(outbox.entry(ids.get(0)).orElseThrow().state()).isEqualTo(OutboxState.PENDING);

    start(worker(db).threads(3));
    awaitFinal(ids);

    for (long id : ids) {
      OutboxEntry entry = outbox.entry(id).orElseThrow();
      assertThat(entry.state()).as("entry %s", entry).isEqualTo(OutboxState.CONFIRMED);
      assertThat(entry.attempts()).isEqualTo(1);
      assertThat(entry.finishedAt()).isNotNull();
    }
    assertThat(sim.requests("POST", ACCEPT)).hasSize(requests);
    assertThat(sim.requests("POST", SHIPMENT)).hasSize(requests);
    assertThat(sim.requests("POST", REJECT)).hasSize(requests);
    assertThat(sim.requests("POST", CANCEL)).hasSize(requests);
    for (int i = 0; i < requests; i++) {
      String fr = "fr-" + i;
      assertThat(postsFor(fr))
          .containsExactly("acknowledgement", "shipment", "reject_items", "canceled_items");
      assertThat(outbox.entries(fr))
          .extracting(OutboxEntry::operation)
          .containsExactly(
              OutboxOperation.ACCEPT,
              OutboxOperation.SHIP,
              OutboxOperation.REJECT,
              OutboxOperation.CANCEL);
    }
  }

  @Test
  void aWorkerThatDiesMidDeliveryIsResumedWithoutLossOrASecondDelivery() throws Exception {
    sim.createFulfillmentRequest("fr-crash", "sku-1");
    // NewStore takes its time: the worker dies while the call is under way.
    sim.faults().on("POST", SHIPMENT).respond(Fault.latency(Duration.ofMillis(1500)));
    CuttableDataSource dying = new CuttableDataSource(db);
    OutboxWorker first =
        worker(dying).lease(Duration.ofSeconds(1)).shutdownTimeout(Duration.ZERO).build();
    long id = outbox.ship("fr-crash", List.of("sku-1"), Shipment.of("1Z1", "UPS"));
    first.start();
    try {
      await(() -> outbox.entry(id).orElseThrow().attempts() == 1, "the first worker leased it");
      // The process "crashes": its database is gone, then its threads are interrupted.
      dying.cut();
      sim.awaitRequests("POST", SHIPMENT, 1, WAIT);
      first.close();
      assertThat(outbox.entry(id).orElseThrow().state()).isEqualTo(OutboxState.PENDING);

      start(worker(db));
      awaitFinal(List.of(id));
    } finally {
      first.close();
    }

    OutboxEntry entry = outbox.entry(id).orElseThrow();
    assertThat(entry.state()).isEqualTo(OutboxState.CONFIRMED);
    assertThat(entry.attempts()).isEqualTo(2);
    assertThat(sim.requests("POST", SHIPMENT)).as("deliveries NewStore saw").hasSize(1);
  }

  @Test
  void aNewStoreOutageIsRetriedWithBackoffThenConfirmed() {
    sim.createFulfillmentRequest("fr-outage", "sku-1");
    sim.faults().on("POST", SHIPMENT).nextCalls(3).respond(503);
    sim.faults().on("POST", ACCEPT).nextCalls(2).dropConnection();
    long accept = outbox.accept("fr-outage");
    long ship = outbox.ship("fr-outage", List.of("sku-1"), Shipment.of("1Z1", "UPS"));

    start(worker(db));
    awaitFinal(List.of(accept, ship));

    assertThat(outbox.entry(accept).orElseThrow())
        .satisfies(e -> assertThat(e.state()).isEqualTo(OutboxState.CONFIRMED))
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(3));
    assertThat(outbox.entry(ship).orElseThrow())
        .satisfies(e -> assertThat(e.state()).isEqualTo(OutboxState.CONFIRMED))
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(4));
    assertThat(sim.requests("POST", SHIPMENT)).hasSize(4);
    assertThat(sim.requests("POST", ACCEPT)).hasSize(3);
  }

  @Test
  void alreadyShippedEndsFailedWithoutRetries() {
    sim.createFulfillmentRequest("fr-rule", "sku-1");
    long ship = outbox.ship("fr-rule", List.of("sku-1"), Shipment.of("1Z1", "UPS"));
    long cancel = outbox.cancel("fr-rule", List.of("sku-1"));

    start(worker(db));
    awaitFinal(List.of(ship, cancel));

    assertThat(outbox.entry(ship).orElseThrow().state()).isEqualTo(OutboxState.CONFIRMED);
    OutboxEntry failed = outbox.entry(cancel).orElseThrow();
    assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.failure())
        .hasValueSatisfying(
            r -> assertThat(r).contains("FulfillmentRuleViolationException").contains("shipped"));
    assertThat(sim.requests("POST", CANCEL)).hasSize(1);
  }

  @Test
  void retriesRunOutAndTheEntryFailsWithTheLastError() {
    sim.createFulfillmentRequest("fr-down", "sku-1");
    sim.faults().on("POST", SHIPMENT).always().respond(503);
    long ship = outbox.ship("fr-down", List.of("sku-1"), Shipment.of("1Z1", "UPS"));

    start(worker(db).retryPolicy(FAST_RETRY.withMaxAttempts(3)));
    awaitFinal(List.of(ship));

    OutboxEntry entry = outbox.entry(ship).orElseThrow();
    assertThat(entry.state()).isEqualTo(OutboxState.FAILED);
    assertThat(entry.failureReason()).contains("gave up after 3 attempts").contains("503");
    assertThat(sim.requests("POST", SHIPMENT)).hasSize(3);
  }

  @Test
  void aShipmentNewStoreRecordsAsFailedEndsFailed() {
    sim.createFulfillmentRequest("fr-failship", "sku-1");
    sim.failShipmentsOf("fr-failship", "sku-1");
    long ship = outbox.ship("fr-failship", List.of("sku-1"), Shipment.of("1Z1", "UPS"));

    start(worker(db));
    awaitFinal(List.of(ship));

    assertThat(outbox.entry(ship).orElseThrow().failureReason())
        .contains("failed shipments of [sku-1]");
  }

  @Test
  void aRecordedShipmentReachesNewStoreAsGiven() {
    sim.createFulfillmentRequest("fr-fields", "sku-1", "sku-1");
    Shipment parcel =
        Shipment.of("1Z1", "UPS")
            .withTrackingUrl("https://track.example/1Z1")
            .withServiceLevel("GROUND")
            .withField("weight_grams", 1250)
            .withField("note", "fragile");
    long ship = outbox.ship("fr-fields", List.of("sku-1", "sku-1"), parcel);

    start(worker(db));
    awaitFinal(List.of(ship));

    assertThat(outbox.entry(ship).orElseThrow().state()).isEqualTo(OutboxState.CONFIRMED);
    String body = sim.requests("POST", SHIPMENT).get(0).bodyText();
    assertThat(body)
        .contains("\"tracking_code\":\"1Z1\"")
        .contains("\"tracking_url\":\"https://track.example/1Z1\"")
        .contains("\"service_level\":\"GROUND\"")
        .contains("\"weight_grams\":1250")
        .doesNotContain("1250.0")
        .contains("\"note\":\"fragile\"");
  }

  @Test
  void twoWorkersOnOneDatabaseDeliverEachEntryOnce() {
    int requests = 20;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String fr = "fr-pair-" + i;
      sim.createFulfillmentRequest(fr, "sku-1", "sku-2");
      ids.add(outbox.accept(fr));
      ids.add(outbox.ship(fr, List.of("sku-1", "sku-2"), Shipment.of("1Z" + i, "UPS")));
    }

    start(worker(db).threads(3));
    start(worker(db).threads(3));
    awaitFinal(ids);

    assertThat(ids)
        .allSatisfy(
            id ->
                assertThat(outbox.entry(id).orElseThrow().state())
                    .isEqualTo(OutboxState.CONFIRMED));
    assertThat(sim.requests("POST", ACCEPT)).hasSize(requests);
    assertThat(sim.requests("POST", SHIPMENT)).hasSize(requests);
    for (int i = 0; i < requests; i++) {
      assertThat(postsFor("fr-pair-" + i)).containsExactly("acknowledgement", "shipment");
    }
  }

  @Test
  void anEntryRecordedInTheCallersTransactionExistsOnlyIfItCommits() throws Exception {
    String fr = "fr-tx";
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      long rolledBack = outbox.accept(c, fr);
      c.rollback();
      assertThat(outbox.entry(rolledBack)).isEmpty();

      long committed = outbox.ship(c, fr, List.of("sku-1"), Shipment.of("1Z1", "UPS"));
      assertThat(outbox.entry(committed)).as("invisible before commit").isEmpty();
      c.commit();
      assertThat(outbox.entry(committed).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
    }
    assertThat(outbox.entries(fr)).hasSize(1);
  }

  @Test
  void finishedEntriesAreDeletedByAgeAndPendingOnesStay() throws Exception {
    sim.createFulfillmentRequest("fr-old", "sku-1");
    long accepted = outbox.accept("fr-old");
    OutboxWorker worker = start(worker(db));
    awaitFinal(List.of(accepted));
    worker.close();
    long pending = outbox.accept("fr-unknown-later");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE " + outbox.tableName() + " SET finished_at = now() - interval '2 days'");
    }

    assertThat(outbox.deleteFinished(Duration.ofDays(1))).isEqualTo(1);

    assertThat(outbox.entry(accepted)).isEmpty();
    assertThat(outbox.entry(pending)).isPresent();
  }

  @Test
  void theShippedSqlResourceCreatesTheDefaultTable() throws Exception {
    String sql;
    try (InputStream in =
        FulfillmentOutbox.class.getResourceAsStream(FulfillmentOutbox.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
    FulfillmentOutbox defaults = FulfillmentOutbox.create(db);
    long id = defaults.accept("fr-resource");
    assertThat(defaults.entry(id).orElseThrow().operation()).isEqualTo(OutboxOperation.ACCEPT);
  }

  @Test
  void badInputAndAMissingTableAreTypedErrors() {
    assertThatThrownBy(() -> outbox.accept(" ")).isInstanceOf(NewStoreValidationException.class);
    assertThatThrownBy(() -> outbox.cancel("fr-1", List.of()))
        .isInstanceOf(NewStoreValidationException.class)
        .hasMessageContaining("items");
    assertThatThrownBy(() -> FulfillmentOutbox.builder(db).tableName("x;drop"))
        .isInstanceOf(IllegalArgumentException.class);
    FulfillmentOutbox missing = FulfillmentOutbox.builder(db).tableName("no_such_outbox").build();
    assertThatThrownBy(() -> missing.accept("fr-1"))
        .isInstanceOfSatisfying(
            OutboxException.class, e -> assertThat(e.sqlState()).isEqualTo("42P01"))
        .hasMessageContaining("nothing will be sent")
        .hasMessageContaining("createSchema()");
  }

  private OutboxWorker.Builder worker(DataSource dataSource) {
    NewStoreClient client = sim.clientBuilder().retryPolicy(RetryPolicy.none()).build();
    FulfillmentProviderClient fulfillment = FulfillmentProviderClient.create(client);
    toClose.add(client);
    toClose.add(fulfillment);
    return FulfillmentOutbox.builder(dataSource)
        .tableName(outbox.tableName())
        .build()
        .worker(fulfillment)
        .pollInterval(Duration.ofMillis(50))
        .confirmInterval(Duration.ofMillis(50))
        .retryPolicy(FAST_RETRY)
        .shutdownTimeout(Duration.ofSeconds(5));
  }

  private OutboxWorker start(OutboxWorker.Builder builder) {
    OutboxWorker worker = builder.build();
    toClose.add(worker);
    worker.start();
    return worker;
  }

  /** The POSTs NewStore received for one request, by last path segment, in arrival order. */
  private List<String> postsFor(String requestId) {
    List<String> posts = new ArrayList<>();
    for (ReceivedRequest r :
        sim.requests("POST", "/v0/d/fulfillment_requests/" + requestId + "/{operation}")) {
      posts.add(r.path().substring(r.path().lastIndexOf('/') + 1));
    }
    return posts;
  }

  private void awaitFinal(List<Long> ids) {
    await(
        () -> ids.stream().allMatch(id -> outbox.entry(id).orElseThrow().state().isFinal()),
        "every entry final: " + ids);
  }

  private static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }
}
