package com.newstore.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.webhooks.AvailabilityHandler;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookRequest;
import com.newstore.sdk.webhooks.WebhookResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class NewStoreWebhooksAutoConfigurationTest {
  static final String KEY = "webhook-key-not-real-0123";

  final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  NewStoreAutoConfiguration.class, NewStoreWebhooksAutoConfiguration.class))
          .withPropertyValues(
              "newstore.tenant=acme",
              "newstore.client-id=integration",
              "newstore.client-secret=not-a-real-secret");

  @Test
  void noHandlerBean_servesNoWebhooks() {
    runner
        .withPropertyValues("newstore.webhooks.api-key=" + KEY)
        .run(context -> assertThat(context).doesNotHaveBean(NewStoreWebhooks.class));
  }

  @Test
  void handlerBeanAndKey_buildTheDispatcherAndItsRoute() {
    runner
        .withUserConfiguration(Handlers.class)
        .withPropertyValues("newstore.webhooks.api-key=" + KEY)
        .run(
            context -> {
              assertThat(context).hasSingleBean(NewStoreWebhooks.class);
              assertThat(context).hasBean("newStoreWebhookRoutes");
            });
  }

  @Test
  void handlerBeanWithoutKey_failsStartUpNamingTheProperty() {
    runner
        .withUserConfiguration(Handlers.class)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(StartupCheck.class)
                    .hasMessageContaining("newstore.webhooks.api-key"));
  }

  @Test
  void keyPerKind_isAccepted_andAnUnknownKindIsNamed() {
    runner
        .withUserConfiguration(Handlers.class)
        .withPropertyValues("newstore.webhooks.api-keys.fulfillment-request=" + KEY)
        .run(context -> assertThat(context).hasSingleBean(NewStoreWebhooks.class));
    runner
        .withUserConfiguration(Handlers.class)
        .withPropertyValues("newstore.webhooks.api-keys.shipments=" + KEY)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("newstore.webhooks.api-keys.shipments")
                    .hasMessageNotContaining(KEY));
  }

  @Test
  void disabled_servesNoWebhooks() {
    runner
        .withUserConfiguration(Handlers.class)
        .withPropertyValues("newstore.webhooks.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(NewStoreWebhooks.class));
  }

  @Test
  void userDefinedDispatcher_backsTheAutoConfigurationOff() {
    NewStoreWebhooks own =
        NewStoreWebhooks.builder().apiKey(KEY).fulfillmentRequestHandler((r, c) -> {}).build();
    runner
        .withUserConfiguration(Handlers.class)
        .withBean(NewStoreWebhooks.class, () -> own)
        .run(context -> assertThat(context.getBean(NewStoreWebhooks.class)).isSameAs(own));
  }

  @Test
  void availabilityTimeout_isTheAtpHandlersDeadline() {
    AtomicReference<Duration> left = new AtomicReference<>();
    runner
        .withBean(
            AvailabilityHandler.class,
            () ->
                (request, context) -> {
                  left.set(context.remaining(Instant.now()));
                  return AvailabilityResponse.of(List.of());
                })
        .withPropertyValues(
            "newstore.webhooks.api-key=" + KEY, "newstore.webhooks.availability-timeout=30s")
        .run(
            context -> {
              WebhookResponse answer =
                  context
                      .getBean(NewStoreWebhooks.class)
                      .handle(
                          WebhookRequest.builder()
                              .method("POST")
                              .path("/newstore/availability")
                              .header("Authorization", KEY)
                              .jsonBody(
                                  "{\"products\":[{\"product_id\":\"sku-1\","
                                      + "\"external_identifier\":\"sku-1\"}],"
                                      + "\"fulfillment_locations\":[\"store-1\"]}")
                              .build());

              assertThat(answer.status()).isEqualTo(200);
              assertThat(left.get())
                  .as("the deadline is the registered 30 s, not the SDK's default 5 s")
                  .isGreaterThan(Duration.ofSeconds(20))
                  .isLessThanOrEqualTo(Duration.ofSeconds(30));
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class Handlers {
    @Bean
    FulfillmentRequestHandler fulfillmentRequestHandler() {
      return (request, context) -> {};
    }
  }
}
