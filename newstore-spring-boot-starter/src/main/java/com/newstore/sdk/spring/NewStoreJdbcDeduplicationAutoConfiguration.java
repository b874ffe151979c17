package com.newstore.sdk.spring;

import com.newstore.sdk.webhooks.DeduplicationStore;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.jdbc.JdbcDeduplicationStore;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Remembers handled fulfillment requests and events in a table, so NewStore's retries reaching
 * another instance, or this one after a restart, do not run a handler twice: a {@link
 * JdbcDeduplicationStore} on the application's {@link DataSource}, which the auto-configured {@link
 * NewStoreWebhooks} then uses. Active when newstore-webhooks-jdbc is on the class path, the
 * application has exactly one {@code DataSource} (or a primary one), the webhooks are served, and
 * {@code newstore.webhooks.deduplication} is not {@code memory}; backs off when the application
 * defines its own {@link DeduplicationStore}.
 */
@AutoConfiguration(
    before = NewStoreWebhooksAutoConfiguration.class,
    afterName = NewStoreJdbcDeduplicationAutoConfiguration.DATA_SOURCE_AUTO_CONFIGURATION)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({NewStoreWebhooks.class, JdbcDeduplicationStore.class, DataSource.class})
@ConditionalOnProperty(prefix = "newstore.webhooks", name = "enabled", matchIfMissing = true)
@ConditionalOnSingleCandidate(DataSource.class)
@Conditional({NewStoreWebhooksAutoConfiguration.AnyHandler.class, DeduplicationModeCondition.class})
public class NewStoreJdbcDeduplicationAutoConfiguration {
  /** Spring Boot's own DataSource auto-configuration, named so this module needs no jdbc jar. */
  static final String DATA_SOURCE_AUTO_CONFIGURATION =
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";

  /** Creates the configuration; Spring Boot does this. */
  public NewStoreJdbcDeduplicationAutoConfiguration() {}

  /**
   * Builds the store, creating its table first when {@code newstore.jdbc.initialize-schema=true}.
   *
   * @param properties the {@code newstore.*} settings
   * @param dataSource the application's database
   * @return the store, closed (its cleanup thread stopped) on shutdown
   * @throws StartupCheck when a {@code newstore.webhooks.deduplication-*} property is malformed
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(DeduplicationStore.class)
  public JdbcDeduplicationStore newStoreDeduplicationStore(
      NewStoreProperties properties, DataSource dataSource) {
    NewStoreWebhooksProperties settings = properties.getWebhooks();
    JdbcDeduplicationStore.Builder b = JdbcDeduplicationStore.builder(dataSource);
    StartupCheck.apply(
        "newstore.webhooks.deduplication-table",
        () -> b.tableName(settings.getDeduplicationTable()));
    StartupCheck.apply(
        "newstore.webhooks.deduplication-retention",
        () -> b.retention(settings.getDeduplicationRetention()));
    StartupCheck.apply(
        "newstore.webhooks.deduplication-cleanup-interval",
        () -> b.cleanupEvery(settings.getDeduplicationCleanupInterval()));
    JdbcDeduplicationStore store = b.build();
    if (properties.getJdbc().isInitializeSchema()) {
      try {
        store.createSchema();
      } catch (RuntimeException e) {
        store.close();
        throw e;
      }
    }
    return store;
  }
}
