package com.newstore.sdk.client.config;

import static com.newstore.sdk.client.config.ConfigTestSupport.client;
import static com.newstore.sdk.client.config.ConfigTestSupport.empty;
import static com.newstore.sdk.client.config.ConfigTestSupport.expect;
import static com.newstore.sdk.client.config.ConfigTestSupport.json;
import static com.newstore.sdk.client.config.ConfigTestSupport.parseObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.ClientEndpoints;
import com.newstore.sdk.client.NewStoreClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bare-document configurations, against NewStore's published paths and shapes. */
class DocumentConfigServicesTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private NewStoreClient client;

  @BeforeEach
  void setUp() {
    client = client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void associateApp_update_readsModifiesAndWritesTheWholeDocument() throws Exception {
    server.enqueue(json(200, "associate_app.json"));
    server.enqueue(empty(204));

    client.associateAppConfig().update(c -> c.withMixedCart(false).withOfflineMode(true));

    expect(server, "GET", "/api/v1/associate-app/config");
    RecordedRequest write = expect(server, "POST", "/api/v1/associate-app/config");
    Map<String, Object> sent = parseObject(write.getBody().utf8());
    Map<String, Object> stored = parseObject(ConfigTestSupport.fixture("associate_app.json"));
    assertThat(sent.keySet()).containsExactlyElementsOf(stored.keySet());
    assertThat(sent.get("capabilities"))
        .isEqualTo(
            Map.of(
                "mixed_cart", false,
                "offline_mode", true,
                "cash_for_endless_aisle_orders_enabled", true,
                "clienteling", false));
    assertThat(sent.get("commerce_components")).isEqualTo(stored.get("commerce_components"));
  }

  @Test
  void associateApp_notSetYet_updateStartsFromAnEmptyDocument() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).build());
    server.enqueue(empty(204));

    client.associateAppConfig().update(c -> c.withMixedCart(true));

    expect(server, "GET", "/api/v1/associate-app/config");
    RecordedRequest write = expect(server, "POST", "/api/v1/associate-app/config");
    assertThat(parseObject(write.getBody().utf8()))
        .isEqualTo(Map.of("capabilities", Map.of("mixed_cart", true)));
  }

  @Test
  void associateApp_useNewOmUi_locationIsConfigurable() {
    AssociateAppConfiguration doc =
        AssociateAppConfiguration.empty().withUseNewOmUi("/ui_configurations/use_new_om_ui", true);

    assertThat(doc.useNewOmUi()).isEmpty();
    assertThat(doc.useNewOmUi("/ui_configurations/use_new_om_ui")).contains(true);
  }

  @Test
  void associateApp_methodOverride_sendsTheChosenMethod() throws Exception {
    server.enqueue(empty(204));
    try (NewStoreClient put =
        ConfigTestSupport.builder(server)
            .methodOverride(ClientEndpoints.ASSOCIATE_APP_CONFIG_SET, "put")
            .build()) {
      put.associateAppConfig().set(AssociateAppConfiguration.empty().withMixedCart(true));
    }
    expect(server, "PUT", "/api/v1/associate-app/config");
  }

  @Test
  void payment_adyenAdapter_keepsNumbersExactlyOnRoundTrip() throws Exception {
    server.enqueue(json(200, "payment_adyen_adapter.json"));
    server.enqueue(empty(204));

    client
        .paymentConfig()
        .config(PaymentConfigName.ADYEN_ADAPTER)
        .update(c -> c.withUseChargeApi(true));

    expect(server, "GET", "/v1/p/config/adyen_adapter");
    RecordedRequest write = expect(server, "POST", "/v1/p/config/adyen_adapter");
    String body = write.getBody().utf8();
    assertThat(body).contains("\"timeout\":30,").doesNotContain("30.0");
    assertThat(body).contains("\"use_charge_api\":true");
    assertThat(body).contains("\"capture_delay\":\"manual\"");
  }

  @Test
  void payment_valueAtPointer_readsNumbersAsBigDecimal() throws Exception {
    server.enqueue(json(200, "payment_adyen_adapter.json"));

    PaymentConfiguration adyen =
        client.paymentConfig().config(PaymentConfigName.ADYEN_ADAPTER).get().orElseThrow().value();

    assertThat(((List<?>) adyen.at("/config").orElseThrow())).hasSize(1);
    assertThat(adyen.useChargeApi()).isEmpty();
    assertThat(PaymentConfigName.of("newstore_checkout").isKnown()).isTrue();
  }

  @Test
  void distributionCenter_bareDocument_keepsUnknownMembers() throws Exception {
    server.enqueue(json(200, "distribution_center.json"));
    server.enqueue(empty(204));

    client.distributionCenterConfig().node("DC-01").update(dc -> dc);

    expect(server, "GET", "/v0/d/config/dc/DC-01");
    RecordedRequest write = expect(server, "POST", "/v0/d/config/dc/DC-01");
    assertThat(parseObject(write.getBody().utf8()))
        .containsEntry("url", "https://wms.example.com/newstore/fulfillment")
        .containsKey("timeout");
  }

  @Test
  void distributionCenter_update_whenNotSet_throwsConfigurationNotSet() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    assertThatThrownBy(() -> client.distributionCenterConfig().node("DC-09").update(dc -> dc))
        .isInstanceOf(ConfigurationNotSetException.class)
        .hasMessageContaining("set(");
  }

  @Test
  void transferShipping_readsTheTutorialKeyAndTheConnectorKey() throws Exception {
    server.enqueue(json(200, "transfer_shipping.json"));
    server.enqueue(json(200, "transfer_shipping_connector.json"));

    TransferShippingConfiguration tutorial =
        client.transferShippingConfig().get().orElseThrow().value();
    TransferShippingConfiguration connector =
        client.transferShippingConfig().get().orElseThrow().value();

    assertThat(tutorial.entries()).hasSize(2);
    assertThat(tutorial.entries().get(1).toLocationIds())
        .containsExactly(TransferRoute.ANY_LOCATION);
    assertThat(connector.entries()).hasSize(1);
    expect(server, "GET", "/v0/i/inventory/transfer_shipping_config");
  }

  @Test
  void transferShipping_set_sendsTheTutorialKey() throws Exception {
    server.enqueue(empty(200));

    client
        .transferShippingConfig()
        .set(
            TransferShippingConfiguration.of(
                List.of(TransferRoute.of("store1_NYC", List.of("DC01"), List.of("TRADITIONAL")))));

    RecordedRequest write = expect(server, "POST", "/v0/i/inventory/transfer_shipping_config");
    assertThat(parseObject(write.getBody().utf8()))
        .isEqualTo(
            Map.of(
                "transfer_order_configuration",
                List.of(
                    Map.of(
                        "from_location_id", "store1_NYC",
                        "to_location_ids", List.of("DC01"),
                        "service_level_ids", List.of("TRADITIONAL")))));
  }

  @Test
  void transferShipping_serviceLevelProblems_acceptsASubsetInPriorityOrder() throws Exception {
    server.enqueue(json(200, "fulfillment_config_tutorial.json"));
    FulfillmentConfiguration fc =
        client.fulfillmentConfig().get().orElseThrow().value().fulfillmentConfig();

    assertThat(config("TRADITIONAL").serviceLevelProblems(fc)).isEmpty();
    assertThat(config("SAME_DAY", "TRADITIONAL").serviceLevelProblems(fc)).isEmpty();
    assertThat(config("TRADITIONAL", "SAME_DAY").serviceLevelProblems(fc))
        .singleElement()
        .asString()
        .contains("priority order");
    assertThat(config("EXPRESS").serviceLevelProblems(fc))
        .singleElement()
        .asString()
        .contains("not in the fulfillment configuration");
  }

  @Test
  void fulfillment_tutorialConfiguration_isAcceptedAndOnlyTheEndlessAisleCheckObjects()
      throws Exception {
    server.enqueue(json(200, "fulfillment_config_tutorial.json"));
    server.enqueue(empty(204));

    FulfillmentConfigDocument doc = client.fulfillmentConfig().get().orElseThrow().value();
    client.fulfillmentConfig().set(doc);

    expect(server, "GET", "/_/v0/dontuse/fulfillment_config");
    expect(server, "POST", "/_/v0/dontuse/fulfillment_config");
    FulfillmentConfiguration fc = doc.fulfillmentConfig();
    assertThat(fc.providerRatesPriority()).containsExactly("SameDay", "Ground");
    assertThat(fc.serviceLevels().get("SAME_DAY").price())
        .isEqualByComparingTo(BigDecimal.TEN.add(BigDecimal.valueOf(5)));
    assertThat(fc.endlessAisleRoutingProblems())
        .containsExactly("every route's fulfilled_by must list every service level");
  }

  private static TransferShippingConfiguration config(String... levels) {
    return TransferShippingConfiguration.of(
        List.of(TransferRoute.of("store1_NYC", List.of("*"), List.of(levels))));
  }
}
