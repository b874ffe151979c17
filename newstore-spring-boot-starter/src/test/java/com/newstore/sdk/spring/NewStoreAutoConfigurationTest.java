package com.newstore.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class NewStoreAutoConfigurationTest {
  @StartStop final MockWebServer server = new MockWebServer();

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  NewStoreMetricsAutoConfiguration.class,
                  NewStoreAutoConfiguration.class,
                  NewStoreHealthAutoConfiguration.class));

  @Test
  void tenantStageAndCredentials_buildTheClientAndTheFulfillmentClient() {
    runner
        .withPropertyValues(
            "newstore.tenant=acme",
            "newstore.stage=staging",
            "newstore.client-id=integration",
            "newstore.client-secret=not-a-real-secret")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(NewStoreClient.class).baseUrl())
                  .hasToString("https://acme.x.newstore.net/");
              assertThat(context).hasSingleBean(FulfillmentProviderClient.class);
              assertThat(context).hasSingleBean(NewStoreHealthIndicator.class);
            });
  }

  @Test
  void stage_acceptsTheHostCode() {
    runner
        .withPropertyValues(
            "newstore.tenant=acme",
            "newstore.stage=t",
            "newstore.client-id=integration",
            "newstore.client-secret=not-a-real-secret")
        .run(
            context ->
                assertThat(context.getBean(NewStoreClient.class).baseUrl())
                    .hasToString("https://acme.t.newstore.net/"));
  }

  @Test
  void missingClientId_failsStartUpNamingTheProperty() {
    runner
        .withPropertyValues("newstore.tenant=acme", "newstore.client-secret=not-a-real-secret")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(StartupCheck.class)
                    .hasMessageContaining("newstore.client-id"));
  }

  @Test
  void missingTenantAndBaseUrl_failsStartUpNamingTheTenant() {
    runner
        .withPropertyValues(
            "newstore.client-id=integration", "newstore.client-secret=not-a-real-secret")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("newstore.tenant"));
  }

  @Test
  void unknownStage_failsStartUpNamingTheStageAndTheAcceptedValues() {
    runner
        .withPropertyValues(
            "newstore.tenant=acme",
            "newstore.stage=prod",
            "newstore.client-id=integration",
            "newstore.client-secret=not-a-real-secret")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("newstore.stage")
                    .hasMessageContaining("production, staging or sandbox")
                    .hasMessageNotContaining("not-a-real-secret"));
  }

  @Test
  void baseUrlWithoutTokenUrl_failsStartUpNamingTheTokenUrl() {
    runner
        .withPropertyValues(
            "newstore.base-url=" + server.url("/"),
            "newstore.client-id=integration",
            "newstore.client-secret=not-a-real-secret")
        .run(
            context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("token-url"));
  }

  @Test
  void pathOverridesRetryAndMetrics_applyToCalls() throws Exception {
    server.enqueue(token());
    server.enqueue(new MockResponse.Builder().code(503).build());
    runSimulated(
            "newstore.retry.max-attempts=1",
            "newstore.path-overrides[orders.external-order.get]=v9/orders/{id}")
        .withBean(SimpleMeterRegistry.class)
        .run(
            context -> {
              NewStoreClient client = context.getBean(NewStoreClient.class);
              try {
                client.orders().getByExternalId("EXT-1");
              } catch (RuntimeException expected) {
                // 503 once, and one attempt allowed
              }
              take(); // the token request
              assertThat(take().getUrl().encodedPath()).isEqualTo("/v9/orders/EXT-1");
              assertThat(server.getRequestCount()).isEqualTo(2);

              Timer timer =
                  context
                      .getBean(MeterRegistry.class)
                      .find("newstore.client.requests")
                      .tag("endpoint", "orders.external-order.get")
                      .tag("status", "503")
                      .tag("outcome", "SERVER_ERROR")
                      .timer();
              assertThat(timer).isNotNull();
              assertThat(timer.count()).isEqualTo(1);
            });
  }

  @Test
  void userDefinedClient_backsTheAutoConfigurationOff() {
    runner
        .withUserConfiguration(OwnClient.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(NewStoreClient.class);
              assertThat(context.getBean(NewStoreClient.class).baseUrl())
                  .hasToString("https://own.p.newstore.net/");
              assertThat(context).hasSingleBean(FulfillmentProviderClient.class);
            });
  }

  @Test
  void health_isUpWhenTheReadAnswers_andCachesTheResult() {
    server.enqueue(token());
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body("{\"value\":{\"enabled\":true},\"updated_at\":\"2026-01-01T00:00:00Z\"}")
            .build());
    runSimulated()
        .run(
            context -> {
              NewStoreHealthIndicator health = context.getBean(NewStoreHealthIndicator.class);
              assertThat(health.health().getStatus()).isEqualTo(Status.UP);
              assertThat(health.health().getStatus()).isEqualTo(Status.UP);
              assertThat(server.getRequestCount()).isEqualTo(2); // token + one read, then cached
            });
  }

  @Test
  void health_isDownWithTheReasonWhenTheCredentialsAreRefused_andShowsNoSecret() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .addHeader("Content-Type", "application/json")
            .body("{\"error\":\"invalid_client\",\"error_description\":\"not-a-real-secret\"}")
            .build());
    runSimulated()
        .run(
            context -> {
              var health = context.getBean(NewStoreHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails().toString())
                  .contains("newstore.client-secret")
                  .doesNotContain("not-a-real-secret");
            });
  }

  @Test
  void healthDisabled_contributesNoIndicator() {
    runSimulated("newstore.health.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(NewStoreHealthIndicator.class));
  }

  @Test
  void properties_toStringShowsNoSecret() {
    NewStoreProperties p = new NewStoreProperties();
    p.setClientSecret("not-a-real-secret");
    p.getWebhooks().setApiKey("webhook-key-not-real-123");
    assertThat(p.toString()).doesNotContain("not-a-real-secret", "webhook-key-not-real-123");
  }

  private ApplicationContextRunner runSimulated(String... more) {
    String[] base = {
      "newstore.base-url=" + server.url("/"),
      "newstore.token-url=" + server.url("/token"),
      "newstore.client-id=integration",
      "newstore.client-secret=not-a-real-secret"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return runner.withPropertyValues(all);
  }

  private static MockResponse token() {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body("{\"access_token\":\"t-1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")
        .build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request within 5 s").isNotNull();
    return request;
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean(destroyMethod = "close")
    NewStoreClient ownClient() {
      return NewStoreClient.builder()
          .tenant("own")
          .credentials("integration", "not-a-real-secret")
          .build();
    }
  }
}
