package com.newstore.examples.fulfillment;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs the provider against the NewStore simulator and lets the simulator send it three fulfillment
 * requests, printing what happened:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.newstore.examples.fulfillment.RunOnSimulator
 * </pre>
 */
public final class RunOnSimulator {
  private RunOnSimulator() {}

  /**
   * Runs the demo.
   *
   * @param args unused
   * @throws Exception when it fails
   */
  public static void main(String[] args) throws Exception {
    String key = "demo-dc-api-key";
    BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    Inventory inventory = Inventory.inMemory(Map.of("sku-1", 3, "sku-2", 1));
    WaiterOptions waiter = WaiterOptions.builder().initialInterval(Duration.ofMillis(200)).build();
    try (NewStoreSimulator sim = NewStoreSimulator.start();
        NewStoreClient client = sim.newClient();
        FulfillmentProviderApp app =
            FulfillmentProviderApp.start(
                client,
                inventory,
                key,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                waiter,
                outcomes::add)) {
      URI url =
          URI.create(
              "http://127.0.0.1:" + app.port() + FulfillmentProviderApp.FULFILLMENT_REQUESTS_PATH);
      sim.configureDistributionCenter("dc-1", url, key);
      System.out.println("Simulator at " + sim.baseUrl() + ", provider at " + url);

      List<FulfillmentRequest> requests =
          List.of(
              sim.createFulfillmentRequest("fr-1", "sku-1", "sku-1"), // in stock
              sim.createFulfillmentRequest("fr-2", "sku-1", "sku-2", "sku-2"), // partly
              sim.createFulfillmentRequest("fr-3", "sku-3")); // not stocked here
      for (FulfillmentRequest request : requests) {
        System.out.println(
            "NewStore sends "
                + request.id()
                + " "
                + request.productIds()
                + ": HTTP "
                + sim.sender().sendFulfillmentRequest(request, "dc-1").status());
        Outcome outcome = outcomes.poll(30, TimeUnit.SECONDS);
        System.out.println("  provider: " + outcome);
        System.out.println("  NewStore: " + sim.fulfillmentRequest(request.id()).orElseThrow());
      }
    }
  }
}
