package com.newstore.sdk.client.config;

import static com.newstore.sdk.client.testing.ServiceTestSupport.body;
import static com.newstore.sdk.client.testing.ServiceTestSupport.empty;
import static com.newstore.sdk.client.testing.ServiceTestSupport.fixture;
import static com.newstore.sdk.client.testing.ServiceTestSupport.json;
import static com.newstore.sdk.client.testing.ServiceTestSupport.parse;
import static com.newstore.sdk.client.testing.ServiceTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.ExtrasJson;
import com.newstore.sdk.client.testing.Samples;
import com.newstore.sdk.client.testing.ServiceTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfigServicesTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private NewStoreClient client;

  @BeforeEach
  void setUp() {
    client = ServiceTestSupport.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void associateAppGet_documentedSample_parsesValueAndUpdatedAtIgnoringUnknown() {
    server.enqueue(json(fixture("config/associate_app.json")));

    AssociateAppConfigurationResponse response = client.associateAppConfig().get();

    assertThat(response.value().useNewOmUi()).isTrue();
    assertThat(response.value().capabilities()).isEqualTo(new AssociateAppCapabilities(true));
    assertThat(response.updatedAt()).isEqualTo(Instant.parse("2025-03-04T10:15:30Z"));
  }

  @Test
  void associateAppSet_valueWrapped_sendsExactJson() {
    server.enqueue(empty(204));

    client
        .associateAppConfig()
        .set(new AssociateAppConfiguration(true, new AssociateAppCapabilities(true)));

    assertThat(body(take(server)))
        .isEqualTo(
            parse("{\"value\":{\"use_new_om_ui\":true,\"capabilities\":{\"mixed_cart\":true}}}"));
  }

  @Test
  void associateAppSet_unsetMembers_areLeftOut() {
    server.enqueue(empty(204));

    client.associateAppConfig().set(new AssociateAppConfiguration(true, null));

    assertThat(body(take(server))).isEqualTo(parse("{\"value\":{\"use_new_om_ui\":true}}"));
  }

  @Test
  void paymentGet_unknownRefundOption_isPreservedAndMarkedUnknown() {
    server.enqueue(json(fixture("config/payment.json")));

    PaymentConfigurationResponse response = client.paymentConfig().get();

    assertThat(response.value().useChargeApi()).isTrue();
    assertThat(response.value().refundOptions())
        .containsExactly(
            RefundOption.GIFT_CARD,
            RefundOption.E_GIFT_CARD,
            RefundOption.CREDIT_CARD,
            RefundOption.ORIGINAL,
            RefundOption.EXTERNAL,
            RefundOption.of("store_credit"));
    assertThat(response.value().refundOptions().get(5).isKnown()).isFalse();
    assertThat(response.value().refundOptions().get(0).isKnown()).isTrue();
    assertThat(response.updatedAt()).isEqualTo(Instant.parse("2025-03-04T09:15:30Z"));
  }

  @Test
  void paymentRefundOptions_storedOptions_areReturned() {
    server.enqueue(json("{\"value\":{\"use_charge_api\":true}}"));

    assertThat(client.paymentConfig().refundOptions()).isEmpty();
  }

  @Test
  void paymentSet_unknownOption_isSentAsIs() {
    server.enqueue(empty(200));

    client
        .paymentConfig()
        .set(
            new PaymentConfiguration(
                true, List.of(RefundOption.ORIGINAL, RefundOption.EXTERNAL, RefundOption.of("x"))));

    assertThat(body(take(server)))
        .isEqualTo(
            parse(
                "{\"value\":{\"use_charge_api\":true,"
                    + "\"refund_options\":[\"original\",\"external\",\"x\"]}}"));
  }

  @Test
  void fulfillmentGet_seed000Example_parsesEveryPart() {
    server.enqueue(json(fixture("config/fulfillment_config_seed000.json")));

    FulfillmentConfigDocument doc = client.fulfillmentConfig().get();

    FulfillmentConfiguration fc = doc.fulfillmentConfig();
    assertThat(doc.updatedAt()).isNull();
    ProviderRate rate = fc.providerRates().get("Priority");
    assertThat(rate.returnProviderRate()).isEmpty();
    assertThat(rate.serviceLevel()).isEqualTo("Priority");
    assertThat(rate.shippingCarrierName()).isEqualTo("USPS");
    assertThat(rate.shippingType()).isEqualTo("traditional_carrier");
    assertThat(rate.useAsCustomerFacingCost()).isFalse();
    assertThat(fc.routes()).hasSize(1);
    Route route = fc.routes().get(0);
    assertThat(route.destinationRegion().countries()).containsExactly("US");
    assertThat(route.destinationRegion().zipCodes()).containsExactly("*");
    assertThat(route.fulfilledBy().get("Priority"))
        .containsExactly(new FulfillmentNodeRate("9801", "Priority", Map.of()));
    ServiceLevel level = fc.serviceLevels().get("Priority");
    assertThat(level.currencyCode()).isEqualTo("USD");
    assertThat(level.deliveryTime()).isEqualTo("2-4 business days");
    assertThat(level.deliveryTimeAfterCutoffHour()).isEmpty();
    assertThat(level.displayName()).isEqualTo("Priority");
    assertThat(level.price()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(level.remorsePeriod()).isZero();
    assertThat(level.taxCode()).isEmpty();
    assertThat(fc.slLevelsPriority()).containsExactly("Priority");
    assertThat(fc.routingStrategy()).isNull();
  }

  @Test
  void fulfillmentSeed000Example_roundTrips() throws Exception {
    String seed = fixture("config/fulfillment_config_seed000.json");
    var adapter = ExtrasJson.moshi().adapter(FulfillmentConfigDocument.class);

    String written = adapter.toJson(adapter.fromJson(seed));

    assertThat(parse(written)).isEqualTo(parse(seed));
  }

  @Test
  void fulfillmentSet_seed000Config_sendsTheSeedDocument() {
    server.enqueue(empty(200));

    client.fulfillmentConfig().set(Samples.seedFulfillmentConfig());

    assertThat(body(take(server)))
        .isEqualTo(parse(fixture("config/fulfillment_config_seed000.json")));
  }

  @Test
  void fulfillmentGetThenSet_unknownMembersAndStrategy_areKeptAndSentBack() {
    String extended = fixture("config/fulfillment_config_extended.json");
    server.enqueue(json(extended));
    server.enqueue(empty(200));

    FulfillmentConfigDocument doc = client.fulfillmentConfig().get();
    client.fulfillmentConfig().set(doc.fulfillmentConfig());

    assertThat(doc.updatedAt()).isEqualTo(Instant.parse("2025-03-04T10:15:30.120Z"));
    assertThat(doc.extras()).containsEntry("revision", 12.0);
    FulfillmentConfiguration fc = doc.fulfillmentConfig();
    assertThat(fc.routingStrategy()).isEqualTo(RoutingStrategy.of("nearest_store_v2"));
    assertThat(fc.routingStrategy().isKnown()).isFalse();
    assertThat(fc.extras()).containsKey("zones");
    assertThat(fc.routes().get(0).extras()).containsEntry("name", "us-all");
    assertThat(fc.serviceLevels().get("Priority").price()).isEqualByComparingTo("4.95");
    take(server);
    @SuppressWarnings("unchecked")
    Map<String, Object> expected = (Map<String, Object>) parse(extended);
    expected.remove("updated_at");
    expected.remove("revision");
    assertThat(body(take(server))).isEqualTo(expected);
  }

  @Test
  void fulfillmentSet_externalRouting_sendsRoutingStrategy() {
    server.enqueue(empty(200));
    FulfillmentConfiguration seed = Samples.seedFulfillmentConfig();

    client
        .fulfillmentConfig()
        .set(
            new FulfillmentConfiguration(
                seed.providerRates(),
                seed.routes(),
                seed.serviceLevels(),
                seed.slLevelsPriority(),
                RoutingStrategy.EXTERNAL,
                null));

    @SuppressWarnings("unchecked")
    Map<String, Object> sent = (Map<String, Object>) body(take(server));
    assertThat(((Map<?, ?>) sent.get("fulfillment_config")).get("routing_strategy"))
        .isEqualTo("external");
  }

  @Test
  void transferGet_documentedSample_parsesAndKeepsUnknown() {
    server.enqueue(json(fixture("config/transfer_shipping.json")));

    TransferShippingConfigurationResponse response = client.transferShippingConfig().get();

    assertThat(response.value().slLevelsPriority()).containsExactly("Priority");
    assertThat(response.value().serviceLevels()).containsKey("Priority");
    assertThat(response.value().extras()).containsEntry("receiving_locations", List.of("DC-01"));
    assertThat(response.updatedAt()).isEqualTo(Instant.parse("2025-03-04T10:15:30Z"));
  }

  @Test
  void transferCopyFromFulfillmentConfig_sendsSameServiceLevelsAndPriority() {
    server.enqueue(json(fixture("config/fulfillment_config_seed000.json")));
    server.enqueue(empty(201));

    TransferShippingConfiguration sentConfig =
        client.transferShippingConfig().copyFromFulfillmentConfig(client.fulfillmentConfig());

    take(server);
    @SuppressWarnings("unchecked")
    Map<String, Object> seed =
        (Map<String, Object>)
            ((Map<?, ?>) parse(fixture("config/fulfillment_config_seed000.json")))
                .get("fulfillment_config");
    assertThat(body(take(server)))
        .isEqualTo(
            Map.of(
                "value",
                Map.of(
                    "service_levels", seed.get("service_levels"),
                    "sl_levels_priority", seed.get("sl_levels_priority"))));
    assertThat(sentConfig.slLevelsPriority()).containsExactly("Priority");
  }

  @Test
  void distributionCenterGet_documentedSample_parsesAndRedactsKey() {
    server.enqueue(json(fixture("config/distribution_center.json")));

    DistributionCenterConfigurationResponse response =
        client.distributionCenterConfig().get("DC-01");

    assertThat(response.value().url()).isEqualTo("https://wms.example.com/newstore/fulfillment");
    assertThat(response.value().apiKey()).isEqualTo("dc-secret-key-0123456789");
    assertThat(response.updatedAt()).isEqualTo(Instant.parse("2025-03-04T10:15:30Z"));
    assertThat(response.toString()).doesNotContain("dc-secret-key").contains("<redacted>");
  }

  @Test
  void distributionCenterSet_sendsUrlAndKeyUnderValue() {
    server.enqueue(empty(204));

    client
        .distributionCenterConfig()
        .set(
            "DC 01/a",
            new DistributionCenterConfiguration("https://wms.example.com/ff", "dc-key-0123456789"));

    var request = take(server);
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v0/config/distribution_centers/DC%2001%2Fa");
    assertThat(body(request))
        .isEqualTo(
            parse(
                "{\"value\":{\"url\":\"https://wms.example.com/ff\","
                    + "\"api_key\":\"dc-key-0123456789\"}}"));
  }

  @Test
  void distributionCenterConfigToString_neverShowsApiKey() {
    DistributionCenterConfiguration config =
        new DistributionCenterConfiguration("https://wms.example.com/ff", "super-secret-dc-key");
    DistributionCenterConfiguration keyless =
        new DistributionCenterConfiguration("https://wms.example.com/ff", null);

    assertThat(config.toString())
        .doesNotContain("super-secret-dc-key")
        .contains("<redacted>")
        .contains("https://wms.example.com/ff");
    assertThat(keyless.toString()).contains("apiKey=null");
  }

  @Test
  void fulfillmentDocument_nullMembers_parseAsUnsetAndAreNotWrittenBack() throws Exception {
    var adapter = ExtrasJson.moshi().adapter(FulfillmentConfigDocument.class);
    String json =
        "{\"fulfillment_config\":{\"provider_rates\":null,\"routes\":[],"
            + "\"service_levels\":{},\"sl_levels_priority\":[],\"routing_strategy\":null,"
            + "\"note\":null},\"updated_at\":null}";

    FulfillmentConfigDocument doc = adapter.fromJson(json);

    assertThat(doc.updatedAt()).isNull();
    assertThat(doc.fulfillmentConfig().routingStrategy()).isNull();
    assertThat(doc.fulfillmentConfig().providerRates()).isEmpty();
    assertThat(doc.fulfillmentConfig().extras()).isEmpty();
    assertThat(parse(adapter.toJson(doc)))
        .isEqualTo(
            parse(
                "{\"fulfillment_config\":{\"provider_rates\":{},\"routes\":[],"
                    + "\"service_levels\":{},\"sl_levels_priority\":[]}}"));
  }

  @Test
  void fulfillmentDocument_wrongMemberType_failsAsDecodingError() {
    server.enqueue(json("{\"fulfillment_config\":{\"routes\":\"not-a-list\"}}"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.fulfillmentConfig().get())
        .isInstanceOf(com.newstore.sdk.client.NewStoreDecodingException.class);
  }

  @Test
  void fulfillmentGet_emptySuccessBody_throwsDecodingNotNetwork() {
    server.enqueue(empty(200));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.fulfillmentConfig().get())
        .isInstanceOf(com.newstore.sdk.client.NewStoreDecodingException.class)
        .hasMessageContaining("empty body");
  }

  @Test
  void paymentGet_malformedJson_throwsDecoding() {
    server.enqueue(json("{\"value\": {\"use_charge_api\": tru"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.paymentConfig().get())
        .isInstanceOf(com.newstore.sdk.client.NewStoreException.class);
  }

  @Test
  void openEnums_blankValue_isRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RefundOption.of(" "))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoutingStrategy.of(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RoutingStrategy.EXTERNAL.isKnown()).isTrue();
  }

  @Test
  void serviceLevelBuilder_setsEveryMember() {
    ServiceLevel level =
        ServiceLevel.builder("Express", "EUR")
            .deliveryTime("1 day")
            .deliveryTimeAfterCutoffHour("2 days")
            .price(new BigDecimal("9.90"))
            .remorsePeriod(30)
            .taxCode("T1")
            .build();

    assertThat(level)
        .isEqualTo(
            new ServiceLevel(
                "EUR", "1 day", "2 days", "Express", new BigDecimal("9.90"), 30, "T1", null));
  }
}
