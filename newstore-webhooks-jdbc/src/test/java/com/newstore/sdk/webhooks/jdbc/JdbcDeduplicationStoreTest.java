package com.newstore.sdk.webhooks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.testing.postgres.Postgres;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookRequest;
import com.newstore.sdk.webhooks.WebhookResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcDeduplicationStoreTest {
  private static final String KEY = "webhook-key-0123456789";

  private final DataSource db = Postgres.dataSource();

  @Test
  void twoInstancesHandleOneFulfillmentRequestOnceWhenItArrivesFourTimesConcurrently()
      throws Exception {
    JdbcDeduplicationStore store =
        JdbcDeduplicationStore.builder(db).tableName(Postgres.freshTable("claims")).build();
    store.createSchema();
    AtomicInteger handlerRuns = new AtomicInteger();
    // Two services, each with its own store object, sharing only the database.
    List<NewStoreWebhooks> instances = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      JdbcDeduplicationStore own =
          JdbcDeduplicationStore.builder(db).tableName(store.tableName()).build();
      instances.add(
          NewStoreWebhooks.builder()
              .apiKey(KEY)
              .fulfillmentRequestHandler((request, context) -> handlerRuns.incrementAndGet())
              .deduplicationStore(own)
              .build());
    }
    int deliveries = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(deliveries);
    try {
      List<Future<WebhookResponse>> answers = new ArrayList<>();
      for (int i = 0; i < deliveries; i++) {
        NewStoreWebhooks target = instances.get(i % 2);
        answers.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return target.handle(fulfillmentRequest("fr-concurrent"));
                }));
      }
      start.countDown();
      for (Future<WebhookResponse> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(handlerRuns).hasValue(1);
    assertThat(rowCount(store.tableName())).isEqualTo(1);
  }

  @Test
  void aFailedHandlerReleasesTheClaimSoTheRetryIsHandledByTheOtherInstance() {
    String table = Postgres.freshTable("claims");
    JdbcDeduplicationStore.builder(db).tableName(table).build().createSchema();
    AtomicInteger runs = new AtomicInteger();
    NewStoreWebhooks failing =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .fulfillmentRequestHandler(
                (request, context) -> {
                  runs.incrementAndGet();
                  throw new IllegalStateException("WMS down");
                })
            .deduplicationStore(JdbcDeduplicationStore.builder(db).tableName(table).build())
            .build();
    NewStoreWebhooks healthy =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .fulfillmentRequestHandler((request, context) -> runs.incrementAndGet())
            .deduplicationStore(JdbcDeduplicationStore.builder(db).tableName(table).build())
            .build();

    assertThat(failing.handle(fulfillmentRequest("fr-retry")).status()).isGreaterThanOrEqualTo(500);
    assertThat(healthy.handle(fulfillmentRequest("fr-retry")).status()).isEqualTo(200);
    assertThat(healthy.handle(fulfillmentRequest("fr-retry")).status()).isEqualTo(200);

    assertThat(runs).hasValue(2);
  }

  @Test
  void whenTheStoreFailsNewStoreGetsAnErrorAndItsRetryIsHandledLater() {
    String table = Postgres.freshTable("claims");
    AtomicInteger runs = new AtomicInteger();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .fulfillmentRequestHandler((request, context) -> runs.incrementAndGet())
            .deduplicationStore(JdbcDeduplicationStore.builder(db).tableName(table).build())
            .build();

    // The table is missing, as if the database were unusable: no handler run, a 5xx for NewStore.
    assertThat(webhooks.handle(fulfillmentRequest("fr-db-down")).status())
        .isGreaterThanOrEqualTo(500);
    assertThat(runs).hasValue(0);

    JdbcDeduplicationStore.builder(db).tableName(table).build().createSchema();
    assertThat(webhooks.handle(fulfillmentRequest("fr-db-down")).status()).isEqualTo(200);
    assertThat(runs).hasValue(1);
  }

  @Test
  void retentionCleanupRemovesExpiredClaimsOnly() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    JdbcDeduplicationStore store =
        JdbcDeduplicationStore.builder(db)
            .tableName(Postgres.freshTable("claims"))
            .retention(Duration.ofDays(7))
            .clock(clock)
            .build();
    store.createSchema();
    assertThat(store.claim("old")).isTrue();
    clock.advance(Duration.ofDays(6));
    assertThat(store.claim("recent")).isTrue();
    clock.advance(Duration.ofDays(1).plusHours(1));

    assertThat(store.deleteExpired()).isEqualTo(1);

    assertThat(keys(store.tableName())).containsExactly("recent");
    assertThat(store.claim("recent")).isFalse();
    assertThat(store.claim("old")).isTrue();
    assertThat(store.deleteExpired()).isZero();
  }

  @Test
  void anExpiredClaimCanBeClaimedAgainBeforeCleanupRan() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    JdbcDeduplicationStore store =
        JdbcDeduplicationStore.builder(db)
            .tableName(Postgres.freshTable("claims"))
            .retention(Duration.ofHours(1))
            .clock(clock)
            .build();
    store.createSchema();

    assertThat(store.claim("fulfillment_request:fr-1")).isTrue();
    assertThat(store.claim("fulfillment_request:fr-1")).isFalse();
    clock.advance(Duration.ofMinutes(61));
    assertThat(store.claim("fulfillment_request:fr-1")).isTrue();
    assertThat(store.claim("fulfillment_request:fr-1")).isFalse();
    store.release("fulfillment_request:fr-1");
    assertThat(store.claim("fulfillment_request:fr-1")).isTrue();
  }

  @Test
  void scheduledCleanupDeletesExpiredClaimsInTheBackground() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    String table = Postgres.freshTable("claims");
    JdbcDeduplicationStore.builder(db).tableName(table).build().createSchema();
    JdbcDeduplicationStore writer =
        JdbcDeduplicationStore.builder(db).tableName(table).clock(clock).build();
    writer.claim("expired");
    clock.advance(Duration.ofDays(8));
    writer.claim("live");

    try (JdbcDeduplicationStore store =
        JdbcDeduplicationStore.builder(db)
            .tableName(table)
            .clock(clock)
            .cleanupEvery(Duration.ofMillis(20))
            .build()) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (keys(table).contains("expired") && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
      }
      assertThat(keys(table)).containsExactly("live");
      assertThat(store.toString()).contains(table);
    }
  }

  @Test
  void createSchemaIsIdempotentAndTakesASchemaQualifiedName() throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS integration");
    }
    JdbcDeduplicationStore store =
        JdbcDeduplicationStore.builder(db).tableName("integration.webhook_claims").build();
    store.createSchema();
    store.createSchema();
    assertThat(store.claim("k")).isTrue();
    assertThat(store.claim("k")).isFalse();
  }

  @Test
  void theShippedSqlResourceCreatesTheDefaultTable() throws Exception {
    String sql;
    try (InputStream in =
        JdbcDeduplicationStore.class.getResourceAsStream(JdbcDeduplicationStore.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
    JdbcDeduplicationStore store = JdbcDeduplicationStore.create(db);
    assertThat(store.tableName()).isEqualTo(JdbcDeduplicationStore.DEFAULT_TABLE_NAME);
    String key = "event:" + System.nanoTime();
    assertThat(store.claim(key)).isTrue();
    assertThat(store.claim(key)).isFalse();
  }

  @Test
  void aMissingTableIsATypedErrorThatSaysWhatToDo() {
    JdbcDeduplicationStore store =
        JdbcDeduplicationStore.builder(db).tableName("no_such_table").build();

    assertThatThrownBy(() -> store.claim("k"))
        .isInstanceOfSatisfying(
            DeduplicationStoreException.class, e -> assertThat(e.sqlState()).isEqualTo("42P01"))
        .hasMessageContaining("no_such_table")
        .hasMessageContaining("createSchema()");
  }

  @Test
  void aTableNameThatIsNotAPlainIdentifierIsRefused() {
    JdbcDeduplicationStore.Builder builder = JdbcDeduplicationStore.builder(db);
    assertThatThrownBy(() -> builder.tableName("claims; DROP TABLE orders"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain SQL identifier");
    assertThatThrownBy(() -> builder.tableName("\"quoted\""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retention(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static WebhookRequest fulfillmentRequest(String id) {
    return WebhookRequest.builder()
        .method("POST")
        .path("/fulfillment_requests")
        .apiKey(KEY)
        .jsonBody(fulfillmentJson(id))
        .build();
  }

  static String fulfillmentJson(String id) {
    return "{\"id\":\""
        + id
        + "\",\"order_id\":\"o-1\",\"created_at\":\"2024-05-01T10:00:00Z\","
        + "\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},"
        + "\"shipping_address\":{\"first_name\":\"Jane\",\"country_code\":\"US\"},"
        + "\"billing_address\":{\"city\":\"Boston\"},"
        + "\"items\":[{\"product_id\":\"sku-1\",\"extended_attributes\":[]}]}";
  }

  private int rowCount(String table) throws Exception {
    return keys(table).size();
  }

  private List<String> keys(String table) throws Exception {
    List<String> keys = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT claim_key FROM " + table + " ORDER BY claim_key")) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    return keys;
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
