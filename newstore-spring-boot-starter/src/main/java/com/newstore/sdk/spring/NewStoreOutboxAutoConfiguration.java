package com.newstore.sdk.spring;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox;
import com.newstore.sdk.fulfillment.outbox.OutboxWorker;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records {@code accept}, {@code ship}, {@code reject} and {@code cancel} in the application's
 * database and delivers them to NewStore: a {@link FulfillmentOutbox} bean on the application's
 * {@link DataSource} and an {@link OutboxWorker} bean, started with the context and closed on
 * shutdown. Active when newstore-fulfillment-outbox is on the class path, the application has
 * exactly one {@code DataSource} (or a primary one) and {@code newstore.outbox.enabled} is not
 * false. Each bean backs off when the application defines its own of that type; an application that
 * defines its own {@code OutboxWorker} starts and closes it itself.
 */
@AutoConfiguration(
    after = NewStoreAutoConfiguration.class,
    afterName = NewStoreJdbcDeduplicationAutoConfiguration.DATA_SOURCE_AUTO_CONFIGURATION)
@ConditionalOnClass({FulfillmentOutbox.class, DataSource.class})
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "newstore.outbox", name = "enabled", matchIfMissing = true)
public class NewStoreOutboxAutoConfiguration {

  /** Creates the configuration; Spring Boot does this. */
  public NewStoreOutboxAutoConfiguration() {}

  /**
   * Builds the outbox, creating its table first when {@code newstore.jdbc.initialize-schema=true}.
   *
   * @param properties the {@code newstore.*} settings
   * @param dataSource the application's database
   * @return the outbox
   * @throws StartupCheck when {@code newstore.outbox.table} is malformed
   */
  @Bean
  @ConditionalOnMissingBean
  public FulfillmentOutbox fulfillmentOutbox(NewStoreProperties properties, DataSource dataSource) {
    FulfillmentOutbox.Builder b = FulfillmentOutbox.builder(dataSource);
    StartupCheck.apply(
        "newstore.outbox.table", () -> b.tableName(properties.getOutbox().getTable()));
    FulfillmentOutbox outbox = b.build();
    if (properties.getJdbc().isInitializeSchema()) {
      outbox.createSchema();
    }
    return outbox;
  }

  /** The worker and what starts and stops it; left out when the application has its own worker. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(OutboxWorker.class)
  @ConditionalOnBean(NewStoreClient.class)
  static class Worker {
    /**
     * The worker calls NewStore through a client derived from the shared one with its retries off:
     * the worker is the retry loop (its {@code OutboxRetryPolicy}), and the client's own retries
     * would only stretch each attempt. The derived client shares the connection pool, the token
     * cache and the listeners, so its calls are measured like every other.
     */
    @Bean
    OutboxWorkerLifecycle newStoreOutboxWorkerLifecycle(
        NewStoreProperties properties, FulfillmentOutbox outbox, NewStoreClient client) {
      NewStoreOutboxProperties settings = properties.getOutbox();
      FulfillmentProviderClient fulfillment =
          FulfillmentProviderClient.create(
              client.newBuilder().retryPolicy(RetryPolicy.none()).build());
      OutboxWorker.Builder b = outbox.worker(fulfillment);
      try {
        StartupCheck.apply("newstore.outbox.threads", () -> b.threads(settings.getThreads()));
        StartupCheck.apply(
            "newstore.outbox.poll-interval", () -> b.pollInterval(settings.getPollInterval()));
        StartupCheck.apply("newstore.outbox.lease", () -> b.lease(settings.getLease()));
        StartupCheck.apply(
            "newstore.outbox.confirm-timeout",
            () -> b.confirmTimeout(settings.getConfirmTimeout()));
        StartupCheck.apply(
            "newstore.outbox.shutdown-timeout",
            () -> b.shutdownTimeout(settings.getShutdownTimeout()));
      } catch (RuntimeException e) {
        fulfillment.close();
        throw e;
      }
      return new OutboxWorkerLifecycle(b.build(), fulfillment);
    }

    @Bean(destroyMethod = "") // closed by its lifecycle
    OutboxWorker newStoreOutboxWorker(OutboxWorkerLifecycle lifecycle) {
      return lifecycle.worker();
    }
  }
}
