package com.newstore.sdk.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * What a {@code NewStoreSimulatorBuilder} collected, checked there.
 *
 * @param clientId the client id the token endpoint accepts
 * @param clientSecret the client secret the token endpoint accepts
 * @param tenant the tenant put in event envelopes
 * @param tokenLifetime how long issued tokens live
 * @param clock the simulator's clock
 * @param settleAfterReads how many status reads it takes an operation to settle
 * @param settleDelay how long after it was posted an operation settles at the earliest
 * @param port the loopback port, 0 for a free one
 * @param validateResponses whether answers and webhook requests are checked against the spec
 * @param fulfillmentNodes the fulfillment nodes the tenant knows from the start
 */
public record SimulatorSettings(
    String clientId,
    String clientSecret,
    String tenant,
    Duration tokenLifetime,
    Clock clock,
    int settleAfterReads,
    Duration settleDelay,
    int port,
    boolean validateResponses,
    Set<String> fulfillmentNodes) {
  /**
   * Copies the node set.
   *
   * @param clientId see the record description
   * @param clientSecret see the record description
   * @param tenant see the record description
   * @param tokenLifetime see the record description
   * @param clock see the record description
   * @param settleAfterReads see the record description
   * @param settleDelay see the record description
   * @param port see the record description
   * @param validateResponses see the record description
   * @param fulfillmentNodes see the record description
   */
  public SimulatorSettings {
    fulfillmentNodes = Set.copyOf(fulfillmentNodes);
  }

  @Override
  public String toString() {
    // Never print the secret.
    return "SimulatorSettings[clientId=" + clientId + ", tenant=" + tenant + ", port=" + port + "]";
  }
}
