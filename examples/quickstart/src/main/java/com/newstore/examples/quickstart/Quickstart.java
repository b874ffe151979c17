package com.newstore.examples.quickstart;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.testkit.NewStoreSimulator;
import java.io.PrintStream;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the NewStore SDK quickstart: the external OMS playbook through the configuration clients,
 * the integration's webhooks served on loopback and called as NewStore calls them, and a
 * fulfillment provider that accepts a request, ships one unit, rejects another as {@code
 * no_inventory} and waits until NewStore confirms the shipment. It prints one line per step.
 *
 * <p>By default it runs on the embedded {@link NewStoreSimulator}, with no tenant and no network.
 * With {@code NEWSTORE_TENANT}, {@code NEWSTORE_CLIENT_ID} and {@code NEWSTORE_CLIENT_SECRET} set
 * (and optionally {@code NEWSTORE_STAGE}), it runs against that tenant: read-only unless {@code
 * --allow-writes} is given, and without the steps only the simulator can drive.
 *
 * <pre>{@code
 * QuickstartResult result = Quickstart.run(Settings.simulator(), System.out);
 * System.exit(result.exitCode());
 * }</pre>
 */
public final class Quickstart {
  // Held so the setting is not garbage-collected: hides Hibernate Validator's startup banner,
  // which would interleave with the transcript.
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private Quickstart() {}

  /**
   * Runs the quickstart and exits with 0 when every step succeeded, 1 when one failed and 2 on bad
   * arguments or environment variables.
   *
   * @param args {@code --allow-writes} to let the quickstart change a live tenant
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    Settings settings;
    try {
      settings = Settings.from(System.getenv(), args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(run(settings, System.out).exitCode());
  }

  /**
   * Runs the quickstart: on a new embedded simulator, or against the tenant the settings name.
   *
   * @param settings what to run against
   * @param out where to print the transcript
   * @return the outcome
   */
  public static QuickstartResult run(Settings settings, PrintStream out) {
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(out, "out == null");
    if (settings.onSimulator()) {
      // settleAfterReads(2): the shipment is confirmed on the second status read, so the waiter
      // polls like it would against NewStore.
      try (NewStoreSimulator sim = NewStoreSimulator.builder().settleAfterReads(2).start()) {
        return run(sim, out);
      }
    }
    try (NewStoreClient client =
        NewStoreClient.builder()
            .tenant(settings.tenant())
            .stage(settings.stage())
            .credentials(settings.clientId(), settings.clientSecret())
            .build()) {
      return run(settings, client, out);
    }
  }

  /**
   * Runs the quickstart on a running simulator, which stays open for inspection.
   *
   * @param sim the simulator
   * @param out where to print the transcript
   * @return the outcome
   */
  public static QuickstartResult run(NewStoreSimulator sim, PrintStream out) {
    Objects.requireNonNull(sim, "sim == null");
    Objects.requireNonNull(out, "out == null");
    try (NewStoreClient client = sim.newClient()) {
      return new QuickstartRun(Settings.simulator(), client, sim, new Transcript(out)).run();
    }
  }

  /**
   * Runs the tenant variant of the quickstart with a given client: the simulator-only steps are
   * skipped, and writes happen only with {@link Settings#allowWrites()}.
   *
   * @param settings the tenant settings
   * @param client a client for the tenant
   * @param out where to print the transcript
   * @return the outcome
   */
  static QuickstartResult run(Settings settings, NewStoreClient client, PrintStream out) {
    return new QuickstartRun(settings, client, null, new Transcript(out)).run();
  }
}
