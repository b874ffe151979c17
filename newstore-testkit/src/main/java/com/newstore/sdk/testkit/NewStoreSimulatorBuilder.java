package com.newstore.sdk.testkit;

import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import com.newstore.sdk.testkit.internal.SimulatorSettings;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Configures and starts a {@link NewStoreSimulator}. Not thread-safe. */
public final class NewStoreSimulatorBuilder {
  private String clientId = "simulator-client";
  private String clientSecret = "simulator-secret-" + UUID.randomUUID();
  private String tenant = SimulatorRoutes.TENANT;
  private Duration tokenLifetime = Duration.ofMinutes(5);
  private Clock clock = Clock.systemUTC();
  private int settleAfterReads = 1;
  private Duration settleDelay = Duration.ZERO;
  private int port;
  private boolean validateResponses =
      Boolean.getBoolean(NewStoreSimulator.VALIDATE_RESPONSES_PROPERTY);
  private final Set<String> fulfillmentNodes = new LinkedHashSet<>();

  NewStoreSimulatorBuilder() {}

  /**
   * Sets the loopback port; 0 (the default) picks a free one.
   *
   * @param port 0 to 65535
   * @return this builder
   */
  public NewStoreSimulatorBuilder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535 but was " + port);
    }
    this.port = port;
    return this;
  }

  /**
   * Registers fulfillment nodes the tenant knows from the start; see {@link
   * NewStoreSimulator#addFulfillmentNodes}.
   *
   * @param nodeIds the fulfillment node ids
   * @return this builder
   */
  public NewStoreSimulatorBuilder fulfillmentNodes(String... nodeIds) {
    for (String id : nodeIds) {
      fulfillmentNodes.add(Objects.requireNonNull(id, "nodeId == null"));
    }
    return this;
  }

  /**
   * Sets the client credentials the token endpoint accepts; a fixed id and a random secret by
   * default.
   *
   * @param clientId the client id
   * @param clientSecret the client secret
   * @return this builder
   */
  public NewStoreSimulatorBuilder credentials(String clientId, String clientSecret) {
    this.clientId = Objects.requireNonNull(clientId, "clientId == null");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
    return this;
  }

  /**
   * Sets the tenant name put in event envelopes; {@code simulator} by default.
   *
   * @param tenant the tenant
   * @return this builder
   */
  public NewStoreSimulatorBuilder tenant(String tenant) {
    this.tenant = Objects.requireNonNull(tenant, "tenant == null");
    return this;
  }

  /**
   * Sets how long issued tokens live; 5 minutes by default.
   *
   * @param lifetime a positive duration
   * @return this builder
   */
  public NewStoreSimulatorBuilder tokenLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime == null");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive");
    }
    this.tokenLifetime = lifetime;
    return this;
  }

  /**
   * Sets the clock for token expiry, {@code updated_at} and settle delays; for tests that move time
   * themselves.
   *
   * @param clock the clock
   * @return this builder
   */
  public NewStoreSimulatorBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return this;
  }

  /**
   * Sets how many status reads it takes a shipment, rejection or cancellation to settle; 1 by
   * default (the first read sees it), 0 settles at once.
   *
   * @param reads 0 or more
   * @return this builder
   */
  public NewStoreSimulatorBuilder settleAfterReads(int reads) {
    if (reads < 0) {
      throw new IllegalArgumentException("reads must not be negative");
    }
    this.settleAfterReads = reads;
    return this;
  }

  /**
   * Sets how long after it was posted an operation settles at the earliest, on the simulator's
   * clock; zero by default.
   *
   * @param delay zero or more
   * @return this builder
   */
  public NewStoreSimulatorBuilder settleDelay(Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    this.settleDelay = delay;
    return this;
  }

  /**
   * Checks every answer and webhook request the simulator sends against the project's API
   * description; {@link NewStoreSimulator#close()} then throws an {@link AssertionError} listing
   * any violation, so a test fails when the simulator answered off-spec. Off by default, or set by
   * the system property {@value NewStoreSimulator#VALIDATE_RESPONSES_PROPERTY}.
   *
   * @param validate true to check
   * @return this builder
   */
  public NewStoreSimulatorBuilder validateResponses(boolean validate) {
    this.validateResponses = validate;
    return this;
  }

  /**
   * Starts the simulator on a loopback port.
   *
   * @return the running simulator
   * @throws UncheckedIOException when no port can be bound
   */
  public NewStoreSimulator start() {
    return new NewStoreSimulator(
        new SimulatorSettings(
            clientId,
            clientSecret,
            tenant,
            tokenLifetime,
            clock,
            settleAfterReads,
            settleDelay,
            port,
            validateResponses,
            fulfillmentNodes));
  }
}
