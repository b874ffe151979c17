package com.newstore.sdk.testkit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.ExternalIdentifier;
import com.newstore.sdk.client.config.RoutingFlag;
import com.newstore.sdk.client.internal.AvailabilityConfigApi;
import com.newstore.sdk.client.internal.ConfigWire;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The availability and routing rules of the simulator, through the availability client. */
@NewStoreSimulatorTest
class AvailabilityConfigClientTest {
  private static final String KEY = "0123456789abcdefghij-atp";

  @Test
  void webhook_updateGetDelete_roundTrips(NewStoreClient client, NewStoreSimulator sim) {
    AvailabilityWebhookConfig config =
        AvailabilityWebhookConfig.of("https://atp.example.com/check", KEY, Duration.ofSeconds(10));

    client.availabilityConfig().webhook().set(config);
    AvailabilityWebhookConfig read =
        client.availabilityConfig().webhook().get().orElseThrow().value();
    client.availabilityConfig().deleteWebhook();

    assertThat(read).isEqualTo(config);
    assertThat(read.externalIdentifier()).isEqualTo(ExternalIdentifier.PRODUCT_ID);
    assertThat(sim.config(SimulatorRoutes.ATP_WEBHOOK)).isEmpty();
    assertThat(client.availabilityConfig().webhook().get()).isEmpty();
  }

  @Test
  void webhook_deleteWhenUnset_notFound(NewStoreClient client) {
    assertThatThrownBy(() -> client.availabilityConfig().deleteWebhook())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void webhook_httpUrlShortKeyPastClientValidation_badRequest(NewStoreClient client) {
    AvailabilityConfigApi raw = Transport.of(client).create(AvailabilityConfigApi.class);
    ConfigWire.AvailabilityWebhook wire =
        new ConfigWire.AvailabilityWebhook(
            "http://atp.example.com", "short", ExternalIdentifier.of("sku"), 4);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .executeNullable(raw.updateWebhook(RawJson.of(wire))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("https")
        .hasMessageContaining("api_key")
        .hasMessageContaining("external_identifier")
        .hasMessageContaining("timeout");
  }

  @Test
  void usesExternalAtp_setThenGet_roundTrips(NewStoreClient client, NewStoreSimulator sim) {
    client.availabilityConfig().usesExternalAtp().set(true);

    assertThat(client.availabilityConfig().usesExternalAtp().get().orElseThrow().value()).isTrue();
    assertThat(
            client
                .availabilityConfig()
                .routingFlag(RoutingFlag.USES_EXTERNAL_ATP)
                .get()
                .orElseThrow()
                .value())
        .isTrue();
    assertThat(sim.config(SimulatorRoutes.USES_EXTERNAL_ATP).orElseThrow().value()).isEqualTo(true);
  }

  @Test
  void usesExternalAtp_unset_notFound(NewStoreClient client) {
    assertThat(client.availabilityConfig().usesExternalAtp().get()).isEmpty();
  }

  @Test
  void routingFlag_noValuePastClientValidation_badRequest(NewStoreClient client) {
    AvailabilityConfigApi raw = Transport.of(client).create(AvailabilityConfigApi.class);
    // A null value is left out of the JSON, so the body is {}.
    String notABoolean = "{}";

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .executeNullable(
                        raw.setRoutingFlag("cancel_on_conflict", RawJson.of(notABoolean))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("value is required");
  }

  @Test
  void routingFlag_setThenGet_roundTrips(NewStoreClient client) {
    client
        .availabilityConfig()
        .routingFlag(RoutingFlag.REROUTE_TO_REJECTED_FULFILLMENT_NODES)
        .set(true);
    client.availabilityConfig().routingFlag(RoutingFlag.ENABLE_AUTOMATIC_REROUTING).set(false);

    assertThat(
            client
                .availabilityConfig()
                .routingFlag(RoutingFlag.REROUTE_TO_REJECTED_FULFILLMENT_NODES)
                .get()
                .orElseThrow()
                .value())
        .isTrue();
    assertThat(
            client
                .availabilityConfig()
                .routingFlag(RoutingFlag.ENABLE_AUTOMATIC_REROUTING)
                .get()
                .orElseThrow()
                .value())
        .isFalse();
  }
}
