package com.newstore.sdk.testkit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import com.newstore.sdk.client.config.FulfillmentConfiguration;
import com.newstore.sdk.client.config.PaymentConfigName;
import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.TransferRoute;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.client.internal.DistributionCenterConfigApi;
import com.newstore.sdk.client.internal.ExtrasJson;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
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
  void associateApp_updateThenGet_keepsTheDocument(NewStoreClient client) {
    client.associateAppConfig().update(c -> c.withMixedCart(true));

    AssociateAppConfiguration read = client.associateAppConfig().get().orElseThrow().value();

    assertThat(read.mixedCart()).contains(true);
  }

  @Test
  void associateApp_unset_readsEmpty(NewStoreClient client) {
    assertThat(client.associateAppConfig().get()).isEmpty();
  }

  @Test
  void payment_setThenGet_roundTrips(NewStoreClient client) {
    PaymentConfiguration config = PaymentConfiguration.empty().withUseChargeApi(true);

    client.paymentConfig().config(PaymentConfigName.PAYMENT_OPTIONS).set(config);

    assertThat(
            client
                .paymentConfig()
                .config(PaymentConfigName.PAYMENT_OPTIONS)
                .get()
                .orElseThrow()
                .value()
                .useChargeApi())
        .contains(true);
  }

  @Test
  void fulfillment_setThenGet_roundTrips(NewStoreClient client) {
    FulfillmentConfiguration config = seedFulfillmentConfig();

    client.fulfillmentConfig().set(FulfillmentConfigDocument.of(config));
    FulfillmentConfigDocument read = client.fulfillmentConfig().get().orElseThrow().value();

    assertThat(read.fulfillmentConfig()).isEqualTo(config);
  }

  @Test
  void transferShipping_setThenGet_roundTrips(NewStoreClient client) {
    TransferShippingConfiguration config =
        TransferShippingConfiguration.of(
            List.of(TransferRoute.of("store1_NYC", List.of("*"), List.of("Priority"))));

    client.transferShippingConfig().set(config);

    assertThat(client.transferShippingConfig().get().orElseThrow().value().entries())
        .isEqualTo(config.entries());
  }

  @Test
  void distributionCenter_setThenGet_roundTrips(NewStoreClient client) {
    DistributionCenterConfiguration config =
        new DistributionCenterConfiguration("https://dc.example.com/fulfillment", "dc-key");

    client.distributionCenterConfig().node("dc-1").set(config);

    assertThat(client.distributionCenterConfig().node("dc-1").get().orElseThrow().value())
        .isEqualTo(config);
    assertThat(client.distributionCenterConfig().node("dc-2").get()).isEmpty();
  }

  @Test
  void distributionCenter_relativeUrlPastClientValidation_badRequest(NewStoreClient client) {
    DistributionCenterConfigApi raw =
        Transport.of(client).create(DistributionCenterConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .executeNullable(raw.set("dc-1", RawJson.of(Map.of("url", "/dc")))))
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
