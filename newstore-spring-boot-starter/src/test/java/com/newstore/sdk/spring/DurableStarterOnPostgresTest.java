package com.newstore.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox;
import com.newstore.sdk.fulfillment.outbox.OutboxEntry;
import com.newstore.sdk.fulfillment.outbox.OutboxState;
import com.newstore.sdk.fulfillment.outbox.OutboxWorker;
import com.newstore.sdk.testing.postgres.Postgres;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter on a real PostgreSQL and the NewStore simulator: with a DataSource bean and one
 * handler, NewStore's repeated delivery of a fulfillment request runs the handler once (the claim
 * is a row), and the accept the handler records in the auto-configured outbox reaches NewStore once
 * and ends confirmed.
 */
class DurableStarterOnPostgresTest {
  static final String KEY = "webhook-key-not-real-0123";
  static final String ACCEPT = "/v0/d/fulfillment_requests/{id}/acknowledgement";
  static final Duration WAIT = Duration.ofSeconds(30);
  static final NewStoreSimulator SIM = NewStoreSimulator.start();

  final String claims = Postgres.freshTable("claims");

  final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  NewStoreAutoConfiguration.class,
                  NewStoreWebhooksAutoConfiguration.class,
                  NewStoreJdbcDeduplicationAutoConfiguration.class,
                  NewStoreOutboxAutoConfiguration.class))
          .withUserConfiguration(App.class)
          .withPropertyValues(
              "newstore.base-url=" + SIM.baseUrl(),
              "newstore.token-url=" + SIM.tokenUrl(),
              "newstore.client-id=" + SIM.clientId(),
              "newstore.client-secret=" + SIM.clientSecret(),
              "newstore.webhooks.api-key=" + KEY,
              "newstore.jdbc.initialize-schema=true",
              "newstore.webhooks.deduplication-table=" + claims,
              "newstore.outbox.table=" + Postgres.freshTable("outbox"),
              "newstore.outbox.poll-interval=100ms");

  @AfterAll
  static void stopSimulator() {
    SIM.close();
  }

  @Test
  void aRepeatedDeliveryRunsTheHandlerOnce_andItsOutboxAcceptIsConfirmedOnce() {
    SIM.createFulfillmentRequest("fr-durable-1", "sku-1");
    AtomicReference<OutboxWorker> worker = new AtomicReference<>();
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          NewStoreWebhooks webhooks = context.getBean(NewStoreWebhooks.class);
          RecordingAccept handler = context.getBean(RecordingAccept.class);
          FulfillmentOutbox outbox = context.getBean(FulfillmentOutbox.class);
          worker.set(context.getBean(OutboxWorker.class));

          assertThat(webhooks.handle(delivery("fr-durable-1")).status()).isEqualTo(200);
          assertThat(webhooks.handle(delivery("fr-durable-1")).status()).isEqualTo(200);

          assertThat(handler.entries).hasSize(1);
          assertThat(claimKeys(context.getBean(DataSource.class)))
              .containsExactly("fulfillment_request:fr-durable-1");
          long id = handler.entries.get(0);
          OutboxEntry entry = awaitFinal(outbox, id);
          assertThat(entry.state()).as(entry.toString()).isEqualTo(OutboxState.CONFIRMED);
          assertThat(SIM.requests("POST", ACCEPT)).hasSize(1);
        });
    assertThat(worker.get().isRunning()).as("stopped with the context").isFalse();
  }

  private static WebhookRequest delivery(String id) {
    return WebhookRequest.builder()
        .method("POST")
        .path("/newstore/fulfillment_requests")
        .apiKey(KEY)
        .jsonBody(
            "{\"id\":\""
                + id
                + "\",\"order_id\":\"o-1\",\"created_at\":\"2024-05-01T10:00:00Z\","
                + "\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},"
                + "\"shipping_address\":{\"first_name\":\"Jane\",\"country_code\":\"US\"},"
                + "\"billing_address\":{\"city\":\"Boston\"},"
                + "\"items\":[{\"product_id\":\"sku-1\",\"extended_attributes\":[]}]}")
        .build();
  }

  private List<String> claimKeys(DataSource db) throws Exception {
    List<String> keys = new CopyOnWriteArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT claim_key FROM " + claims)) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    return keys;
  }

  private static OutboxEntry awaitFinal(FulfillmentOutbox outbox, long id) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      OutboxEntry entry = outbox.entry(id).orElseThrow();
      if (entry.state().isFinal()) {
        return entry;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for the outbox entry to finish: " + entry);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class App {
    @Bean
    DataSource dataSource() {
      return Postgres.dataSource();
    }

    @Bean
    RecordingAccept recordingAccept(FulfillmentOutbox outbox) {
      return new RecordingAccept(outbox);
    }
  }

  /** Records an accept in the outbox for each fulfillment request: returns at once. */
  static final class RecordingAccept implements FulfillmentRequestHandler {
    final List<Long> entries = new CopyOnWriteArrayList<>();
    private final FulfillmentOutbox outbox;

    RecordingAccept(FulfillmentOutbox outbox) {
      this.outbox = outbox;
    }

    @Override
    public void fulfillmentRequest(FulfillmentRequest request, WebhookContext ctx) {
      entries.add(outbox.accept(request.id()));
    }
  }
}
