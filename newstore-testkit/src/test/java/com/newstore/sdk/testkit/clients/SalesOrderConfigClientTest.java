package com.newstore.sdk.testkit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.config.BigOrderLimits;
import com.newstore.sdk.client.config.ConfigValue;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.GracePeriodConfig;
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
  void externalOmsV0_setThenGet_roundTrips(NewStoreClient client) {
    ConfigValue<ExternalOmsSetting> set = client.externalOmsConfig().enable();

    assertThat(set.value().enabled()).isTrue();
    assertThat(set.updatedAt()).isNotNull();
    assertThat(client.externalOmsConfig().get().value().enabled()).isTrue();
    assertThat(client.externalOmsConfig().disable().value().enabled()).isFalse();
  }

  @Test
  void externalOmsV0_unset_notFound(NewStoreClient client) {
    assertThatThrownBy(() -> client.externalOmsConfig().get())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void salesOrderExternalOms_setThenGet_roundTrips(NewStoreClient client, NewStoreSimulator sim) {
    client.salesOrderConfig().setExternalOms(new ExternalOmsSetting(true));

    assertThat(client.salesOrderConfig().externalOms().value().enabled()).isTrue();
    assertThat(sim.config(SimulatorRoutes.SALES_ORDER_EXTERNAL_OMS).orElseThrow().value())
        .isEqualTo(Map.of("enabled", true));
  }

  @Test
  void orderIdSequence_setOnce_readsBack(NewStoreClient client) {
    OrderIdSequence sequence = new OrderIdSequence("NS-", 8, 1000, 1);

    ConfigValue<OrderIdSequence> set = client.salesOrderConfig().setOrderIdSequence(sequence);

    assertThat(set.value()).isEqualTo(sequence);
    assertThat(client.salesOrderConfig().orderIdSequence().value()).isEqualTo(sequence);
  }

  @Test
  void orderIdSequence_sameValueAgain_isHarmless(NewStoreClient client) {
    OrderIdSequence sequence = new OrderIdSequence("NS-", 8, 1000, 1);
    client.salesOrderConfig().setOrderIdSequence(sequence);

    assertThat(client.salesOrderConfig().setOrderIdSequence(sequence).value()).isEqualTo(sequence);
  }

  @Test
  void orderIdSequence_differentSecondWrite_alreadySet(NewStoreClient client) {
    client.salesOrderConfig().setOrderIdSequence(new OrderIdSequence("NS-", 8, 1000, 1));

    assertThatThrownBy(
            () -> client.salesOrderConfig().setOrderIdSequence(new OrderIdSequence("XX-", 8, 1, 1)))
        .isInstanceOf(OrderIdSequenceAlreadySetException.class)
        .satisfies(
            e -> assertThat(((OrderIdSequenceAlreadySetException) e).statusCode()).isEqualTo(409));
    assertThat(client.salesOrderConfig().orderIdSequence().value().prefix()).isEqualTo("NS-");
  }

  @Test
  void orderIdSequence_zeroStepPastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .execute(
                        raw.setOrderIdSequence(
                            new ConfigWire.ValueBody<>(new OrderIdSequence("NS-", 8, 1, 0)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("step");
  }

  @Test
  void gracePeriod_setThenGet_carriesSchema(NewStoreClient client) {
    GracePeriodConfig set = client.salesOrderConfig().setGracePeriod(Duration.ofMinutes(2));
    GracePeriodConfig read = client.salesOrderConfig().gracePeriod();

    assertThat(set.gracePeriod()).isEqualTo(Duration.ofSeconds(120));
    assertThat(read.gracePeriod()).isEqualTo(Duration.ofSeconds(120));
    assertThat(read.schema()).containsEntry("type", "integer");
    assertThat(read.updatedAt()).isNotNull();
  }

  @Test
  void gracePeriod_negativePastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .execute(raw.setGracePeriod(new ConfigWire.ValueBody<>(-1L))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining(">= 0");
  }

  @Test
  void cancellableLocations_setThenGet_roundTrips(NewStoreClient client) {
    Set<LocationType> locations = Set.of(LocationType.STORE, LocationType.DC);

    assertThat(client.salesOrderConfig().setCancellableLocations(locations).value())
        .isEqualTo(locations);
    assertThat(client.salesOrderConfig().cancellableLocations().value()).isEqualTo(locations);
  }

  @Test
  void cancellableLocations_unknownLocationType_badRequest(NewStoreClient client) {
    assertThatThrownBy(
            () ->
                client
                    .salesOrderConfig()
                    .setCancellableLocations(Set.of(LocationType.of("warehouse"))))
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
                    .execute(raw.setCancellableLocations(new ConfigWire.ValueBody<>(List.of()))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("non-empty");
  }

  @Test
  void bigOrderLimits_unset_defaultsTo100(NewStoreClient client) {
    assertThat(client.salesOrderConfig().bigOrderLimits().value())
        .isEqualTo(BigOrderLimits.defaults());
  }

  @Test
  void bigOrderLimits_set_readsBack(NewStoreClient client) {
    client.salesOrderConfig().setBigOrderLimits(new BigOrderLimits(250));

    assertThat(client.salesOrderConfig().bigOrderLimits().value().softLimitForBigOrders())
        .isEqualTo(250);
  }

  @Test
  void bigOrderLimits_zeroPastClientValidation_badRequest(NewStoreClient client) {
    SalesOrderConfigApi raw = Transport.of(client).create(SalesOrderConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .execute(
                        raw.setBigOrderLimits(new ConfigWire.ValueBody<>(new BigOrderLimits(0)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("soft_limit_for_big_orders");
  }

  @Test
  void externalOrderWebhook_setThenGet_roundTrips(NewStoreClient client) {
    client
        .salesOrderConfig()
        .setExternalOrderWebhook(
            ExternalOrderWebhookConfig.of("https://oms.example.com/hooks", "key-1")
                .withTimeout(Duration.ofSeconds(20)));

    ExternalOrderWebhookConfig read = client.salesOrderConfig().externalOrderWebhook().value();
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
                new ConfigWire.ValueBody<>(
                    new ConfigWire.ExternalOrderWebhook("https://oms.example.com", "k", null))))
        .close();

    assertThat(client.salesOrderConfig().externalOrderWebhook().value().timeout())
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
                            new ConfigWire.ValueBody<>(
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
                            new ConfigWire.ValueBody<>(
                                new ConfigWire.ExternalOrderWebhook("/relative", "", 10)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("url")
        .hasMessageContaining("api_key");
  }
}
