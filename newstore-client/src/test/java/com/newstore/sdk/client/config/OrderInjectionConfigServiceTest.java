package com.newstore.sdk.client.config;

import static com.newstore.sdk.client.config.ConfigTestSupport.client;
import static com.newstore.sdk.client.config.ConfigTestSupport.empty;
import static com.newstore.sdk.client.config.ConfigTestSupport.expect;
import static com.newstore.sdk.client.config.ConfigTestSupport.expectJson;
import static com.newstore.sdk.client.config.ConfigTestSupport.json;
import static com.newstore.sdk.client.config.ConfigTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderInjectionConfigServiceTest {
  private static final String PATH = "/v1/r/config/order_injection";

  @StartStop final MockWebServer server = new MockWebServer();
  private NewStoreClient client;
  private OrderInjectionConfigService injection;

  @BeforeEach
  void setUp() {
    client = client(server);
    injection = client.orderInjectionConfig();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void get_sample_parsesVersionAndUpdatedFields() throws Exception {
    server.enqueue(json(200, "order-injection.json"));

    VersionedConfigValue<OrderInjectionConfig> value = injection.get().orElseThrow();

    assertThat(value.value())
        .isEqualTo(
            OrderInjectionConfig.empty()
                .withSkipSoftRoutingOnInjection(true)
                .withHardLimitForBigOrders(500));
    assertThat(value.version()).isEqualTo("3");
    assertThat(value.updatedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
    assertThat(value.updatedBy()).isEqualTo("ops@example.com");
    RecordedRequest request = expect(server, "GET", PATH);
    assertThat(request.getUrl().query()).isNull();
  }

  @Test
  void replace_sendsWholeValueWithVersion() throws Exception {
    server.enqueue(json(200, "order-injection-v4.json"));
    OrderInjectionConfig config = new OrderInjectionConfig(false, new BigSalesOrderLimits(500));

    VersionedConfigValue<OrderInjectionConfig> stored = injection.replace(config, "3");

    assertThat(stored.version()).isEqualTo("4");
    RecordedRequest request =
        expectJson(
            server,
            "POST",
            PATH,
            "{\"skip_soft_routing_on_injection\": false,"
                + " \"big_sales_order\": {\"hard_limit_for_big_orders\": 500}}");
    assertThat(request.getUrl().queryParameter("version")).isEqualTo("3");
  }

  @Test
  void patch_sendsOnlySetFields() throws Exception {
    server.enqueue(json(200, "order-injection-v4.json"));

    injection.patch(OrderInjectionConfig.empty().withSkipSoftRoutingOnInjection(false), "3");

    RecordedRequest request =
        expectJson(server, "PATCH", PATH, "{\"skip_soft_routing_on_injection\": false}");
    assertThat(request.getUrl().queryParameter("version")).isEqualTo("3");
  }

  @Test
  void patch_emptyAnswer_readsBack() throws Exception {
    server.enqueue(empty(200));
    server.enqueue(json(200, "order-injection-v4.json"));

    VersionedConfigValue<OrderInjectionConfig> stored =
        injection.patch(OrderInjectionConfig.empty().withSkipSoftRoutingOnInjection(false), "3");

    assertThat(stored.version()).isEqualTo("4");
    expect(server, "PATCH", PATH);
    expect(server, "GET", PATH);
  }

  @Test
  void replace_staleVersion_throwsVersionConflict() {
    server.enqueue(problem(409, "problem-conflict-version.json"));

    assertThatThrownBy(() -> injection.replace(OrderInjectionConfig.empty(), "2"))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e).isNotInstanceOf(ConflictException.class);
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.errorCode()).isEqualTo("conflict_version");
              assertThat(e.requestId()).isEqualTo("req-409");
            });
  }

  @Test
  void replace_otherConflict_staysConflict() {
    server.enqueue(problem(409, "problem-bad-request.json"));

    assertThatThrownBy(() -> injection.replace(OrderInjectionConfig.empty(), "2"))
        .isExactlyInstanceOf(ConflictException.class);
  }

  @Test
  void replace_zeroHardLimit_rejectedWithoutSending() {
    assertThatThrownBy(
            () -> injection.replace(OrderInjectionConfig.empty().withHardLimitForBigOrders(0), "1"))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("bigSalesOrder.hardLimitForBigOrders"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void update_conflictOnce_rereadsAndSucceeds() throws Exception {
    server.enqueue(json(200, "order-injection.json"));
    server.enqueue(problem(409, "problem-conflict-version.json"));
    server.enqueue(json(200, "order-injection-v4.json"));
    server.enqueue(json(200, "order-injection-v4.json"));
    AtomicInteger applied = new AtomicInteger();

    VersionedConfigValue<OrderInjectionConfig> stored =
        injection.update(
            c -> {
              applied.incrementAndGet();
              return c.withSkipSoftRoutingOnInjection(false);
            });

    assertThat(stored.version()).isEqualTo("4");
    assertThat(applied).hasValue(2);
    expect(server, "GET", PATH);
    assertThat(expect(server, "PATCH", PATH).getUrl().queryParameter("version")).isEqualTo("3");
    expect(server, "GET", PATH);
    RecordedRequest second =
        expectJson(
            server,
            "PATCH",
            PATH,
            "{\"skip_soft_routing_on_injection\": false,"
                + " \"big_sales_order\": {\"hard_limit_for_big_orders\": 500}}");
    assertThat(second.getUrl().queryParameter("version")).isEqualTo("4");
  }

  @Test
  void update_conflictEveryTime_throwsAfterMaxAttempts() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(json(200, "order-injection.json"));
      server.enqueue(problem(409, "problem-conflict-version.json"));
    }

    assertThatThrownBy(() -> injection.update(c -> c.withHardLimitForBigOrders(10), 2))
        .isInstanceOf(VersionConflictException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void update_defaultAttempts_isThree() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "order-injection.json"));
      server.enqueue(problem(409, "problem-conflict-version.json"));
    }

    assertThatThrownBy(() -> injection.update(c -> c)).isInstanceOf(VersionConflictException.class);
    assertThat(server.getRequestCount())
        .isEqualTo(2 * OrderInjectionConfigService.DEFAULT_UPDATE_ATTEMPTS);
  }

  @Test
  void update_zeroAttempts_rejected() {
    assertThatThrownBy(() -> injection.update(c -> c, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void get_unparsableBody_throwsDecodingError() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"value\": 1}").build());

    assertThatThrownBy(() -> injection.get())
        .isInstanceOf(com.newstore.sdk.client.NewStoreDecodingException.class);
  }

  @Test
  void update_noConfigYet_createsWithVersionOne() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "application/problem+json")
            .body("{\"error_code\": \"not_found\"}")
            .build());
    server.enqueue(json(200, "order-injection-v4.json"));

    injection.update(c -> c.withSkipSoftRoutingOnInjection(true));

    expect(server, "GET", PATH);
    RecordedRequest create =
        expectJson(server, "POST", PATH, "{\"skip_soft_routing_on_injection\": true}");
    assertThat(create.getUrl().queryParameter("version")).isEqualTo("1");
  }
}
