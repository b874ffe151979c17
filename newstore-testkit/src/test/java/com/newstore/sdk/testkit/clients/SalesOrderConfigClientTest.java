package com.newstore.sdk.testkit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.BigOrderLimits;
import com.newstore.sdk.client.config.ConfigValue;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.client.config.OrderIdSequenceAlreadySetException;
import com.newstore.sdk.client.config.SalesOrderConfigService;
import com.newstore.sdk.client.internal.ConfigWire;
import com.newstore.sdk.client.internal.SalesOrderConfigApi;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sales order configuration rules of the simulator, through {@link SalesOrderConfigService}.
 */
@NewStoreSimulatorTest
class SalesOrderConfigClientTest {

  @Test
  void salesOrderExternalOms_setThenGet_roundTrips(NewStoreClient client, NewStoreSimulator sim) {
    client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true));

    assertThat(client.salesOrderConfig().externalOms().get().orElseThrow().value().enabled())
        .isTrue();
    assertThat(sim.config(SimulatorRoutes.SALES_ORDER_EXTERNAL_OMS).orElseThrow().value())
        .isEqualTo(Map.of("enabled", true));
  }

  @Test
  void orderIdSequence_setOnce_readsBack(NewStoreClient client) {
    OrderIdSequence sequence = new OrderIdSequence("NS-", 8, 1000, 1);

    client.salesOrderConfig().orderIdSequence().set(sequence);

    assertThat(client.salesOrderConfig().orderIdSequence().get().orElseThrow().value())
        .isEqualTo(sequence);
  }

  @Test
  void orderIdSequence_sameValueAgain_isHarmless(NewStoreClient client) {
    OrderIdSequence sequence = new OrderIdSequence("NS-", 8, 1000, 1);
    client.salesOrderConfig().orderIdSequence().set(sequence);

    client.salesOrderConfig().orderIdSequence().set(sequence);

    assertThat(client.salesOrderConfig().orderIdSequence().get().orElseThrow().value())
        .isEqualTo(sequence);
  }

  @Test
  void orderIdSequence_differentSecondWrite_alreadySet(NewStoreClient client) {
    client.salesOrderConfig().orderIdSequence().set(new OrderIdSequence("NS-", 8, 1000, 1));

    assertThatThrownBy(
            () ->
                client
                    .salesOrderConfig()
                    .orderIdSequence()
                    .set(new OrderIdSequence("XX-", 8, 1, 1)))
        .isInstanceOf(OrderIdSequenceAlreadySetException.class)
        .satisfies(
            e -> assertThat(((OrderIdSequenceAlreadySetException) e).statusCode()).isEqualTo(409));
    assertThat(client.salesOrderConfig().orderIdSequence().get().orElseThrow().value().prefix())
        .isEqualTo("NS-");
  }

  @Test
  void orderIdSequence_zeroStepPastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .execute(
                        raw.setOrderIdSequence(RawJson.value(new OrderIdSequence("NS-", 8, 1, 0)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("step");
  }

  @Test
  void gracePeriod_setThenGet_carriesSchema(NewStoreClient client) {
    client.salesOrderConfig().gracePeriod().set(Duration.ofMinutes(2));
    ConfigValue<Duration> read = client.salesOrderConfig().gracePeriod().get().orElseThrow();

    assertThat(read.value()).isEqualTo(Duration.ofSeconds(120));
    assertThat(read.updatedAt()).isNotNull();
  }

  @Test
  void gracePeriod_negativePastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () -> Transport.of(client).executor().execute(raw.setGracePeriod(RawJson.value(-1L))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining(">= 0");
  }

  @Test
  void cancellableLocations_setThenGet_roundTrips(NewStoreClient client) {
    Set<LocationType> locations = Set.of(LocationType.STORE, LocationType.DC);

    client.salesOrderConfig().cancellableLocations().set(locations);
    assertThat(client.salesOrderConfig().cancellableLocations().get().orElseThrow().value())
        .isEqualTo(locations);
  }

  @Test
  void cancellableLocations_unknownLocationType_badRequest(NewStoreClient client) {
    assertThatThrownBy(
            () ->
                client
                    .salesOrderConfig()
                    .cancellableLocationsAllowingUndocumentedTypes()
                    .set(Set.of(LocationType.of("warehouse"))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("warehouse");
  }

  @Test
  void cancellableLocations_emptyPastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .execute(raw.setCancellableLocations(RawJson.value(List.of()))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("non-empty");
  }

  @Test
  void bigOrderLimits_unset_defaultsTo100(NewStoreClient client) {
    assertThat(client.salesOrderConfig().bigOrders().get().orElseThrow().value())
        .isEqualTo(BigOrderLimits.defaults());
  }

  @Test
  void bigOrderLimits_set_readsBack(NewStoreClient client) {
    client.salesOrderConfig().bigOrders().set(new BigOrderLimits(250));

    assertThat(
            client
                .salesOrderConfig()
                .bigOrders()
                .get()
                .orElseThrow()
                .value()
                .softLimitForBigOrders())
        .isEqualTo(250);
  }

  @Test
  void bigOrderLimits_zeroPastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .execute(raw.setBigOrders(RawJson.value(new BigOrderLimits(0)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("soft_limit_for_big_orders");
  }

  @Test
  void externalOrderWebhook_setThenGet_roundTrips(NewStoreClient client) {
    client
        .salesOrderConfig()
        .externalOrderWebhook()
        .set(
            ExternalOrderWebhookConfig.of("https://oms.example.com/hooks", "key-1")
                .withTimeout(Duration.ofSeconds(20)));

    ExternalOrderWebhookConfig read =
        client.salesOrderConfig().externalOrderWebhook().get().orElseThrow().value();
    assertThat(read.url()).isEqualTo("https://oms.example.com/hooks");
    assertThat(read.apiKey()).isEqualTo("key-1");
    assertThat(read.timeout()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void externalOrderWebhook_withoutTimeout_storesDefault15(
      NewStoreClient client, NewStoreSimulator sim) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);
    Transport.of(client)
        .executor()
        .executeNullable(
            raw.setExternalOrderWebhook(
                RawJson.value(
                    new ConfigWire.ExternalOrderWebhook("https://oms.example.com", "k", null))))
        .close();

    assertThat(
            client.salesOrderConfig().externalOrderWebhook().get().orElseThrow().value().timeout())
        .isEqualTo(Duration.ofSeconds(15));
    assertThat(sim.config(SimulatorRoutes.EXTERNAL_ORDER_WEBHOOK).orElseThrow().value())
        .isEqualTo(Map.of("url", "https://oms.example.com", "api_key", "k", "timeout", 15L));
  }

  @Test
  void externalOrderWebhook_timeoutOver25PastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .execute(
                        raw.setExternalOrderWebhook(
                            RawJson.value(
                                new ConfigWire.ExternalOrderWebhook(
                                    "https://oms.example.com", "k", 26)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("timeout");
  }

  @Test
  void externalOrderWebhook_relativeUrlPastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .execute(
                        raw.setExternalOrderWebhook(
                            RawJson.value(
                                new ConfigWire.ExternalOrderWebhook("/relative", "", 10)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("url")
        .hasMessageContaining("api_key");
  }
}
