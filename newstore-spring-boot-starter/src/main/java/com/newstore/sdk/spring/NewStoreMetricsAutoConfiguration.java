package com.newstore.sdk.spring;

import com.newstore.sdk.client.NewStoreClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Publishes the SDK's calls and webhook deliveries as {@code newstore.*} Micrometer meters when the
 * application has a {@link MeterRegistry} (Spring Boot Actuator creates one).
 */
@AutoConfiguration(
    before = NewStoreAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, NewStoreClient.class})
@ConditionalOnBean(MeterRegistry.class)
public class NewStoreMetricsAutoConfiguration {

  /** Creates the configuration; Spring Boot does this. */
  public NewStoreMetricsAutoConfiguration() {}

  /**
   * Creates the listener that turns client calls into meters.
   *
   * @param registry the application's registry
   * @return the listener, picked up by the client
   */
  @Bean
  public MicrometerClientListener newStoreMicrometerClientListener(MeterRegistry registry) {
    return new MicrometerClientListener(registry);
  }

  /**
   * Creates the listener that turns webhook deliveries into meters.
   *
   * @param registry the application's registry
   * @return the listener, picked up by the webhooks
   */
  @Bean
  @ConditionalOnClass(name = "com.newstore.sdk.webhooks.WebhookListener")
  public MicrometerWebhookListener newStoreMicrometerWebhookListener(MeterRegistry registry) {
    return new MicrometerWebhookListener(registry);
  }
}
