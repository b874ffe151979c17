package com.newstore.sdk.testkit;

import static com.newstore.sdk.testkit.internal.SimulatorRoutes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrdersAndEventStreamsTest {
  private static final String ORDER =
      "{\"external_id\":\"ext-1\",\"shop\":\"storefront\",\"currency\":\"USD\","
          + "\"shipments\":[{\"items\":[{\"external_item_id\":\"i-1\",\"product_id\":\"sku-1\"},"
          + "{\"external_item_id\":\"i-2\",\"product_id\":\"sku-1\"}],"
          + "\"shipping_option\":{\"service_level_identifier\":\"GROUND\"}}]}";

  private static final String STREAM =
      "{\"id\":\"my-stream\",\"integration_type\":\"permanent\","
          + "\"callback_parameters\":{\"callback_url\":\"https://hooks.example/events\","
          + "\"api_key\":\"k\"}}";

  private final NewStoreSimulator sim = NewStoreSimulator.start();
  private final Http http = new Http(sim);

  @AfterEach
  void stop() {
    http.close();
    sim.close();
  }

  @Test
  void fulfillOrder_sameExternalIdTwice_returnsSameOrder() {
    Http.Answer first = http.post(FULFILL_ORDER, ORDER);
    Http.Answer second = http.post(FULFILL_ORDER, ORDER);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json()).isEqualTo(first.json());
    assertThat((List<?>) first.json().get("items")).hasSize(2);
    assertThat(sim.injectedOrderCount()).isEqualTo(1);
  }

  @Test
  void fulfillOrder_withoutExternalId_answers400() {
    Http.Answer answer = http.post(FULFILL_ORDER, "{\"shipments\":[]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void externalOrder_afterInjection_isReadable_unknownIs404() {
    String id = (String) http.post(FULFILL_ORDER, ORDER).json().get("id");

    Http.Answer read = http.get("v0/d/external_orders/ext-1");

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).containsEntry("id", id).containsEntry("external_id", "ext-1");
    assertThat(http.get("v0/d/external_orders/nope").status()).isEqualTo(404);
  }

  @Test
  void eventStream_createListGetUpdateStopStart() {
    Http.Answer created = http.post(EVENT_STREAMS, STREAM);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json()).containsEntry("status", "running");
    assertThat(http.post(EVENT_STREAMS, STREAM).status()).isEqualTo(409);

    assertThat((List<?>) http.get(EVENT_STREAMS).json().get("integrations")).hasSize(1);
    assertThat(http.get(EVENT_STREAMS + "/my-stream").json()).containsEntry("id", "my-stream");

    Http.Answer updated =
        http.call(
            "PATCH",
            EVENT_STREAMS + "/my-stream",
            "{\"filter_conditions\":{\"names\":[\"order.created\"]}}");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json()).containsKey("filter_conditions").containsKey("callback_parameters");

    assertThat(http.post(EVENT_STREAMS + "/my-stream/_stop", "{}").json())
        .containsEntry("status", "stopped");
    assertThat(sim.eventStream("my-stream").orElseThrow()).containsEntry("status", "stopped");
    assertThat(http.post(EVENT_STREAMS + "/my-stream/_start", "{}").json())
        .containsEntry("status", "running");
  }

  @Test
  void eventStream_invalidRegistration_answers400() {
    Http.Answer answer =
        http.post(EVENT_STREAMS, "{\"id\":\"x\",\"integration_type\":\"temporary\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").toString())
        .contains("integration_type")
        .contains("callback_url");
  }

  @Test
  void eventStream_unknownId_answers404() {
    assertThat(http.get(EVENT_STREAMS + "/nope").status()).isEqualTo(404);
    assertThat(http.post(EVENT_STREAMS + "/nope/_start", "{}").status()).isEqualTo(404);
  }

  @Test
  void unknownPath_answers404ProblemJson() {
    Http.Answer answer = http.get("v9/nothing");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json()).containsEntry("error_code", "not_found");
  }

  @Test
  void requests_areRecordedWithMethodPathHeadersBody() {
    http.post(FULFILL_ORDER, ORDER);

    ReceivedRequest request = sim.requests("POST", "/" + FULFILL_ORDER).get(0);

    assertThat(request.header("Authorization")).startsWith("Bearer ");
    assertThat(Http.map(request.bodyJson())).containsEntry("external_id", "ext-1");
    assertThat(request.toString()).doesNotContain("Bearer").doesNotContain("ext-1");
  }

  @Test
  void awaitRequests_requestFromAnotherThread_returnsIt() throws Exception {
    var done =
        java.util.concurrent.CompletableFuture.runAsync(() -> http.post(FULFILL_ORDER, ORDER));

    List<ReceivedRequest> got =
        sim.awaitRequests("POST", FULFILL_ORDER, 1, java.time.Duration.ofSeconds(5));

    assertThat(got).hasSize(1);
    done.get(5, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Test
  void awaitRequests_nothingArrives_timesOut() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> sim.awaitRequests("GET", "/v0/none", 1, java.time.Duration.ofMillis(50)))
        .isInstanceOf(java.util.concurrent.TimeoutException.class);
  }

  @Test
  void trailingSlash_isTheSamePath() {
    assertThat(http.post(GRACE_PERIOD + "/", "{\"value\":5}").status()).isEqualTo(201);
    assertThat(http.get(GRACE_PERIOD).json()).containsEntry("value", 5L);
  }
}
