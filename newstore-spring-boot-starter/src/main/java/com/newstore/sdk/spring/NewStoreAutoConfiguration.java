package com.newstore.sdk.spring;

import com.newstore.sdk.client.ClientListener;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates the application's {@link NewStoreClient} from {@code newstore.*} properties (closed on
 * shutdown) and the {@link FulfillmentProviderClient} on top of it. Each backs off when the
 * application defines its own bean of that type. Every {@link ClientListener} bean, such as the
 * starter's Micrometer listener, is told of each call.
 */
@AutoConfiguration
@ConditionalOnClass(NewStoreClient.class)
@EnableConfigurationProperties(NewStoreProperties.class)
public class NewStoreAutoConfiguration {

  /** Creates the configuration; Spring Boot does this. */
  public NewStoreAutoConfiguration() {}

  /**
   * Builds the client.
   *
   * @param properties the {@code newstore.*} settings
   * @param listeners the application's call listeners
   * @return the shared client
   * @throws StartupCheck when a property is missing or malformed
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public NewStoreClient newStoreClient(
      NewStoreProperties properties, ObjectProvider<ClientListener> listeners) {
    return ClientFactory.create(
        properties, CompositeClientListener.of(listeners.orderedStream().toList()));
  }

  /**
   * Builds the Fulfillment Provider API client on the shared client.
   *
   * @param client the shared client
   * @return the fulfillment provider client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnClass(FulfillmentProviderClient.class)
  public FulfillmentProviderClient fulfillmentProviderClient(NewStoreClient client) {
    return FulfillmentProviderClient.create(client);
  }
}
