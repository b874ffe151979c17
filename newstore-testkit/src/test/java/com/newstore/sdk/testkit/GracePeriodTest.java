package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// The "With JUnit 5" example of docs/testing.md, compiled and run as it is shown.
// docs:junit5
@NewStoreSimulatorTest
class GracePeriodTest {
  @Test
  void setsTheGracePeriod(NewStoreClient client, NewStoreSimulator sim) {
    client.salesOrderConfig().gracePeriod().set(Duration.ofSeconds(45));

    assertThat(sim.config("v0/config/sales_order/grace_period").orElseThrow().value())
        .isEqualTo(45L);
  }
}
// docs:end
