package com.newstore.examples.jetty;

import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.WebhookTarget;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts Jetty with the webhook servlet and lets the NewStore simulator call it, printing the
 * answers:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.newstore.examples.jetty.RunOnSimulator
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
    String key = "demo-webhook-api-key-0123456789";
    try (NewStoreSimulator sim = NewStoreSimulator.start();
        JettyWebhookServer server =
            JettyWebhookServer.start(
                key, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      String base = "http://127.0.0.1:" + server.port() + "/newstore";
      System.out.println("Jetty serves NewStore's webhooks under " + base);

      var atp =
          sim.sender()
              .requestAvailability(
                  WebhookTarget.of(URI.create(base + "/availability"), key),
                  List.of("sku-1", "sku-2"),
                  List.of("dc-1"));
      System.out.println("ATP: HTTP " + atp.status() + " " + atp.body());

      var request = sim.createFulfillmentRequest("fr-1", "sku-1");
      var delivery =
          sim.sender()
              .sendFulfillmentRequest(
                  WebhookTarget.of(URI.create(base + "/fulfillment_requests"), key), request);
      System.out.println("Fulfillment request: HTTP " + delivery.status());
      System.out.println("  inbox: " + server.fulfillmentInbox().poll(5, TimeUnit.SECONDS));

      var event =
          sim.sender()
              .sendEvent(
                  WebhookTarget.of(URI.create(base + "/events"), key),
                  "order.created",
                  Map.of("id", "o-1"));
      System.out.println("Event: HTTP " + event.status());
      System.out.println("  received: " + server.events().poll(5, TimeUnit.SECONDS));

      var wrongKey =
          sim.sender()
              .requestAvailability(
                  WebhookTarget.of(URI.create(base + "/availability"), "wrong"),
                  List.of("sku-1"),
                  List.of("dc-1"));
      System.out.println("Wrong api key: HTTP " + wrongKey.status() + " " + wrongKey.body());
    }
  }
}
