package com.newstore.sdk.client.config;

import static com.newstore.sdk.client.config.ConfigTestSupport.SEED_UPDATED_AT;
import static com.newstore.sdk.client.config.ConfigTestSupport.client;
import static com.newstore.sdk.client.config.ConfigTestSupport.empty;
import static com.newstore.sdk.client.config.ConfigTestSupport.expect;
import static com.newstore.sdk.client.config.ConfigTestSupport.expectJson;
import static com.newstore.sdk.client.config.ConfigTestSupport.json;
import static com.newstore.sdk.client.config.ConfigTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvailabilityConfigServiceTest {
  private static final String WEBHOOK = "/v0/config/availability/webhook";
  private static final String KEY = "atp-secret-key-0123456789";

  @StartStop final MockWebServer server = new MockWebServer();
  private NewStoreClient client;
  private AvailabilityConfigService atp;

  @BeforeEach
  void setUp() {
    client = client(server);
    atp = client.availabilityConfig();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static AvailabilityWebhookConfig valid() {
    return AvailabilityWebhookConfig.of("https://oms.example.com/atp", KEY, Duration.ofSeconds(10));
  }

  @Test
  void webhook_flatSample_parses() throws Exception {
    server.enqueue(json(200, "availability-webhook.json"));

    ConfigValue<AvailabilityWebhookConfig> value = atp.webhook().get().orElseThrow();

    assertThat(value.value()).isEqualTo(valid());
    assertThat(value.updatedAt()).isNull();
    expect(server, "GET", WEBHOOK);
  }

  @Test
  void webhook_flatAnswerWithUnknownIdentifier_isKept() throws Exception {
    server.enqueue(
        new mockwebserver3.MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(
                "{\"url\": \"https://oms.example.com/atp\", \"api_key\":"
                    + " \"atp-secret-key-0123456789\", \"external_identifier\": \"sku\","
                    + " \"timeout\": 30}")
            .build());

    ConfigValue<AvailabilityWebhookConfig> value = atp.webhook().get().orElseThrow();

    assertThat(value.value().externalIdentifier()).isEqualTo(ExternalIdentifier.of("sku"));
    assertThat(value.value().externalIdentifier().isKnown()).isFalse();
    assertThat(value.value().timeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void cancelOnConflict_isAnObjectWithItsOwnAccessor() throws Exception {
    server.enqueue(json(200, "cancel-on-conflict.json"));

    CancelOnConflictPolicy policy = atp.cancelOnConflict().get().orElseThrow().value();

    assertThat(policy.cancelByDefault()).isTrue();
    assertThat(policy.reasonsToOverwriteDefault())
        .containsExactly("insufficient_stock", "limit_of_shipments_exceeded");
    expect(server, "GET", "/v0/config/routing/cancel_on_conflict");
    assertThatThrownBy(() -> atp.routingFlag(RoutingFlag.CANCEL_ON_CONFLICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cancelOnConflict()");
  }

  @Test
  void routingFlag_all_seven_documentedFlagsAreKnown() {
    assertThat(
            List.of(
                RoutingFlag.CAN_UPDATE_FFR_PROCESSED_EXTERNALLY,
                RoutingFlag.CANCEL_ON_CONFLICT,
                RoutingFlag.ENABLE_AUTOMATIC_REROUTING,
                RoutingFlag.ENABLE_CAPACITY_BASED_ROUTING,
                RoutingFlag.REROUTE_TO_REJECTED_FULFILLMENT_NODES,
                RoutingFlag.SKIP_SHIPPING_OFFER_UPDATE_FOR_DC_ORDERS,
                RoutingFlag.USES_EXTERNAL_ATP))
        .allMatch(RoutingFlag::isKnown);
  }

  @Test
  void routingFlag_notSetYet404_readsEmpty() throws Exception {
    server.enqueue(
        new mockwebserver3.MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "application/problem+json")
            .body("{\"error_code\": \"not_found\"}")
            .build());

    assertThat(atp.routingFlag(RoutingFlag.CAN_UPDATE_FFR_PROCESSED_EXTERNALLY).get()).isEmpty();
  }

  @Test
  void webhook_missingUrl_throwsDecodingError() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{\"api_key\": \"k\", \"timeout\": 5}").build());

    assertThatThrownBy(() -> atp.webhook().get().orElseThrow())
        .isInstanceOf(NewStoreDecodingException.class)
        .hasMessageContaining("url");
  }

  @Test
  void updateWebhook_sendsFlatConfig() throws Exception {
    server.enqueue(empty(200));

    atp.webhook().set(valid());

    expectJson(
        server,
        "POST",
        WEBHOOK,
        "{\"url\": \"https://oms.example.com/atp\", \"api_key\": \""
            + KEY
            + "\", \"external_identifier\": \"product_id\", \"timeout\": 10}");
  }

  @Test
  void updateWebhook_seedProblem_mapsToBadRequest() {
    server.enqueue(problem(400, "problem-bad-request.json"));

    assertThatThrownBy(() -> atp.webhook().set(valid()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> assertThat(e.requestId()).isEqualTo("ec2f3c9bb016ba971bf6074098363"))
        .hasMessageNotContaining(KEY);
  }

  @Test
  void updateWebhook_shortKey_rejectedWithoutSending() {
    AvailabilityWebhookConfig config =
        AvailabilityWebhookConfig.of(
            "https://oms.example.com/atp", "short", Duration.ofSeconds(10));

    assertThatThrownBy(() -> atp.webhook().set(config))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("apiKey"))
        .hasMessageNotContaining("short");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void updateWebhook_otherIdentifier_rejectedWithoutSending() {
    AvailabilityWebhookConfig config =
        new AvailabilityWebhookConfig(
            "https://oms.example.com/atp",
            KEY,
            ExternalIdentifier.of("sku"),
            Duration.ofSeconds(10));

    assertThatThrownBy(() -> atp.webhook().set(config))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("externalIdentifier.value"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void updateWebhook_httpOrRelativeUrl_rejectedWithoutSending() {
    for (String url : new String[] {"http://oms.example.com/atp", "/atp"}) {
      AvailabilityWebhookConfig config =
          AvailabilityWebhookConfig.of(url, KEY, Duration.ofSeconds(10));
      assertThatThrownBy(() -> atp.webhook().set(config))
          .isInstanceOfSatisfying(
              NewStoreValidationException.class,
              e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("url"));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void updateWebhook_timeoutOutside5To60_rejectedWithoutSending() {
    for (Duration timeout : new Duration[] {Duration.ofSeconds(4), Duration.ofSeconds(61)}) {
      AvailabilityWebhookConfig config =
          AvailabilityWebhookConfig.of("https://oms.example.com/atp", KEY, timeout);
      assertThatThrownBy(() -> atp.webhook().set(config))
          .isInstanceOfSatisfying(
              NewStoreValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path)
                      .containsExactly("timeout"));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void deleteWebhook_sendsDelete() throws Exception {
    server.enqueue(empty(204));

    atp.deleteWebhook();

    expect(server, "DELETE", WEBHOOK);
  }

  @Test
  void usesExternalAtp_sample_parses() throws Exception {
    server.enqueue(json(200, "routing-flag.json"));

    ConfigValue<Boolean> value = atp.usesExternalAtp().get().orElseThrow();

    assertThat(value.value()).isTrue();
    assertThat(value.updatedAt()).isEqualTo(SEED_UPDATED_AT);
    expect(server, "GET", "/v0/config/routing/uses_external_atp");
  }

  @Test
  void setUsesExternalAtp_200WithoutBody_succeeds() throws Exception {
    server.enqueue(empty(200));

    atp.usesExternalAtp().set(true);

    expectJson(server, "POST", "/v0/config/routing/uses_external_atp", "{\"value\": true}");
  }

  @Test
  void routingFlag_get_usesFlagInPath() throws Exception {
    server.enqueue(json(200, "routing-flag.json"));

    assertThat(atp.routingFlag(RoutingFlag.ENABLE_AUTOMATIC_REROUTING).get().orElseThrow().value())
        .isTrue();

    expect(server, "GET", "/v0/config/routing/enable_automatic_rerouting");
  }

  @ContractExempt(
      "deliberately sends a routing flag NewStore does not list (the open-enum escape hatch)")
  @Test
  void setRoutingFlag_unknownFlag_sendsValue() throws Exception {
    server.enqueue(empty(200));

    atp.routingFlag(RoutingFlag.of("some_future_flag")).set(false);

    expectJson(server, "POST", "/v0/config/routing/some_future_flag", "{\"value\": false}");
    assertThat(RoutingFlag.of("some_future_flag").isKnown()).isFalse();
    assertThat(RoutingFlag.ENABLE_AUTOMATIC_REROUTING.isKnown()).isTrue();
  }

  @Test
  void routingFlag_nameWithSlash_rejected() {
    assertThatThrownBy(() -> RoutingFlag.of("../x")).isInstanceOf(IllegalArgumentException.class);
  }

  @ContractExempt("exercises a caller-supplied path override")
  @Test
  void routingFlag_pathOverrideWithPlaceholder_substitutesFlag() throws Exception {
    server.enqueue(json(200, "routing-flag.json"));
    try (NewStoreClient overridden =
        ConfigTestSupport.builder(server)
            .pathOverride("routing.flag.get", "v0/routing/flags/{flag}")
            .build()) {
      overridden
          .availabilityConfig()
          .routingFlag(RoutingFlag.ENABLE_AUTOMATIC_REROUTING)
          .get()
          .orElseThrow();
    }
    expect(server, "GET", "/v0/routing/flags/enable_automatic_rerouting");
  }
}
