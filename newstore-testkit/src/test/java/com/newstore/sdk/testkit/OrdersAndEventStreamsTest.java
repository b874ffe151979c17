package com.newstore.sdk.testkit;

import static com.newstore.sdk.testkit.ConfigurationApiTest.assertProblem;
import static com.newstore.sdk.testkit.ConfigurationApiTest.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.testkit.internal.JsonSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Order injection and event stream registration over raw HTTP, against NewStore's documents. */
class OrdersAndEventStreamsTest {
  private static final String FULFILL_ORDER = "/v0/d/fulfill_order";
  private static final String EVENT_STREAMS = "/api/v1/org/integrations/eventstream";

  private final MutableClock clock = new MutableClock();
  private final NewStoreSimulator sim =
      NewStoreSimulator.builder()
          .clock(clock)
          .tokenLifetime(Duration.ofDays(1))
          .fulfillmentNodes("store-1")
          .start();
  private final Http http = new Http(sim);
  private final MockWebServer callback = new MockWebServer();

  @AfterEach
  void stop() {
    callback.close();
    http.close();
    sim.close();
  }

  private static String stream(String id, String callbackUrl) {
    return "{\"id\":\""
        + id
        + "\",\"integration_type\":\"permanent\",\"callback_parameters\":{\"callback_url\":\""
        + callbackUrl
        + "\",\"api_key\":\"stream-key\"}}";
  }

  // ---- order injection ------------------------------------------------------------------------

  @Test
  void fulfillOrder_created_is200_neverCreated201() {
    Http.Answer answer = http.post(FULFILL_ORDER, Orders.order("ext-1"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).containsEntry("external_id", "ext-1").containsKey("id");
    assertThat((List<?>) answer.json().get("items")).hasSize(2);
  }

  @Test
  void fulfillOrder_sameExternalIdSameBody_sameAnswer() {
    Http.Answer first = http.post(FULFILL_ORDER, Orders.order("ext-1"));
    Http.Answer second = http.post(FULFILL_ORDER, Orders.order("ext-1"));

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(sim.injectedOrderCount()).isEqualTo(1);
  }

  @Test
  void fulfillOrder_sameExternalIdDifferentBody_isRefused400SameOrderInjectionWithDifferentData() {
    http.post(FULFILL_ORDER, Orders.order("ext-1"));

    Http.Answer answer =
        http.post(FULFILL_ORDER, Orders.order("ext-1").replace("\"sku-1\"", "\"sku-2\""));

    assertProblem(answer, 400, "same_order_injection_with_different_data");
    assertThat(sim.injectedOrder("ext-1").orElseThrow().toString()).doesNotContain("sku-2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop", "channel_type", "channel_name", "currency", "shop_locale"})
  void fulfillOrder_requiredMemberMissing_isRefusedNamingIt_nothingStored(String member) {
    Map<String, Object> order = JsonSupport.parseObject(Orders.order("ext-1"));
    order.remove(member);

    Http.Answer answer = http.post(FULFILL_ORDER, JsonSupport.write(order));

    assertViolation(answer, member);
    assertThat(sim.injectedOrderCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"external_id\":\"ext-1\"|\"external_id\":\"\"|external_id",
        "\"channel_type\":\"store\"|\"channel_type\":\"kiosk\"|channel_type",
        "\"currency\":\"USD\"|\"currency\":\"XYZ\"|currency",
        "\"product_id\":\"sku-1\"|\"product_id\":\"ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp\"|shipments[0].items[0].product_id",
        "\"rate\":0.08|\"rate\":8|item_tax_lines[0].rate",
        "\"service_level_identifier\":\"GROUND\",|\"\":\"\",|shipments[0].shipping_option.service_level_identifier"
      })
  void fulfillOrder_documentedConstraintBroken_isRefusedNamingTheMember(String change) {
    String[] parts = change.split("\\|");

    Http.Answer answer =
        http.post(
            FULFILL_ORDER,
            Orders.order("ext-1")
                .replaceFirst(
                    java.util.regex.Pattern.quote(parts[0]),
                    java.util.regex.Matcher.quoteReplacement(parts[1])));

    assertViolation(answer, parts[2]);
    assertThat(sim.injectedOrderCount()).isZero();
  }

  @Test
  void fulfillOrder_externalRoutingWithoutNode_isRefusedNamingFulfillmentNodeId() {
    Http.Answer answer =
        http.post(
            FULFILL_ORDER,
            Orders.order("ext-1", ",\"routing_strategy\":{\"strategy\":\"external\"}"));

    assertViolation(answer, "shipping_option.routing_strategy.fulfillment_node_id");
  }

  @Test
  void fulfillOrder_externalRoutingToKnownNode_staysOpen() {
    http.post(FULFILL_ORDER, Orders.order("ext-1", Orders.external("store-1")));

    assertThat(sim.injectedOrder("ext-1").orElseThrow()).containsEntry("status", "open");
    assertThat(sim.emittedEvents()).extracting(EmittedEvent::name).containsExactly("order.created");
  }

  @Test
  void fulfillOrder_externalRoutingToUnknownNode_cancelsOrder_andEmitsOrderCancelled()
      throws Exception {
    callback.start();
    callback.enqueue(new MockResponse.Builder().code(200).build());
    callback.enqueue(new MockResponse.Builder().code(200).build());
    http.post(EVENT_STREAMS, stream("oms", callback.url("/events").toString()));

    Http.Answer answer =
        http.post(FULFILL_ORDER, Orders.order("ext-1", Orders.external("store-9")));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(sim.injectedOrder("ext-1").orElseThrow()).containsEntry("status", "cancelled");
    assertThat(http.get("/v0/d/external_orders/ext-1").json()).containsEntry("status", "cancelled");
    assertThat(sim.emittedEvents())
        .extracting(EmittedEvent::name)
        .containsExactly("order.created", "order.cancelled");
    List<String> delivered = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      RecordedRequest r = callback.takeRequest(5, TimeUnit.SECONDS);
      assertThat(r).as("event delivery " + i).isNotNull();
      assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer stream-key");
      Map<String, Object> envelope = JsonSupport.parseObject(r.getBody().utf8());
      assertThat(envelope).containsKeys("tenant", "published_at", "payload");
      delivered.add((String) envelope.get("name"));
    }
    assertThat(delivered).contains("order.cancelled");
  }

