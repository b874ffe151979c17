package com.newstore.sdk.spring;

import com.newstore.sdk.client.NewStoreClient;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Contributes the {@code newstore} Actuator health component ({@link NewStoreHealthIndicator}) when
 * Spring Boot's health support is present; {@code newstore.health.enabled=false} leaves it out.
 */
@AutoConfiguration(after = NewStoreAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, NewStoreClient.class})
@ConditionalOnBean(NewStoreClient.class)
@ConditionalOnProperty(prefix = "newstore.health", name = "enabled", matchIfMissing = true)
public class NewStoreHealthAutoConfiguration {

  /** Creates the configuration; Spring Boot does this. */
  public NewStoreHealthAutoConfiguration() {}

  /**
   * Creates the indicator; its bean name makes the component {@code newstore}.
   *
   * @param client the shared client
   * @param properties the {@code newstore.*} settings
   * @return the indicator
   */
  @Bean(name = "newstoreHealthIndicator")
  @ConditionalOnMissingBean(name = "newstoreHealthIndicator")
  public NewStoreHealthIndicator newstoreHealthIndicator(
      NewStoreClient client, NewStoreProperties properties) {
    return new NewStoreHealthIndicator(
        client, properties.getHealth().getCacheTtl(), Clock.systemUTC());
  }
}
