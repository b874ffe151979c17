package com.newstore.sdk.testkit;

import static com.newstore.sdk.testkit.internal.SimulatorRoutes.GRACE_PERIOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.RetryPolicy;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private final NewStoreSimulator sim = NewStoreSimulator.start();
  private final Http http = new Http(sim);

  @BeforeEach
  void seed() {
    sim.setConfig(GRACE_PERIOD, 20);
  }

  @AfterEach
  void stop() {
    http.close();
    sim.close();
  }

  @Test
  void rateLimit_nextTwoCalls_thenNormal() {
    FaultScript script =
        sim.faults().on("GET", "/v0/config/sales_order/grace_period").nextCalls(2).respond(429, 1);

    Http.Answer first = http.get(GRACE_PERIOD);
    Http.Answer second = http.get(GRACE_PERIOD);
    Http.Answer third = http.get(GRACE_PERIOD);

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.retryAfter()).isEqualTo("1");
    assertThat(first.json()).containsEntry("error_code", "too_many_requests");
    assertThat(second.status()).isEqualTo(429);
    assertThat(third.status()).isEqualTo(200);
    assertThat(script.fired()).isEqualTo(2);
  }

  @Test
  void rateLimit_sdkRetries_succeedsOnThirdCall() {
    List<Duration> waits = new ArrayList<>();
    try (var client =
        sim.clientBuilder()
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .sleeper(waits::add)
            .build()) {
      Http retrying = new Http(client, sim);
      sim.faults()
          .on("GET", GRACE_PERIOD)
          .nextCalls(2)
          .respond(Fault.rateLimited(Duration.ofSeconds(1)));

      assertThat(retrying.get(GRACE_PERIOD).status()).isEqualTo(200);
    }

    assertThat(sim.requests("GET", GRACE_PERIOD)).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void serverError_afterCalls_skipsTheFirstCalls() {
    sim.faults().on("*", GRACE_PERIOD).afterCalls(1).nextCalls(1).respond(503);

    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(200);
    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(503);
    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(200);
  }

  @Test
  void always_appliesUntilCleared() {
    sim.faults().on("GET", GRACE_PERIOD).always().respond(500);

    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(500);
    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(500);
    sim.faults().clear();
    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(200);
  }

  @Test
  void htmlBlockPage_answers403Html() {
    sim.faults().on("GET", GRACE_PERIOD).htmlBlockPage();

    Http.Answer answer = http.get(GRACE_PERIOD);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body()).contains("<html>");
  }

  @Test
  void dropConnection_failsTheCall_thenRecovers() {
    sim.faults().on("GET", GRACE_PERIOD).dropConnection();

    assertThatThrownBy(() -> http.get(GRACE_PERIOD)).isInstanceOf(UncheckedIOException.class);
    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(200);
  }

  @Test
  void latency_exceedsClientReadTimeout() {
    sim.faults().on("GET", GRACE_PERIOD).latency(Duration.ofSeconds(2));
    var impatient = http.http.newBuilder().readTimeout(100, TimeUnit.MILLISECONDS).build();

    assertThatThrownBy(() -> Http.call(impatient, "GET", sim.baseUrl() + GRACE_PERIOD, null))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void latency_thenNormalAnswer() {
    sim.faults().on("GET", GRACE_PERIOD).latency(Duration.ofMillis(50));

    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(200);
  }

  @Test
  void fault_onTokenEndpoint_appliesToTokenRequests() {
    sim.faults().on("POST", "/auth/realms/{tenant}/protocol/openid-connect/token").respond(503);

    // Through the SDK's token provider: the first token request fails, the next one succeeds.
    try (Http viaSdk =
        new Http(
            sim.clientBuilder().retryPolicy(com.newstore.sdk.client.RetryPolicy.none()).build(),
            sim)) {
      assertThatThrownBy(() -> viaSdk.get(GRACE_PERIOD)).isInstanceOf(RuntimeException.class);
      assertThat(viaSdk.get(GRACE_PERIOD).status()).isEqualTo(200);
    }
  }

  @Test
  void fault_pathTemplate_matchesOneSegment() {
    sim.createFulfillmentRequest("fr-1", "sku-1");
    sim.faults().on("POST", "/v0/d/fulfillment_requests/{id}/acknowledgement").respond(502);

    Http.Answer answer = http.post("v0/d/fulfillment_requests/fr-1/acknowledgement", "{}");

    assertThat(answer.status()).isEqualTo(502);
    assertThat(answer.json()).containsEntry("error_code", "bad_gateway");
  }

  @Test
  void fault_wildcardPath_matchesEveryConfigPath() {
    sim.faults().on("*", "/v0/config/*").always().respond(504);

    assertThat(http.get(GRACE_PERIOD).status()).isEqualTo(504);
    assertThat(http.post("v0/config/routing/uses_external_atp", "{\"value\":true}").status())
        .isEqualTo(504);
    assertThat(http.post("v0/d/fulfill_order", "{}").status()).isEqualTo(400);
  }
}
