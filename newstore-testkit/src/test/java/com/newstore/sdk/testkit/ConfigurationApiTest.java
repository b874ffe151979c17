package com.newstore.sdk.testkit;

import static com.newstore.sdk.testkit.internal.SimulatorRoutes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationApiTest {
  private static final String VALID_ATP =
      "{\"url\":\"https://oms.example/atp\",\"api_key\":\"0123456789abcdefghij\","
          + "\"external_identifier\":\"product_id\",\"timeout\":10}";

  private final MutableClock clock = new MutableClock();
  private final NewStoreSimulator sim = NewStoreSimulator.builder().clock(clock).start();
  private final Http http = new Http(sim);

  @AfterEach
  void stop() {
    http.close();
    sim.close();
  }

  private static void assertProblem(Http.Answer answer, int status, String errorCode) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json())
        .containsEntry("error_code", errorCode)
        .containsKey("message")
        .containsKey("request_id");
  }

  @Test
  void gracePeriod_postThenGet_returnsValueUpdatedAtAndSchema() {
    Http.Answer posted = http.post(GRACE_PERIOD, "{\"value\":20}");
    assertThat(posted.status()).isEqualTo(201);
    assertThat(posted.json())
        .containsEntry("value", 20L)
        .containsEntry("updated_at", "2026-01-01T00:00:00Z");

    Http.Answer read = http.get(GRACE_PERIOD);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).containsEntry("value", 20L).containsKeys("updated_at", "schema");
    assertThat(sim.config(GRACE_PERIOD).orElseThrow().value()).isEqualTo(20L);
  }

  @Test
  void config_secondWrite_movesUpdatedAt() {
    http.post(GRACE_PERIOD, "{\"value\":20}");
    clock.advance(Duration.ofMinutes(5));

    Http.Answer second = http.post(GRACE_PERIOD, "{\"value\":30}");

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json())
        .containsEntry("value", 30L)
        .containsEntry("updated_at", "2026-01-01T00:05:00Z");
  }

  @Test
  void config_notSet_answers404ProblemJson() {
    assertProblem(http.get(GRACE_PERIOD), 404, "not_found");
  }

  @Test
  void config_withoutValueField_answers400() {
    assertProblem(http.post(GRACE_PERIOD, "{\"seconds\":20}"), 400, "bad_request");
  }

  @Test
  void config_malformedJson_answers400() {
    assertProblem(http.post(GRACE_PERIOD, "{not json"), 400, "bad_request");
  }

  @Test
  void orderIdSequence_secondChange_isRefused() {
    String body = "{\"value\":{\"prefix\":\"NS\",\"size\":8,\"start\":1,\"step\":1}}";
    assertThat(http.post(ORDER_ID_SEQUENCE, body).status()).isEqualTo(201);

    assertProblem(http.post(ORDER_ID_SEQUENCE, body.replace("\"NS\"", "\"XX\"")), 409, "conflict");
    assertThat(sim.config(ORDER_ID_SEQUENCE).orElseThrow().value())
        .isEqualTo(Map.of("prefix", "NS", "size", 8L, "start", 1L, "step", 1L));
  }

  @Test
  void orderIdSequence_sameValueAgain_isAnsweredNotChanged() {
    String body = "{\"value\":{\"prefix\":\"NS\",\"size\":8,\"start\":1,\"step\":1}}";
    http.post(ORDER_ID_SEQUENCE, body);
    clock.advance(Duration.ofMinutes(1));

    Http.Answer again = http.post(ORDER_ID_SEQUENCE, body);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json()).containsEntry("updated_at", "2026-01-01T00:00:00Z");
  }

  @Test
  void orderIdSequence_stepZero_isRefused() {
    assertProblem(
        http.post(ORDER_ID_SEQUENCE, "{\"value\":{\"prefix\":\"NS\",\"start\":1,\"step\":0}}"),
        400,
        "bad_request");
  }

  @Test
  void externalOrderWebhook_timeoutAbove25_isRefused() {
    assertProblem(
        http.post(
            EXTERNAL_ORDER_WEBHOOK,
            "{\"value\":{\"url\":\"https://oms.example/\",\"api_key\":\"k\",\"timeout\":26}}"),
        400,
        "bad_request");
    assertThat(sim.config(EXTERNAL_ORDER_WEBHOOK)).isEmpty();
  }

  @Test
  void externalOrderWebhook_withoutTimeout_defaultsTo15() {
    Http.Answer answer =
        http.post(
            EXTERNAL_ORDER_WEBHOOK,
            "{\"value\":{\"url\":\"https://oms.example/\",\"api_key\":\"k\"}}");

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.json().get("value"))
        .isEqualTo(Map.of("url", "https://oms.example/", "api_key", "k", "timeout", 15L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":[]}", "{\"value\":[\"store\",\"warehouse\"]}"})
  void cancellableLocations_emptyOrUnknown_isRefused(String body) {
    assertProblem(http.post(CANCELLABLE_LOCATIONS, body), 400, "bad_request");
  }

  @Test
  void cancellableLocations_storeAndDc_isStored() {
    assertThat(http.post(CANCELLABLE_LOCATIONS, "{\"value\":[\"store\",\"dc\"]}").status())
        .isEqualTo(201);
    assertThat(http.get(CANCELLABLE_LOCATIONS).json().get("value"))
        .isEqualTo(List.of("store", "dc"));
  }

  @Test
  void bigOrders_notSet_answersDefault100() {
    Http.Answer answer = http.get(BIG_ORDERS);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("value")).isEqualTo(Map.of("soft_limit_for_big_orders", 100L));
  }

  @Test
  void externalOmsV0_bareBody_roundTrips() {
    assertThat(http.post(EXTERNAL_OMS_V0, "{\"enabled\":true}").status()).isEqualTo(201);

    assertThat(http.get(EXTERNAL_OMS_V0).json()).containsEntry("enabled", true);
    assertProblem(http.post(EXTERNAL_OMS_V0, "{\"enabled\":\"yes\"}"), 400, "bad_request");
  }

  @Test
  void salesOrderExternalOms_wrappedBody_roundTrips() {
    assertThat(http.post(SALES_ORDER_EXTERNAL_OMS, "{\"value\":{\"enabled\":true}}").status())
        .isEqualTo(201);
    assertThat(http.get(SALES_ORDER_EXTERNAL_OMS).json().get("value"))
        .isEqualTo(Map.of("enabled", true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"url\":\"https://oms.example/atp\"|\"url\":\"http://oms.example/atp\"",
        "\"api_key\":\"0123456789abcdefghij\"|\"api_key\":\"short\"",
        "\"external_identifier\":\"product_id\"|\"external_identifier\":\"sku\"",
        "\"timeout\":10|\"timeout\":4",
        "\"timeout\":10|\"timeout\":61",
        ",\"timeout\":10|"
      })
  void atpWebhook_ruleBroken_isRefused(String replacement) {
    String[] parts = replacement.split("\\|", -1);
    String body = VALID_ATP.replace(parts[0], parts[1]);

    assertProblem(http.post(ATP_WEBHOOK, body), 400, "bad_request");
  }

  @Test
  void atpWebhook_valid_storedAndDeletable() {
    assertThat(http.post(ATP_WEBHOOK, VALID_ATP).status()).isEqualTo(201);
    assertThat(http.get(ATP_WEBHOOK).json())
        .containsEntry("external_identifier", "product_id")
        .containsEntry("timeout", 10L);

    assertThat(http.call("DELETE", ATP_WEBHOOK, null).status()).isEqualTo(204);

    assertProblem(http.get(ATP_WEBHOOK), 404, "not_found");
  }

  @Test
  void usesExternalAtp_post_answers200WithoutBody() {
    Http.Answer posted = http.post(USES_EXTERNAL_ATP, "{\"value\":true}");

    assertThat(posted.status()).isEqualTo(200);
    assertThat(posted.body()).isEmpty();
    assertThat(http.get(USES_EXTERNAL_ATP).json())
        .containsEntry("value", true)
        .containsKey("updated_at");
  }

  @Test
  void routingFlag_nonBoolean_isRefused() {
    assertProblem(
        http.post(ROUTING_FLAG_PREFIX + "cancel_on_conflict", "{\"value\":\"yes\"}"),
        400,
        "bad_request");
  }

  @Test
  void orderInjectionConfig_versions_conflictOnStaleVersion() {
    assertProblem(http.get(ORDER_INJECTION_CONFIG), 404, "not_found");

    Http.Answer created =
        http.post(
            ORDER_INJECTION_CONFIG + "?version=1",
            "{\"value\":{\"skip_soft_routing_on_injection\":true}}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json())
        .containsEntry("version", 1L)
        .containsEntry("updated_by", sim.clientId())
        .containsKeys("value", "updated_at");

    Http.Answer replaced =
        http.post(
            ORDER_INJECTION_CONFIG + "?version=1",
            "{\"value\":{\"skip_soft_routing_on_injection\":false}}");
    assertThat(replaced.json()).containsEntry("version", 2L);

    Http.Answer stale =
        http.call(
            "PATCH",
            ORDER_INJECTION_CONFIG + "?version=1",
            "{\"value\":{\"big_sales_order\":{\"hard_limit_for_big_orders\":500}}}");
    assertProblem(stale, 409, "conflict_version");

    Http.Answer patched =
        http.call(
            "PATCH",
            ORDER_INJECTION_CONFIG + "?version=2",
            "{\"value\":{\"big_sales_order\":{\"hard_limit_for_big_orders\":500}}}");
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json()).containsEntry("version", 3L);
    assertThat(patched.json().get("value"))
        .isEqualTo(
            Map.of(
                "skip_soft_routing_on_injection",
                false,
                "big_sales_order",
                Map.of("hard_limit_for_big_orders", 500L)));
  }

  @Test
  void orderInjectionConfig_createWithVersion2_conflicts() {
    assertProblem(
        http.post(ORDER_INJECTION_CONFIG + "?version=2", "{\"value\":{}}"),
        409,
        "conflict_version");
  }

  @Test
  void unknownConfigPath_isStoredGenerically() {
    assertThat(http.post(FULFILLMENT_CONFIG, "{\"fulfillment_config\":{}}").status())
        .isEqualTo(201);
    assertThat(http.post("v0/config/some/new_thing", "{\"value\":42}").status()).isEqualTo(201);

    assertThat(http.get(FULFILLMENT_CONFIG).json()).containsEntry("fulfillment_config", Map.of());
    assertThat(http.get("v0/config/some/new_thing").json()).containsEntry("value", 42L);
    assertThat(sim.configs()).containsKeys(FULFILLMENT_CONFIG, "v0/config/some/new_thing");
  }

  @Test
  void configValue_toString_hidesValue() {
    http.post(ATP_WEBHOOK, VALID_ATP);

    assertThat(sim.config(ATP_WEBHOOK).orElseThrow().toString())
        .doesNotContain("0123456789abcdefghij");
  }
}