  @Test
  void externalOrder_readByExternalId_withOptionalIdTypePrefix_unknownIs404() {
    String id = (String) http.post(FULFILL_ORDER, Orders.order("ext-1")).json().get("id");

    assertThat(http.get("/v0/d/external_orders/ext-1").json()).containsEntry("id", id);
    assertThat(http.get("/v0/d/external_orders/external_id=ext-1").json()).containsEntry("id", id);
    assertProblem(http.get("/v0/d/external_orders/nope"), 404, "not_found");
  }

  // ---- event stream ---------------------------------------------------------------------------

  @Test
  void eventStream_createStartsIt_listGetStopStartDelete() {
    Http.Answer created = http.post(EVENT_STREAMS, stream("s-1", "https://hooks.example/e"));
    assertThat(created.json()).containsEntry("status", "running");
    assertProblem(
        http.post(EVENT_STREAMS, stream("s-1", "https://hooks.example/e")), 409, "conflict");
    assertThat((List<?>) http.get(EVENT_STREAMS).json().get("integrations")).hasSize(1);

    assertThat(http.post(EVENT_STREAMS + "/s-1/_stop", "{}").json())
        .containsEntry("status", "stopped");
    assertThat(http.post(EVENT_STREAMS + "/s-1/_start", "{}").json())
        .containsEntry("status", "running");
    assertThat(http.call("DELETE", EVENT_STREAMS + "/s-1", null).status()).isEqualTo(204);
    assertProblem(http.get(EVENT_STREAMS + "/s-1"), 404, "not_found");
  }

  @Test
  void eventStream_hasNoUpdate() {
    http.post(EVENT_STREAMS, stream("s-1", "https://hooks.example/e"));

    assertProblem(
        http.put(EVENT_STREAMS + "/s-1", stream("s-1", "https://x.example/")),
        405,
        "method_not_allowed");
    assertProblem(http.call("PATCH", EVENT_STREAMS + "/s-1", "{}"), 405, "method_not_allowed");
  }

  @Test
  void eventStream_atMost25_stoppedAndTemporaryIncluded() {
    for (int i = 0; i < 24; i++) {
      assertThat(http.post(EVENT_STREAMS, stream("s-" + i, "https://hooks.example/e")).status())
          .isEqualTo(201);
    }
    http.post(EVENT_STREAMS + "/s-0/_stop", "{}");
    assertThat(
            http.post(
                    EVENT_STREAMS,
                    "{\"id\":\"replay\",\"integration_type\":\"temporary\",\"starts_at\":\"2025-12-01T00:00:00Z\","
                        + "\"ends_at\":\"2025-12-31T00:00:00Z\",\"callback_parameters\":{\"callback_url\":\"https://hooks.example/r\"}}")
                .status())
        .isEqualTo(201);

    assertProblem(
        http.post(EVENT_STREAMS, stream("one-too-many", "https://hooks.example/e")),
        409,
        "integration_limit_reached");
    http.call("DELETE", EVENT_STREAMS + "/s-0", null);
    assertThat(http.post(EVENT_STREAMS, stream("one-too-many", "https://hooks.example/e")).status())
        .isEqualTo(201);
  }

  @Test
  void eventStream_temporaryNeedsEndsAt_andStopsItselfAfterIt() {
    String noEnd =
        "{\"id\":\"replay\",\"integration_type\":\"temporary\","
            + "\"callback_parameters\":{\"callback_url\":\"https://hooks.example/r\"}}";
    assertViolation(http.post(EVENT_STREAMS, noEnd), "ends_at");

    http.post(
        EVENT_STREAMS,
        noEnd.replace("\"temporary\",", "\"temporary\",\"ends_at\":\"2026-01-01T01:00:00Z\","));
    assertThat(http.get(EVENT_STREAMS + "/replay").json()).containsEntry("status", "running");
    clock.advance(Duration.ofHours(1));

    assertThat(http.get(EVENT_STREAMS + "/replay").json()).containsEntry("status", "stopped");
  }

  @Test
  void eventStream_unknownIntegrationType_isRefusedNamingIt() {
    assertViolation(
        http.post(
            EVENT_STREAMS, stream("s-1", "https://h.example/").replace("permanent", "forever")),
        "integration_type");
  }
}
