package com.newstore.examples.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox;
import com.newstore.sdk.fulfillment.outbox.OutboxEntry;
import com.newstore.sdk.fulfillment.outbox.OutboxOperation;
import com.newstore.sdk.fulfillment.outbox.OutboxRetryPolicy;
import com.newstore.sdk.fulfillment.outbox.OutboxState;
import com.newstore.sdk.testing.postgres.Postgres;
import com.newstore.sdk.testkit.FulfillmentRequestState.UnitStatus;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.jdbc.JdbcDeduplicationStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the provider with its state in a real PostgreSQL (given by JDBC URL, as {@code
 * NEWSTORE_JDBC_URL} gives it) against the NewStore simulator, and restarts it in between: a new
 * app over the same database, as after a deploy or a crash.
 */
class FulfillmentProviderOnPostgresTest {
  private static final String DC_KEY = "dc-api-key-for-tests";
  private static final String ACCEPT = "/v0/d/fulfillment_requests/{id}/acknowledgement";
  private static final String SHIPMENT = "/v0/d/fulfillment_requests/{id}/shipment";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
  private final String jdbcUrl = Postgres.jdbcUrl();
  private final Inventory inventory = Inventory.inMemory(Map.of("sku-1", 5));
  private NewStoreSimulator sim;
  private NewStoreClient client;
  private FulfillmentProviderApp app;
  private FulfillmentOutbox outbox;

  @BeforeEach
  void start() throws Exception {
    DataSource db = PostgresState.dataSource(jdbcUrl);
    // One database for the whole test JVM: every test starts from empty tables.
    outbox = FulfillmentOutbox.create(db);
    outbox.createSchema();
    try (JdbcDeduplicationStore claims = JdbcDeduplicationStore.create(db)) {
      claims.createSchema();
    }
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "TRUNCATE "
              + FulfillmentOutbox.DEFAULT_TABLE_NAME
              + ", "
              + JdbcDeduplicationStore.DEFAULT_TABLE_NAME);
    }
    sim = NewStoreSimulator.start();
    client = sim.newClient();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    client.close();
    sim.close();
  }

  @Test
  void fulfillmentRequest_deliveredAgainAfterARestart_isHandledOnce() throws Exception {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-pg-1", "sku-1");
    restart();
    assertThat(sim.sender().sendFulfillmentRequest(request, "dc-1").successful()).isTrue();
    assertThat(nextOutcome()).isEqualTo(new Outcome("fr-pg-1", List.of("sku-1"), List.of(), null));
    awaitEntries("fr-pg-1", OutboxState.CONFIRMED, OutboxState.CONFIRMED);

    restart(); // a new instance over the same database: the in-memory store would forget
    assertThat(sim.sender().sendFulfillmentRequest(request, "dc-1").successful()).isTrue();

    // The handler records synchronously, before the 200: had it run, its outcome would be here.
    assertThat(outcomes).as("handler runs for the second delivery").isEmpty();
    assertThat(outbox.entries("fr-pg-1")).hasSize(2);
    assertThat(sim.requests("POST", ACCEPT)).hasSize(1);
    assertThat(sim.requests("POST", SHIPMENT)).hasSize(1);
  }

  @Test
  void shipmentThatFailedToPost_isSentAgainByTheOutboxAfterARestart() throws Exception {
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-pg-2", "sku-1", "sku-1");
    sim.faults().on("POST", SHIPMENT).respond(503); // NewStore refuses shipments for now
    restart();
    assertThat(sim.sender().sendFulfillmentRequest(request, "dc-1").successful()).isTrue();
    assertThat(nextOutcome().shipped()).containsExactly("sku-1", "sku-1");
    await(
        () -> {
          OutboxEntry ship = entry("fr-pg-2", OutboxOperation.SHIP);
          return ship.attempts() >= 1 && ship.lastError() != null;
        },
        "the shipment POST failed once");

    app.close(); // the service goes down with the shipment not delivered
    app = null;
    OutboxEntry unsent = entry("fr-pg-2", OutboxOperation.SHIP);
    assertThat(unsent.state()).isEqualTo(OutboxState.PENDING);
    assertThat(unsent.lastError()).contains("503");
    int refused = sim.requests("POST", SHIPMENT).size();
    sim.faults().clear(); // NewStore is back

    restart();
    awaitEntries("fr-pg-2", OutboxState.CONFIRMED, OutboxState.CONFIRMED);

    assertThat(sim.requests("POST", SHIPMENT)).as("shipment POSTs").hasSize(refused + 1);
    assertThat(sim.requests("POST", ACCEPT)).as("accept is not sent again").hasSize(1);
    assertThat(sim.fulfillmentRequest("fr-pg-2").orElseThrow().statusesOf("sku-1"))
        .containsExactly(UnitStatus.SHIPPED, UnitStatus.SHIPPED);
    assertThat(outcomes).as("NewStore did not send the request again").isEmpty();
  }

  /** Stops the running app, if any, and starts a new one over the same database. */
  private void restart() throws Exception {
    if (app != null) {
      app.close();
    }
    PostgresState state =
        new PostgresState(
            PostgresState.dataSource(jdbcUrl),
            Duration.ofMillis(50),
            // One retry a second: the test restarts the app between two attempts.
            OutboxRetryPolicy.defaults().withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1)));
    app =
        FulfillmentProviderApp.startOnPostgres(
            client,
            inventory,
            DC_KEY,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            state,
            outcomes::add);
    URI endpoint =
        URI.create(
            "http://127.0.0.1:" + app.port() + FulfillmentProviderApp.FULFILLMENT_REQUESTS_PATH);
    sim.configureDistributionCenter("dc-1", endpoint, DC_KEY);
  }

  private OutboxEntry entry(String requestId, OutboxOperation operation) {
    return outbox.entries(requestId).stream()
        .filter(e -> e.operation() == operation)
        .findFirst()
        .orElseThrow();
  }

  private void awaitEntries(String requestId, OutboxState... states) {
    await(
        () ->
            outbox.entries(requestId).stream()
                .map(OutboxEntry::state)
                .toList()
                .equals(List.of(states)),
        requestId + "'s entries " + Arrays.toString(states));
  }

  private Outcome nextOutcome() throws InterruptedException {
    Outcome outcome = outcomes.poll(10, TimeUnit.SECONDS);
    assertThat(outcome).as("an outcome within 10 s").isNotNull();
    return outcome;
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
