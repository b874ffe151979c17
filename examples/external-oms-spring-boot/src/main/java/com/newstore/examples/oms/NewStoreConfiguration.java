package com.newstore.examples.oms;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the two SDK objects the app shares: one client, one webhook dispatcher. */
@Configuration(proxyBeanMethods = false)
class NewStoreConfiguration {

  @Bean(destroyMethod = "close")
  NewStoreClient newStoreClient(NewStoreProperties props) {
    NewStoreClient.Builder builder =
        NewStoreClient.builder().credentials(props.clientId(), props.clientSecret());
    if (props.baseUrl() != null && !props.baseUrl().isBlank()) {
      builder.baseUrl(props.baseUrl()).tokenUrl(props.tokenUrl()); // the simulator, say
    } else {
      builder.tenant(props.tenant()).stage(props.stage());
    }
    return builder.build();
  }

  @Bean
  NewStoreWebhooks newStoreWebhooks(NewStoreProperties props, OmsWebhookHandlers oms) {
    return NewStoreWebhooks.builder()
        .apiKey(props.webhookApiKey())
        .routePrefix(WebhookController.PREFIX)
        .availabilityHandler(oms)
        .purchaseHistoryHandler(oms)
        .orderDetailsHandler(oms)
        .eventHandler(oms)
        .ignoreRecommendedEvents()
        .build();
  }
}
