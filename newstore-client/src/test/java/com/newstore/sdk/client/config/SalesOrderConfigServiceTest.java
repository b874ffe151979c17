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
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesOrderConfigServiceTest {
  private static final String BASE = "/v0/config/sales_order/";

  @StartStop final MockWebServer server = new MockWebServer();
  private NewStoreClient client;
  private SalesOrderConfigService sales;

  @BeforeEach
  void setUp() {
    client = client(server);
    sales = client.salesOrderConfig();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void externalOms_sample_parsesValueAndUpdatedAt() throws Exception {
    server.enqueue(json(200, "sales-order-external-oms.json"));

    ConfigValue<ExternalOmsSetting> value = sales.externalOms().get().orElseThrow();

    assertThat(value.value()).isEqualTo(new ExternalOmsSetting(true));
    assertThat(value.updatedAt()).isEqualTo(SEED_UPDATED_AT);
    expect(server, "GET", BASE + "external_oms");
  }

  @Test
  void setExternalOms_sendsValueEnvelope() throws Exception {
    server.enqueue(empty(200));

    sales.externalOms().set(new ExternalOmsSetting(false));

    expectJson(server, "POST", BASE + "external_oms", "{\"value\": {\"enabled\": false}}");
  }

  @Test
  void setExternalOms_seedProblem_mapsToBadRequest() throws Exception {
    server.enqueue(problem(400, "problem-bad-request.json"));

    assertThatThrownBy(() -> sales.externalOms().set(new ExternalOmsSetting(true)))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.errorCode()).isEqualTo("bad_request");
              assertThat(e.serverMessage()).isEqualTo("Value provided should be a string.");
              assertThat(e.requestId()).isEqualTo("ec2f3c9bb016ba971bf6074098363");
            });
  }

  @Test
  void orderIdSequence_sample_parses() throws Exception {
    server.enqueue(json(200, "order-id-sequence.json"));

    ConfigValue<OrderIdSequence> value = sales.orderIdSequence().get().orElseThrow();

    assertThat(value.value()).isEqualTo(new OrderIdSequence("NS", 8, 1, 1));
    assertThat(value.updatedAt()).isEqualTo(SEED_UPDATED_AT);
    expect(server, "GET", BASE + "sales_order_generator_sequence");
  }

  @Test
  void setOrderIdSequence_sendsValueAndParsesAnswer() throws Exception {
    server.enqueue(json(200, "order-id-sequence.json"));

    sales.orderIdSequence().set(new OrderIdSequence("NS", 8, 1, 1));

    expectJson(
        server,
        "POST",
        BASE + "sales_order_generator_sequence",
        "{\"value\": {\"prefix\": \"NS\", \"size\": 8, \"start\": 1, \"step\": 1}}");
  }

  @Test
  void setOrderIdSequence_conflict_throwsAlreadySet() {
    server.enqueue(problem(409, "problem-bad-request.json"));

    assertThatThrownBy(() -> sales.orderIdSequence().set(new OrderIdSequence("NS", 8, 1, 1)))
        .isInstanceOf(OrderIdSequenceAlreadySetException.class)
        .hasMessageContaining("immutable");
  }

  @Test
  void setOrderIdSequence_badRequestSayingAlreadySet_throwsAlreadySet() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("Content-Type", "application/problem+json")
            .body("{\"error_code\": \"bad_request\", \"message\": \"Sequence already exists\"}")
            .build());

    assertThatThrownBy(() -> sales.orderIdSequence().set(new OrderIdSequence("NS", 8, 1, 1)))
        .isInstanceOfSatisfying(
            OrderIdSequenceAlreadySetException.class,
            e -> assertThat(e.statusCode()).isEqualTo(400));
  }

  @Test
  void setOrderIdSequence_otherBadRequest_staysBadRequest() {
    server.enqueue(problem(400, "problem-bad-request.json"));

    assertThatThrownBy(() -> sales.orderIdSequence().set(new OrderIdSequence("NS", 8, 1, 1)))
        .isExactlyInstanceOf(BadRequestException.class);
  }

  @Test
  void setOrderIdSequence_stepZero_rejectedWithoutSending() {
    assertThatThrownBy(() -> sales.orderIdSequence().set(new OrderIdSequence("NS", 8, 1, 0)))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("step"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void setOrderIdSequence_startZero_rejectedWithoutSending() {
    assertThatThrownBy(() -> sales.orderIdSequence().set(new OrderIdSequence("NS", 8, 0, 1)))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("start"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void gracePeriod_sample_parsesDuration() throws Exception {
    server.enqueue(json(200, "grace-period.json"));

    ConfigValue<Duration> config = sales.gracePeriod().get().orElseThrow();

    assertThat(config.value()).isEqualTo(Duration.ofSeconds(20));
    assertThat(config.updatedAt()).isEqualTo(SEED_UPDATED_AT);
    expect(server, "GET", BASE + "grace_period");
  }

  @Test
  void setGracePeriod_sendsSeconds() throws Exception {
    server.enqueue(json(200, "grace-period-set.json"));

    sales.gracePeriod().set(Duration.ofSeconds(20));

    expectJson(server, "POST", BASE + "grace_period", "{\"value\": 20}");
  }

  @Test
  void setGracePeriod_negativeOrFractional_rejectedWithoutSending() {
    assertThatThrownBy(() -> sales.gracePeriod().set(Duration.ofSeconds(-1)))
        .isInstanceOf(NewStoreValidationException.class)
        .hasMessageContaining("gracePeriod");
    assertThatThrownBy(() -> sales.gracePeriod().set(Duration.ofMillis(1500)))
        .isInstanceOf(NewStoreValidationException.class)
        .hasMessageContaining("gracePeriod");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void cancellableLocations_sample_keepsUnknownValues() throws Exception {
    server.enqueue(json(200, "cancellable-locations.json"));

    ConfigValue<Set<LocationType>> value = sales.cancellableLocations().get().orElseThrow();

    assertThat(value.value())
        .containsExactly(LocationType.STORE, LocationType.DC, LocationType.of("warehouse"));
    assertThat(LocationType.of("warehouse").isKnown()).isFalse();
    assertThat(value.updatedAt()).isEqualTo(SEED_UPDATED_AT);
    expect(server, "GET", BASE + "cancellable_locations");
  }

  @Test
  void setCancellableLocations_sendsList() throws Exception {
    server.enqueue(json(200, "cancellable-locations-set.json"));
    Set<LocationType> locations = new LinkedHashSet<>(List.of(LocationType.STORE, LocationType.DC));

    sales.cancellableLocations().set(locations);

    expectJson(server, "POST", BASE + "cancellable_locations", "{\"value\": [\"store\", \"dc\"]}");
  }

  @Test
  void setCancellableLocations_empty_rejectedWithoutSending() {
    assertThatThrownBy(() -> sales.cancellableLocations().set(Set.of()))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("locations"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void bigOrderLimits_sample_parses() throws Exception {
    server.enqueue(json(200, "big-orders.json"));

    ConfigValue<BigOrderLimits> value = sales.bigOrders().get().orElseThrow();

    assertThat(value.value().softLimitForBigOrders()).isEqualTo(300);
    assertThat(value.updatedAt()).isEqualTo(SEED_UPDATED_AT);
    expect(server, "GET", BASE + "big_orders");
  }

  @Test
  void setBigOrderLimits_sendsSoftLimit() throws Exception {
    server.enqueue(json(200, "big-orders.json"));

    sales.bigOrders().set(new BigOrderLimits(300));

    expectJson(
        server, "POST", BASE + "big_orders", "{\"value\": {\"soft_limit_for_big_orders\": 300}}");
  }

  @Test
  void setBigOrderLimits_zero_rejectedWithoutSending() {
    assertThatThrownBy(() -> sales.bigOrders().set(new BigOrderLimits(0)))
        .isInstanceOf(NewStoreValidationException.class)
        .hasMessageContaining("softLimitForBigOrders");
    assertThat(BigOrderLimits.defaults().softLimitForBigOrders()).isEqualTo(100);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void externalOrderWebhook_sample_parsesSecondsAsDuration() throws Exception {
    server.enqueue(json(200, "external-order-webhook.json"));

    ConfigValue<ExternalOrderWebhookConfig> value =
        sales.externalOrderWebhook().get().orElseThrow();

    assertThat(value.value().url()).isEqualTo("https://oms.example.com/newstore");
    assertThat(value.value().apiKey()).isEqualTo("oms-secret-key");
    assertThat(value.value().timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(value.updatedAt()).isEqualTo(SEED_UPDATED_AT);
    expect(server, "GET", BASE + "external_order_webhook");
  }

  @Test
  void externalOrderWebhook_noTimeoutNoKey_defaultsTo15Seconds() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"value\": {\"url\": \"https://oms.example.com\"}}")
            .build());

    ExternalOrderWebhookConfig config = sales.externalOrderWebhook().get().orElseThrow().value();

    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(config.apiKey()).isNull();
  }

  @Test
  void setExternalOrderWebhook_sendsDefaultTimeout() throws Exception {
    server.enqueue(empty(200));

    sales
        .externalOrderWebhook()
        .set(ExternalOrderWebhookConfig.of("https://oms.example.com/newstore", "oms-secret-key"));

    expectJson(
        server,
        "POST",
        BASE + "external_order_webhook",
        "{\"value\": {\"url\": \"https://oms.example.com/newstore\","
            + " \"api_key\": \"oms-secret-key\", \"timeout\": 15}}");
  }

  @Test
  void setExternalOrderWebhook_timeout26_rejectedWithoutSending() {
    ExternalOrderWebhookConfig config =
        ExternalOrderWebhookConfig.of("https://oms.example.com", "key")
            .withTimeout(Duration.ofSeconds(26));

    assertThatThrownBy(() -> sales.externalOrderWebhook().set(config))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("timeout"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void setExternalOrderWebhook_relativeUrl_rejectedWithoutSending() {
    assertThatThrownBy(
            () ->
                sales
                    .externalOrderWebhook()
                    .set(ExternalOrderWebhookConfig.of("oms.example.com/newstore", "key")))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("url"));
    assertThatThrownBy(
            () ->
                sales
                    .externalOrderWebhook()
                    .set(ExternalOrderWebhookConfig.of("ftp://oms.example.com", "key")))
        .isInstanceOf(NewStoreValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void setExternalOrderWebhook_emptyKey_rejectedWithoutSending() {
    assertThatThrownBy(
            () ->
                sales
                    .externalOrderWebhook()
                    .set(ExternalOrderWebhookConfig.of("https://oms.example.com", "")))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> {
              assertThat(e.violations()).extracting(Violation::path).containsExactly("apiKey");
            });
    assertThat(server.getRequestCount()).isZero();
  }
}
