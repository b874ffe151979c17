package com.newstore.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentRequestRef;
import com.newstore.sdk.fulfillment.FulfillmentWorkflow;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mistakes of the first-use trial (docs: shared review first-use.md, section 3) and their advice.
 */
@NewStoreSimulatorTest
class FirstUseMistakesTest {
  @Test
  void mistake31_callAfterClose_isRefusedAtOnce(NewStoreSimulator sim) {
    NewStoreClient client = sim.newClient();
    client.close();

    assertThatThrownBy(
            () -> client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NewStoreClient is closed");
  }

  @Test
  void mistake32_providerOnAClosedClient_isRefusedAtOnce(NewStoreSimulator sim) {
    NewStoreClient client = sim.newClient();
    client.close();
    FulfillmentProviderClient provider = FulfillmentProviderClient.create(client);

    assertThatThrownBy(() -> provider.accept("fr-x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NewStoreClient is closed");
    provider.close();
  }

  @Test
  void mistake33_waiterAfterClose_isRefusedAtOnceNotReportedAsATimeout(NewStoreSimulator sim) {
    sim.createFulfillmentRequest("fr-9", "sku-tee");
    NewStoreClient client = sim.newClient();
    FulfillmentProviderClient provider = FulfillmentProviderClient.create(client);
    FulfillmentWorkflow flow =
        FulfillmentWorkflow.of(provider, FulfillmentRequestRef.of("fr-9", List.of("sku-tee")));
    flow.accept();
    client.close();
    WaiterOptions sixSeconds = WaiterOptions.builder().maxTotalTime(Duration.ofSeconds(6)).build();

    assertThatThrownBy(
            () ->
                provider
                    .waiter()
                    .untilShipped("fr-9", List.of("sku-tee"))
                    .options(sixSeconds)
                    .await())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NewStoreClient is closed");
    provider.close();
  }
}
