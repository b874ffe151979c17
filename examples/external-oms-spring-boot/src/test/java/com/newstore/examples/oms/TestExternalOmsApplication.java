package com.newstore.examples.oms;

import com.newstore.sdk.testkit.NewStoreSimulator;
import org.springframework.boot.SpringApplication;

/**
 * Runs the app against an embedded NewStore simulator instead of a tenant: {@code mvn
 * spring-boot:test-run}. The startup runner configures the simulator; then call the webhooks, for
 * example {@code curl -H "Authorization: Bearer demo-webhook-api-key-0123456789"
 * "http://localhost:8080/newstore/orders?consumer_email=ada@example.com"}.
 */
public final class TestExternalOmsApplication {
  private TestExternalOmsApplication() {}

  /**
   * Starts the simulator, then the app pointed at it.
   *
   * @param args more Spring Boot arguments
   */
  public static void main(String[] args) {
    NewStoreSimulator sim = NewStoreSimulator.start();
    Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
    String[] simulator = {
      "--newstore.base-url=" + sim.baseUrl(),
      "--newstore.token-url=" + sim.tokenUrl(),
      "--newstore.client-id=" + sim.clientId(),
      "--newstore.client-secret=" + sim.clientSecret(),
      "--newstore.webhooks.api-key=demo-webhook-api-key-0123456789"
    };
    String[] all = new String[simulator.length + args.length];
    System.arraycopy(simulator, 0, all, 0, simulator.length);
    System.arraycopy(args, 0, all, simulator.length, args.length);
    SpringApplication.from(ExternalOmsApplication::main).run(all);
  }
}
