package com.newstore.sdk.testkit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.config.AssociateAppCapabilities;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.AssociateAppConfigurationResponse;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.DistributionCenterConfigurationResponse;
import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import com.newstore.sdk.client.config.FulfillmentConfiguration;
import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.RefundOption;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.client.internal.DistributionCenterConfigApi;
import com.newstore.sdk.client.internal.ExtrasJson;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.internal.ValueRequest;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The document-style configuration APIs (Associate App, payment, fulfillment, transfer shipping,
 * distribution centers) of the simulator, through their clients.
 */
@NewStoreSimulatorTest
class DocumentConfigClientTest {

  @Test
  void associateApp_setThenGet_roundTrips(NewStoreClient client, NewStoreSimulator sim) {
    AssociateAppConfiguration config =
        new AssociateAppConfiguration(true, new AssociateAppCapabilities(false));

    client.associateAppConfig().set(config);
    AssociateAppConfigurationResponse read = client.associateAppConfig().get();

    assertThat(read.value()).isEqualTo(config);
    assertThat(read.updatedAt()).isNotNull();
    assertThat(sim.config(SimulatorRoutes.ASSOCIATE_APP_CONFIG).orElseThrow().value())
        .isEqualTo(Map.of("use_new_om_ui", true, "capabilities", Map.of("mixed_cart", false)));
  }

  @Test
  void associateApp_unset_notFound(NewStoreClient client) {
    assertThatThrownBy(() -> client.associateAppConfig().get())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void payment_setThenGet_roundTrips(NewStoreClient client) {
    PaymentConfiguration config =
        new PaymentConfiguration(
            true, List.of(RefundOption.ORIGINAL, RefundOption.of("store_credit")));

    client.paymentConfig().set(config);

    assertThat(client.paymentConfig().get().value()).isEqualTo(config);
    assertThat(client.paymentConfig().refundOptions())
        .containsExactly(RefundOption.ORIGINAL, RefundOption.of("store_credit"));
  }

  @Test
  void fulfillment_setThenGet_roundTrips(NewStoreClient client) {
    FulfillmentConfiguration config = seedFulfillmentConfig();

    client.fulfillmentConfig().set(config);
    FulfillmentConfigDocument read = client.fulfillmentConfig().get();

    assertThat(read.fulfillmentConfig()).isEqualTo(config);
    assertThat(read.updatedAt()).isNotNull();
  }

  @Test
  void transferShipping_copyFromFulfillmentConfig_storesServiceLevels(NewStoreClient client) {
    client.fulfillmentConfig().set(seedFulfillmentConfig());

    TransferShippingConfiguration copied =
        client.transferShippingConfig().copyFromFulfillmentConfig(client.fulfillmentConfig());

    TransferShippingConfiguration read = client.transferShippingConfig().get().value();
    assertThat(read.serviceLevels()).isEqualTo(copied.serviceLevels());
    assertThat(read.slLevelsPriority()).isEqualTo(copied.slLevelsPriority());
    assertThat(client.transferShippingConfig().get().updatedAt()).isNotNull();
  }

  @Test
  void distributionCenter_setThenGet_roundTripsAndFeedsTheSender(
      NewStoreClient client, NewStoreSimulator sim) {
    DistributionCenterConfiguration config =
        new DistributionCenterConfiguration("https://dc.example.com/fulfillment", "dc-key");

    client.distributionCenterConfig().set("dc-1", config);
    DistributionCenterConfigurationResponse read = client.distributionCenterConfig().get("dc-1");

    assertThat(read.value()).isEqualTo(config);
    assertThat(read.updatedAt()).isNotNull();
    assertThat(sim.config(SimulatorRoutes.dcConfig("dc-1")).orElseThrow().value())
        .isEqualTo(Map.of("url", "https://dc.example.com/fulfillment", "api_key", "dc-key"));
    assertThatThrownBy(() -> client.distributionCenterConfig().get("dc-2"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void distributionCenter_relativeUrlPastClientValidation_badRequest(NewStoreClient client) {
    DistributionCenterConfigApi raw =
        Transport.of(client).create(DistributionCenterConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .executeNullable(
                        raw.set(
                            "dc-1",
                            new ValueRequest<>(new DistributionCenterConfiguration("/dc", null)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("url");
  }

  static FulfillmentConfiguration seedFulfillmentConfig() {
    try (InputStream in =
        DocumentConfigClientTest.class.getResourceAsStream(
            "/fixtures/fulfillment_config_seed000.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ExtrasJson.moshi()
          .adapter(FulfillmentConfigDocument.class)
          .fromJson(json)
          .fulfillmentConfig();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
