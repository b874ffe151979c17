package com.newstore.examples.quickstart;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.JdkHttpServerAdapter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs the quickstart once: the external OMS playbook ({@link Playbook}); then, on the simulator,
 * the integration's webhooks served on loopback and called by NewStore ({@link SimulatedNewStore})
 * and the fulfillment provider flow ({@link WarehouseFlow}).
 */
final class QuickstartRun {
  private final Settings settings;
  private final NewStoreClient client;
  private final NewStoreSimulator sim;
  private final Transcript transcript;
  private final Steps steps;

  /**
   * Prepares a run.
   *
   * @param settings what to run against
   * @param client the client for the tenant or the simulator
   * @param sim the simulator, or null on a tenant
   * @param transcript where to print
   */
  QuickstartRun(
      Settings settings, NewStoreClient client, NewStoreSimulator sim, Transcript transcript) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.client = Objects.requireNonNull(client, "client == null");
    this.sim = sim;
    this.transcript = Objects.requireNonNull(transcript, "transcript == null");
    this.steps = new Steps(transcript, settings.allowWrites());
  }

  QuickstartResult run() {
    long start = System.nanoTime();
    // On the simulator a fresh key per run; on a tenant the key your webhooks check.
    String webhookKey = sim != null ? randomKey() : settings.webhookKey();
    steps.say(
        sim != null
            ? "NewStore SDK quickstart on the embedded simulator at " + sim.baseUrl()
            : String.format(
                "NewStore SDK quickstart on tenant %s (%s, %s)",
                settings.tenant(),
                settings.stage().name().toLowerCase(Locale.ROOT),
                settings.allowWrites() ? "--allow-writes: changes are made" : "read-only"));
    steps.say("-- external OMS playbook");
    new Playbook(client, steps, settings.publicUrl(), webhookKey).run();

    FulfillmentRequest request = null;
    WarehouseFlow warehouse = new WarehouseFlow(client, steps);
    if (sim == null) {
      steps.say("-- NewStore calls the webhooks; fulfillment provider");
      skipSimulatorOnly();
    } else {
      DemoIntegration integration = new DemoIntegration();
      try (JdkHttpServerAdapter.Server server =
          JdkHttpServerAdapter.start(
              integration.webhooks(webhookKey),
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
        steps.say(
            String.format(
                "-- NewStore calls the webhooks on http://127.0.0.1:%d%s (for %s)",
                server.port(), DemoIntegration.ROUTE_PREFIX, settings.publicUrl()));
        SimulatedNewStore newStore = new SimulatedNewStore(sim, server.port(), integration, steps);
        newStore.callWebhooks();
        steps.say("-- fulfillment provider");
        request = newStore.routeFulfillmentRequest();
        if (request != null) {
          warehouse.handle(request);
        } else {
          steps.skip("accept, ship, reject, wait", "no fulfillment request");
        }
      } catch (IOException e) {
        steps.fail("serve the webhooks on loopback", e);
      }
    }

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String summary =
        String.format("%s in %.1f s", steps.failed() ? "FAILED" : "Done", took.toMillis() / 1000.0);
    if (request != null) {
      summary +=
          ": shipped "
              + warehouse.shipped()
              + ", rejected "
              + warehouse.rejected()
              + " as no_inventory";
    }
    steps.say(summary + ".");
    return new QuickstartResult(
        steps.failed() ? 1 : 0,
        transcript.steps(),
        request == null ? null : request.id(),
        warehouse.shipped(),
        warehouse.rejected());
  }

  private void skipSimulatorOnly() {
    String publicUrl = settings.publicUrl();
    String why =
        "simulator only: on a tenant NewStore calls "
            + (publicUrl == null ? "your public URL" : publicUrl);
    for (String title :
        List.of(
            "NewStore asks for ATP",
            "NewStore asks for the purchase history",
            "NewStore asks for order details",
            "NewStore sends an event",
            "receive a fulfillment request")) {
      steps.skip(title, why);
    }
    steps.skip(
        "accept, ship, reject, wait",
        "simulator only: needs a fulfillment request NewStore routed to " + Playbook.DC_NODE);
  }

  private static String randomKey() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return "qs-" + HexFormat.of().formatHex(bytes);
  }
}
