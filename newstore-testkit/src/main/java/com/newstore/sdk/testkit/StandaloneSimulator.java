package com.newstore.sdk.testkit;

import java.io.PrintStream;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a stand-alone server, like stripe-mock, for demos and for code in other
 * languages:
 *
 * <pre>
 * ./mvnw -q -pl newstore-testkit exec:java -Dexec.args="--port 4010"
 * </pre>
 *
 * It serves a seeded tenant on the loopback port, prints its base URL, token URL, client id and
 * client secret, and stops cleanly on Ctrl-C. The seed: fulfillment nodes {@value #STORE_NODE} (a
 * store) and {@value #DC_NODE} (a DC whose config points at {@code https://dc.example.com/fr}:
 * register the real receiver with {@code POST /v0/d/config/dc/dc-1}).
 */
public final class StandaloneSimulator implements AutoCloseable {
  /** The client id of the seeded tenant. */
  public static final String CLIENT_ID = "standalone-client";

  /** The client secret of the seeded tenant: a demo value, not a secret. */
  public static final String CLIENT_SECRET = "standalone-secret";

  /** The seeded store's fulfillment node id. */
  public static final String STORE_NODE = "store-1";

  /** The seeded DC's fulfillment node id. */
  public static final String DC_NODE = "dc-1";

  private final NewStoreSimulator simulator;

  private StandaloneSimulator(NewStoreSimulator simulator) {
    this.simulator = simulator;
  }

  /**
   * Starts the seeded simulator and prints how to reach it.
   *
   * @param args {@code --port <n>} (default 4010; 0 picks a free port)
   * @param out where the connection details are printed
   * @return the running simulator; close it to stop
   * @throws IllegalArgumentException when the arguments are not understood
   */
  public static StandaloneSimulator start(String[] args, PrintStream out) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(out, "out == null");
    NewStoreSimulator sim =
        NewStoreSimulator.builder()
            .port(port(args))
            .credentials(CLIENT_ID, CLIENT_SECRET)
            .fulfillmentNodes(STORE_NODE)
            .settleAfterReads(0)
            .start();
    sim.configureDistributionCenter(DC_NODE, URI.create("https://dc.example.com/fr"), null);
    out.println("NewStore simulator running");
    out.println("  base URL:      " + sim.baseUrl());
    out.println("  token URL:     " + sim.tokenUrl());
    out.println("  client id:     " + sim.clientId());
    out.println("  client secret: " + sim.clientSecret());
    out.println("  fulfillment nodes: " + STORE_NODE + " (store), " + DC_NODE + " (DC)");
    out.println("Press Ctrl-C to stop.");
    out.flush();
    return new StandaloneSimulator(sim);
  }

  /**
   * Returns the running simulator, to inspect its state.
   *
   * @return the simulator
   */
  public NewStoreSimulator simulator() {
    return simulator;
  }

  /** Stops the server. */
  @Override
  public void close() {
    simulator.close();
  }

  /**
   * Runs until the process is interrupted (Ctrl-C).
   *
   * @param args {@code --port <n>}
   * @throws InterruptedException when the main thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    StandaloneSimulator running;
    try {
      running = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("Usage: StandaloneSimulator [--port <n>]");
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  stopped.countDown();
                },
                "newstore-simulator-shutdown"));
    stopped.await();
  }

  private static int port(String[] args) {
    int port = 4010;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--port") && i + 1 < args.length) {
        port = parsePort(args[++i]);
      } else if (arg.startsWith("--port=")) {
        port = parsePort(arg.substring("--port=".length()));
      } else {
        throw new IllegalArgumentException("Unknown argument: " + arg);
      }
    }
    return port;
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number but was " + value, e);
    }
  }
}
