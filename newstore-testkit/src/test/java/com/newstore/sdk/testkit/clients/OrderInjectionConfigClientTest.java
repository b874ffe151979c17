package com.newstore.sdk.testkit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.BigSalesOrderLimits;
import com.newstore.sdk.client.config.OrderInjectionConfig;
import com.newstore.sdk.client.config.VersionConflictException;
import com.newstore.sdk.client.config.VersionedConfigValue;
import com.newstore.sdk.client.internal.OrderInjectionConfigApi;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import org.junit.jupiter.api.Test;

/** The versioned order injection configuration of the simulator, through its client. */
@NewStoreSimulatorTest
class OrderInjectionConfigClientTest {

  @Test
  void get_unset_notFound(NewStoreClient client) {
    assertThat(client.orderInjectionConfig().get()).isEmpty();
  }

  @Test
  void replace_version1_createsAtVersion1(NewStoreClient client, NewStoreSimulator sim) {
    VersionedConfigValue<OrderInjectionConfig> created =
        client
            .orderInjectionConfig()
            .replace(OrderInjectionConfig.empty().withSkipSoftRoutingOnInjection(true), "1");

    assertThat(created.version()).isEqualTo("1");
    assertThat(created.value().skipSoftRoutingOnInjection()).isTrue();
    assertThat(created.updatedBy()).isEqualTo(sim.clientId());
    assertThat(client.orderInjectionConfig().get().orElseThrow()).isEqualTo(created);
  }

  @Test
  void patch_currentVersion_mergesAndBumpsVersion(NewStoreClient client) {
    client
        .orderInjectionConfig()
        .replace(OrderInjectionConfig.empty().withSkipSoftRoutingOnInjection(true), "1");

    VersionedConfigValue<OrderInjectionConfig> patched =
        client
            .orderInjectionConfig()
            .patch(OrderInjectionConfig.empty().withHardLimitForBigOrders(500), "1");

    assertThat(patched.version()).isEqualTo("2");
    assertThat(patched.value().skipSoftRoutingOnInjection()).isTrue();
    assertThat(patched.value().bigSalesOrder()).isEqualTo(new BigSalesOrderLimits(500));
  }

  @Test
  void replace_staleVersion_versionConflict(NewStoreClient client) {
    client.orderInjectionConfig().replace(OrderInjectionConfig.empty(), "1");
    client
        .orderInjectionConfig()
        .replace(OrderInjectionConfig.empty().withSkipSoftRoutingOnInjection(false), "1");

    assertThatThrownBy(
            () ->
                client
                    .orderInjectionConfig()
                    .replace(
                        OrderInjectionConfig.empty().withSkipSoftRoutingOnInjection(true), "1"))
        .isInstanceOf(VersionConflictException.class)
        .satisfies(
            e ->
                assertThat(((VersionConflictException) e).errorCode())
                    .isEqualTo(VersionConflictException.ERROR_CODE));
    assertThat(client.orderInjectionConfig().get().orElseThrow().version()).isEqualTo("2");
  }

  @Test
  void replace_version1WhenAlreadyCreated_versionConflict(NewStoreClient client) {
    client.orderInjectionConfig().replace(OrderInjectionConfig.empty(), "1");
    client
        .orderInjectionConfig()
        .patch(OrderInjectionConfig.empty().withHardLimitForBigOrders(9), "1");

    assertThatThrownBy(
            () -> client.orderInjectionConfig().replace(OrderInjectionConfig.empty(), "1"))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void patch_staleVersion_versionConflict(NewStoreClient client) {
    client.orderInjectionConfig().replace(OrderInjectionConfig.empty(), "1");

    assertThatThrownBy(
            () ->
                client
                    .orderInjectionConfig()
                    .patch(OrderInjectionConfig.empty().withHardLimitForBigOrders(5), "7"))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void update_unset_createsThenPatches(NewStoreClient client) {
    VersionedConfigValue<OrderInjectionConfig> first =
        client.orderInjectionConfig().update(c -> c.withSkipSoftRoutingOnInjection(true));
    VersionedConfigValue<OrderInjectionConfig> second =
        client.orderInjectionConfig().update(c -> c.withHardLimitForBigOrders(300));

    assertThat(first.version()).isEqualTo("1");
    assertThat(second.version()).isEqualTo("2");
    assertThat(second.value())
        .isEqualTo(new OrderInjectionConfig(true, new BigSalesOrderLimits(300)));
  }

  @Test
  void update_concurrentWriterEveryTime_versionConflictAfterMaxAttempts(
      NewStoreClient client, NewStoreSimulator sim) {
    client.orderInjectionConfig().replace(OrderInjectionConfig.empty(), "1");
    NewStoreClient other = sim.newClient();
    int[] calls = {0};

    try (other) {
      assertThatThrownBy(
              () ->
                  client
                      .orderInjectionConfig()
                      .update(
                          c -> {
                            calls[0]++;
                            // Another writer changes the config between our read and our write.
                            other
                                .orderInjectionConfig()
                                .update(o -> o.withHardLimitForBigOrders(calls[0]));
                            return c.withSkipSoftRoutingOnInjection(true);
                          },
                          2))
          .isInstanceOf(VersionConflictException.class);
    }
    assertThat(calls[0]).isEqualTo(2);
  }

  @Test
  void replace_zeroHardLimitPastClientValidation_badRequest(NewStoreClient client) {
    OrderInjectionConfigApi raw = Transport.of(client).create(OrderInjectionConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .executeNullable(
                        raw.replace(
                            "1",
                            RawJson.of(OrderInjectionConfig.empty().withHardLimitForBigOrders(0)))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("hard_limit_for_big_orders");
  }

  @Test
  void replace_withoutVersionPastClient_badRequest(NewStoreClient client) {
    OrderInjectionConfigApi raw = Transport.of(client).create(OrderInjectionConfigApi.class);

    assertThatThrownBy(
            () ->
                Transport.of(client)
                    .executor()
                    .executeNullable(raw.replace("-1", RawJson.of(OrderInjectionConfig.empty()))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("version");
  }
}
