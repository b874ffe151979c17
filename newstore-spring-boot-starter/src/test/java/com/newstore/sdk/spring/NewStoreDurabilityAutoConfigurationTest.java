package com.newstore.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox;
import com.newstore.sdk.fulfillment.outbox.OutboxWorker;
import com.newstore.sdk.testing.postgres.Postgres;
import com.newstore.sdk.webhooks.DeduplicationStore;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.jdbc.JdbcDeduplicationStore;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which durable beans the starter contributes: with and without the JDBC modules on the class path,
 * with and without a {@link DataSource}, and when the application defines its own. The DataSource
 * is a real PostgreSQL, so the started outbox worker polls a real table.
 */
class NewStoreDurabilityAutoConfigurationTest {
  static final String KEY = "webhook-key-not-real-0123";

  final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  NewStoreAutoConfiguration.class,
                  NewStoreWebhooksAutoConfiguration.class,
                  NewStoreJdbcDeduplicationAutoConfiguration.class,
                  NewStoreOutboxAutoConfiguration.class))
          .withUserConfiguration(Handlers.class)
          .withPropertyValues(
              "newstore.tenant=acme",
              "newstore.client-id=integration",
              "newstore.client-secret=not-a-real-secret",
              "newstore.webhooks.api-key=" + KEY);

  final WebApplicationContextRunner withDatabase =
      runner
          .withUserConfiguration(Database.class)
          .withPropertyValues(
              "newstore.jdbc.initialize-schema=true",
              "newstore.webhooks.deduplication-table=" + Postgres.freshTable("claims"),
              "newstore.outbox.table=" + Postgres.freshTable("outbox"));

  @Test
  void dataSourceAndModules_giveAJdbcStoreAnOutboxAndARunningWorker() {
    AtomicReference<OutboxWorker> worker = new AtomicReference<>();
    withDatabase.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(NewStoreWebhooks.class);
          assertThat(context.getBean(DeduplicationStore.class))
              .isInstanceOf(JdbcDeduplicationStore.class);
          assertThat(context).hasSingleBean(FulfillmentOutbox.class);
          worker.set(context.getBean(OutboxWorker.class));
          assertThat(worker.get().isRunning()).isTrue();
        });
    assertThat(worker.get().isRunning()).as("stopped with the context").isFalse();
  }

  @Test
  void noDataSource_keepsTheInMemoryStoreAndNoOutbox() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(NewStoreWebhooks.class);
          assertThat(context).doesNotHaveBean(DeduplicationStore.class);
          assertThat(context).doesNotHaveBean(FulfillmentOutbox.class);
          assertThat(context).doesNotHaveBean(OutboxWorker.class);
        });
  }

  @Test
  void modulesAbsent_keepTheInMemoryStoreAndNoOutbox_evenWithADataSource() {
    withDatabase
        .withClassLoader(
            new FilteredClassLoader(JdbcDeduplicationStore.class, FulfillmentOutbox.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(NewStoreWebhooks.class);
              assertThat(context).doesNotHaveBean(DeduplicationStore.class);
              assertThat(context).doesNotHaveBean(FulfillmentOutbox.class);
            });
  }

  @Test
  void jdbcRequiredButUnavailable_failsStartUpNamingTheProperty() {
    runner
        .withPropertyValues("newstore.webhooks.deduplication=jdbc")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(StartupCheck.class)
                    .hasMessageContaining("newstore.webhooks.deduplication")
                    .hasMessageContaining("DataSource"));
  }

  @Test
  void memory_andOutboxDisabled_leaveTheDatabaseAlone() {
    withDatabase
        .withPropertyValues(
            "newstore.webhooks.deduplication=memory", "newstore.outbox.enabled=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(NewStoreWebhooks.class);
              assertThat(context).doesNotHaveBean(DeduplicationStore.class);
              assertThat(context).doesNotHaveBean(FulfillmentOutbox.class);
              assertThat(context).doesNotHaveBean(OutboxWorker.class);
            });
  }

  @Test
  void userBeans_winOverTheStartersOwn() {
    withDatabase
        .withUserConfiguration(OwnBeans.class)
        .run(
            context -> {
              assertThat(context.getBean(DeduplicationStore.class))
                  .isSameAs(context.getBean(OwnBeans.class).store);
              assertThat(context.getBean(FulfillmentOutbox.class))
                  .isSameAs(context.getBean(OwnBeans.class).outbox);
              assertThat(context).doesNotHaveBean(OutboxWorkerLifecycle.class);
              assertThat(context)
                  .getBean(OutboxWorker.class)
                  .isSameAs(context.getBean("ownWorker"));
            });
  }

  @Test
  void malformedProperties_failStartUpNamingTheProperty() {
    withDatabase
        .withPropertyValues("newstore.webhooks.deduplication-table=claims; drop table x")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(StartupCheck.class)
                    .hasMessageContaining("newstore.webhooks.deduplication-table"));
    withDatabase
        .withPropertyValues("newstore.outbox.threads=0")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(StartupCheck.class)
                    .hasMessageContaining("newstore.outbox.threads"));
    runner
        .withPropertyValues("newstore.webhooks.deduplication=sometimes")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("newstore.webhooks.deduplication"));
  }

  @Configuration(proxyBeanMethods = false)
  static class Handlers {
    @Bean
    FulfillmentRequestHandler fulfillmentRequestHandler() {
      return (request, ctx) -> {};
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Database {
    @Bean
    DataSource dataSource() {
      return Postgres.dataSource();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    final DeduplicationStore store = DeduplicationStore.inMemory(10);
    final FulfillmentOutbox outbox = FulfillmentOutbox.create(Postgres.dataSource());

    @Bean
    DeduplicationStore ownStore() {
      return store;
    }

    @Bean
    FulfillmentOutbox ownOutbox() {
      return outbox;
    }

    @Bean
    OutboxWorker ownWorker(FulfillmentProviderClient fulfillment) {
      // Never started: the application owns its worker's lifecycle.
      return outbox.worker(fulfillment).build();
    }
  }
}
