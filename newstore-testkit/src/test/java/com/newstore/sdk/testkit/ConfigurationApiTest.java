package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every configuration API at NewStore's documented path and envelope, over raw HTTP. */
class ConfigurationApiTest {
  private static final String VALID_ATP =
      "{\"url\":\"https://oms.example/atp\",\"api_key\":\"0123456789abcdefghij\","
          + "\"external_identifier\":\"product_id\",\"timeout\":10}";

  private final MutableClock clock = new MutableClock();
  private final NewStoreSimulator sim =
      NewStoreSimulator.builder().clock(clock).tokenLifetime(Duration.ofDays(1)).start();
  private final Http http = new Http(sim);

  @AfterEach
  void stop() {
    http.close();
    sim.close();
  }

  static void assertProblem(Http.Answer answer, int status, String errorCode) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json())
        .containsEntry("error_code", errorCode)
        .containsKey("message")
        .containsKey("request_id");
  }

  /** A 400 problem whose message names the member. */
  static void assertViolation(Http.Answer answer, String member) {
    assertProblem(answer, 400, "bad_request");
    assertThat((String) answer.json().get("message")).contains(member);
  }

  // ---- sales-order configurations: {value} in, {value, updated_at} out
  // ---------------------------

  @Test
  void gracePeriod_postThenGet_returnsValueUpdatedAtAndSchema() {
    Http.Answer posted = http.post("/v0/config/sales_order/grace_period", "{\"value\":20}");
    assertThat(posted.status()).isEqualTo(200);
    assertThat(posted.json())
        .containsEntry("value", 20L)
        .containsEntry("updated_at", "2026-01-01T00:00:00Z");

    Http.Answer read = http.get("/v0/config/sales_order/grace_period");

    assertThat(read.json()).containsEntry("value", 20L).containsKeys("updated_at", "schema");
  }

  @Test
  void config_secondWrite_movesUpdatedAt() {
    http.post("/v0/config/sales_order/grace_period", "{\"value\":20}");
    clock.advance(Duration.ofMinutes(5));

    Http.Answer second = http.post("/v0/config/sales_order/grace_period", "{\"value\":30}");

    assertThat(second.json())
        .containsEntry("value", 30L)
        .containsEntry("updated_at", "2026-01-01T00:05:00Z");
  }

  @Test
  void config_notSet_answers404ProblemJson() {
    assertProblem(http.get("/v0/config/sales_order/grace_period"), 404, "not_found");
  }

  @Test
  void config_withoutValueMember_answers400NamingValue() {
    assertViolation(http.post("/v0/config/sales_order/grace_period", "{\"seconds\":20}"), "value");
  }

  @Test
  void config_malformedJson_answers400() {
    assertProblem(http.post("/v0/config/sales_order/grace_period", "{nope"), 400, "bad_request");
  }

  @Test
  void externalOms_salesOrderPath_wrapsEnabled() {
    assertViolation(
        http.post("/v0/config/sales_order/external_oms", "{\"value\":{\"enabled\":\"yes\"}}"),
        "value.enabled");

    http.post("/v0/config/sales_order/external_oms", "{\"value\":{\"enabled\":true}}");

    assertThat(http.get("/v0/config/sales_order/external_oms").json())
        .containsEntry("value", Map.of("enabled", true));
  }

  @Test
  void externalOms_flatV0Path_isNotServed() {
    assertProblem(http.get("/v0/config/external_oms"), 404, "not_found");
  }

  @Test
  void orderIdSequence_servedAtGeneratorPath_andAlternativePath_asOneResource() {
    Http.Answer posted =
        http.post(
            "/v0/config/sales_order/sales_order_generator_sequence",
            "{\"value\":{\"prefix\":\"NS\",\"size\":0,\"start\":1,\"step\":1}}");
    assertThat(posted.status()).isEqualTo(200);

    assertThat(http.get("/v0/config/sales_order/order_id_sequence").json().get("value"))
        .isEqualTo(Map.of("prefix", "NS", "size", 0L, "start", 1L, "step", 1L));
  }

  @Test
  void orderIdSequence_change_isRefused409_sameValueAgainIs200() {
    String body = "{\"value\":{\"prefix\":\"NS\",\"start\":1,\"step\":1}}";
    http.post("/v0/config/sales_order/sales_order_generator_sequence", body);

    assertThat(http.post("/v0/config/sales_order/order_id_sequence", body).status()).isEqualTo(200);
    assertProblem(
        http.post(
            "/v0/config/sales_order/sales_order_generator_sequence",
            "{\"value\":{\"prefix\":\"X\",\"start\":5,\"step\":1}}"),
        409,
        "conflict");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"start\":0,\"step\":1", "\"start\":1,\"step\":0", "\"step\":1"})
  void orderIdSequence_startOrStepNotPositive_isRefusedNamingIt(String members) {
    Http.Answer answer =
        http.post(
            "/v0/config/sales_order/sales_order_generator_sequence",
            "{\"value\":{" + members + "}}");

    assertProblem(answer, 400, "bad_request");
    assertThat((String) answer.json().get("message")).containsAnyOf("value.start", "value.step");
    assertThat(sim.config("v0/config/sales_order/sales_order_generator_sequence")).isEmpty();
  }

  @Test
  void externalOrderWebhook_timeout26_isRefusedNamingTimeout_nothingStored() {
    Http.Answer answer =
        http.post(
            "/v0/config/sales_order/external_order_webhook",
            "{\"value\":{\"url\":\"https://oms.example/\",\"api_key\":\"k\",\"timeout\":26}}");

    assertViolation(answer, "value.timeout");
    assertThat(sim.config("v0/config/sales_order/external_order_webhook")).isEmpty();
  }

  @Test
  void externalOrderWebhook_withoutTimeout_defaultsTo15() {
    http.post(
        "/v0/config/sales_order/external_order_webhook",
        "{\"value\":{\"url\":\"https://oms.example/\",\"api_key\":\"k\"}}");

    assertThat(http.get("/v0/config/sales_order/external_order_webhook").json().get("value"))
        .isEqualTo(Map.of("url", "https://oms.example/", "api_key", "k", "timeout", 15L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[\"warehouse\"]", "\"store\""})
  void cancellableLocations_emptyOrUnknown_isRefused(String value) {
    assertViolation(
        http.post("/v0/config/sales_order/cancellable_locations", "{\"value\":" + value + "}"),
        "value");
  }

  @Test
  void bigOrders_notSet_answersDefault100() {
    assertThat(http.get("/v0/config/sales_order/big_orders").json().get("value"))
        .isEqualTo(Map.of("soft_limit_for_big_orders", 100L));
  }

  // ---- routing flags: {value} in, 200 without body
  // -----------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "uses_external_atp",
        "enable_automatic_rerouting",
        "enable_capacity_based_routing",
        "reroute_to_rejected_fulfillment_nodes",
        "skip_shipping_offer_update_for_dc_orders",
        "can_update_ffr_processed_externally"
      })
  void booleanRoutingFlag_post200WithoutBody_getValueAndUpdatedAt(String flag) {
    String path = "/v0/config/routing/" + flag;
    assertProblem(http.get(path), 404, "not_found");
    assertViolation(http.post(path, "{\"value\":\"true\"}"), "value");

    Http.Answer posted = http.post(path, "{\"value\":true}");

    assertThat(posted.status()).isEqualTo(200);
    assertThat(posted.body()).isEmpty();
    assertThat(http.get(path).json()).containsEntry("value", true).containsKey("updated_at");
  }

  @Test
  void cancelOnConflict_takesTheCancellationPolicyObject_notABoolean() {
    String path = "/v0/config/routing/cancel_on_conflict";
    assertViolation(http.post(path, "{\"value\":true}"), "value");
    assertViolation(
        http.post(
            path, "{\"value\":{\"default\":true,\"reasons_to_overwrite_default\":[\"bored\"]}}"),
        "value.reasons_to_overwrite_default[0]");

    Http.Answer posted =
        http.post(
            path,
            "{\"value\":{\"default\":false,\"reasons_to_overwrite_default\":[\"insufficient_stock\"]}}");

    assertThat(posted.status()).isEqualTo(200);
    assertThat(http.get(path).json().get("value"))
        .isEqualTo(
            Map.of(
                "default", false, "reasons_to_overwrite_default", List.of("insufficient_stock")));
  }

  // ---- order injection configuration: string versions
  // --------------------------------------------

  @Test
  void orderInjectionConfig_versionIsAString_staleVersionConflicts() {
    String path = "/v1/r/config/order_injection";
    assertProblem(
        http.post(path + "?version=2", "{\"skip_soft_routing_on_injection\":true}"),
        409,
        "conflict_version");

    Http.Answer created =
        http.post(
            path + "?version=1",
            "{\"skip_soft_routing_on_injection\":true,\"big_sales_order\":{\"hard_limit_for_big_orders\":800}}");

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json())
        .containsEntry("version", "1")
        .containsKeys("updated_at", "updated_by");
    Http.Answer patched =
        http.call("PATCH", path + "?version=1", "{\"skip_soft_routing_on_injection\":false}");
    assertThat(patched.json()).containsEntry("version", "2");
    assertThat(Http.map(patched.json().get("value")))
        .containsEntry("skip_soft_routing_on_injection", false)
        .containsKey("big_sales_order");
    assertProblem(
        http.call("PATCH", path + "?version=1", "{\"skip_soft_routing_on_injection\":true}"),
        409,
        "conflict_version");
  }

  @Test
  void orderInjectionConfig_bigSalesOrderWithoutHardLimit_isRefusedNamingIt() {
    assertViolation(
        http.post("/v1/r/config/order_injection?version=1", "{\"big_sales_order\":{}}"),
        "big_sales_order.hard_limit_for_big_orders");
  }

  // ---- bare documents
  // ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT"})
  void atpWebhook_flatDocument_postOrPut_thenDelete(String method) {
    String path = "/v0/config/availability/webhook";
    Http.Answer written = http.call(method, path, VALID_ATP);
    assertThat(written.status()).isEqualTo(200);

    assertThat(http.get(path).json())
        .containsEntry("url", "https://oms.example/atp")
        .containsEntry("timeout", 10L)
        .doesNotContainKey("value");
    assertThat(http.call("DELETE", path, null).status()).isEqualTo(204);
    assertProblem(http.get(path), 404, "not_found");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"url\":\"http://oms.example/atp\"|url",
        "\"api_key\":\"short\"|api_key",
        "\"external_identifier\":\"sku\"|external_identifier",
        "\"timeout\":4|timeout",
        "\"timeout\":61|timeout"
      })
  void atpWebhook_ruleBroken_isRefusedNamingTheMember(String replacementAndMember) {
    String[] parts = replacementAndMember.split("\\|");
    String member = parts[0].substring(1, parts[0].indexOf('"', 1));
    String body = VALID_ATP.replaceFirst("\"" + member + "\":(\"[^\"]*\"|\\d+)", parts[0]);

    assertViolation(http.post("/v0/config/availability/webhook", body), parts[1]);
  }

  @Test
  void dcConfig_bareUrlAndApiKey_httpsRequired() {
    String path = "/v0/d/config/dc/dc-1";
    assertViolation(http.put(path, "{\"url\":\"http://dc.example/fr\",\"api_key\":\"k\"}"), "url");
    assertThat(sim.config("v0/d/config/dc/dc-1")).isEmpty();

    assertThat(http.put(path, "{\"url\":\"https://dc.example/fr\",\"api_key\":\"k\"}").status())
        .isEqualTo(200);
    assertThat(http.post(path, "{\"url\":\"https://dc.example/fr2\",\"api_key\":\"k\"}").status())
        .isEqualTo(200);
    assertThat(http.get(path).json())
        .isEqualTo(Map.of("url", "https://dc.example/fr2", "api_key", "k"));
  }

  @Test
  void associateAppConfig_bareDocument_updateReplacesTheWholeDocument() {
    String path = "/api/v1/associate-app/config";
    http.post(path, "{\"capabilities\":{\"mixed_cart\":true},\"release_toggles\":{\"a\":true}}");

    http.put(path, "{\"capabilities\":{\"mixed_cart\":false}}");

    assertThat(http.get(path).json())
        .isEqualTo(Map.of("capabilities", Map.of("mixed_cart", false)));
  }

  @Test
  void paymentConfig_documentedNames_bare_otherNames404() {
    String body = "{\"config\":[{\"provider_name\":\"adyen\",\"capture_delay\":\"manual\"}]}";
    assertThat(http.put("/v1/p/config/adyen_adapter", body).status()).isEqualTo(200);
    assertThat(http.get("/v1/p/config/adyen_adapter").json()).containsKey("config");
    assertProblem(http.put("/v1/p/config/not_a_payment_config", body), 404, "not_found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"transfer_order_configuration", "transfer_shipping_configuration"})
  void transferShippingConfig_eitherDocumentedKey(String key) {
    String path = "/v0/i/inventory/transfer_shipping_config";
    String body =
        "{\""
            + key
            + "\":[{\"from_location_id\":\"store-1\",\"to_location_ids\":[\"*\"],"
            + "\"service_level_ids\":[\"TRADITIONAL\"]}]}";

    assertThat(http.post(path, body).status()).isEqualTo(200);
    assertThat(http.get(path).json()).containsKey(key);
  }

  @Test
  void transferShippingConfig_entryWithoutServiceLevels_isRefusedNamingIt() {
    assertViolation(
        http.post(
            "/v0/i/inventory/transfer_shipping_config",
            "{\"transfer_order_configuration\":[{\"from_location_id\":\"s\",\"to_location_ids\":[\"*\"]}]}"),
        "transfer_order_configuration[0].service_level_ids");
  }

  @Test
  void legacyFulfillmentConfig_acceptsNewStoresTutorialConfig() throws IOException {
    String tutorial;
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/fulfillment_config_seed000.json")) {
      tutorial = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(http.put("/_/v0/dontuse/fulfillment_config", tutorial).status()).isEqualTo(200);
    assertThat(http.get("/_/v0/dontuse/fulfillment_config").json())
        .containsKey("fulfillment_config");
    assertViolation(
        http.post("/_/v0/dontuse/fulfillment_config", "{\"routes\":[]}"), "fulfillment_config");
  }

  @Test
  void writeMethodNotDocumented_answers405() {
    assertProblem(
        http.put("/v0/config/sales_order/grace_period", "{\"value\":1}"),
        405,
        "method_not_allowed");
  }

  @Test
  void unknownPath_answers404ProblemJson() {
    assertProblem(http.get("/v0/config/associate_app"), 404, "not_found");
    assertProblem(http.post("/v0/config/fulfillment", "{}"), 404, "not_found");
  }

  @Test
  void configValue_toString_hidesValue() {
    sim.setConfig("v0/config/sales_order/external_order_webhook", Map.of("api_key", "secret-key"));

    assertThat(sim.config("v0/config/sales_order/external_order_webhook").orElseThrow().toString())
        .doesNotContain("secret-key");
  }
}
