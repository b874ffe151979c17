package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.testkit.WebhookAuthorization;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookTarget;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The calls NewStore makes by itself: a fulfillment request POSTed to its node's DC config (with
 * NewStore's retries, seed 004) and an event delivered to every running event stream integration in
 * the envelope {@code {tenant, name, published_at, payload}}. Thread-safe.
 */
public final class NewStoreCalls {
  /** How many times a failed fulfillment request POST is re-sent (seed 004). */
  public static final int FULFILLMENT_REQUEST_RETRIES = 3;

  private final WebhookTransport transport;
  private final Function<String, Optional<Object>> config;
  private final Supplier<List<Map<String, Object>>> eventStreams;
  private final String tenant;

  /**
   * Creates the calls.
   *
   * @param transport sends the requests
   * @param config looks up the value stored at a configuration path
   * @param eventStreams the running event stream integrations
   * @param tenant the tenant put in event envelopes
   */
  public NewStoreCalls(
      WebhookTransport transport,
      Function<String, Optional<Object>> config,
      Supplier<List<Map<String, Object>>> eventStreams,
      String tenant) {
    this.transport = transport;
    this.config = config;
    this.eventStreams = eventStreams;
    this.tenant = tenant;
  }

  /**
   * POSTs a fulfillment request document to the URL of a node's DC config, {@code Bearer} key, with
   * NewStore's retries.
   *
   * @param fulfillmentNodeId the node
   * @param document the document NewStore sends
   * @return the outcome of the last attempt
   * @throws IllegalStateException when no DC config is stored for the node
   */
  public WebhookResult sendToNode(String fulfillmentNodeId, Map<String, Object> document) {
    WebhookTarget target =
        WebhookTargets.fromConfig(
            config,
            SimulatorRoutes.dcConfig(fulfillmentNodeId),
            Duration.ofSeconds(30),
            "No DC config for fulfillment node "
                + fulfillmentNodeId
                + ": POST or PUT /v0/d/config/dc/"
                + fulfillmentNodeId
                + " with {url, api_key}, or call sim.configureDistributionCenter(...)");
    return transport.send(
        "fulfillmentRequest",
        target,
        WebhookAuthorization.BEARER,
        "POST",
        target.url().toString(),
        document,
        FULFILLMENT_REQUEST_RETRIES);
  }

  /**
   * Delivers an event the simulator emitted to every running integration.
   *
   * @param event the event
   */
  public void deliver(EventLog.Event event) {
    for (Map<String, Object> integration : eventStreams.get()) {
      WebhookTarget target = WebhookTargets.ofEventStream(integration);
      transport.send(
          "eventDelivery",
          target,
          WebhookAuthorization.BEARER,
          "POST",
          target.url().toString(),
          envelope(event.name(), event.payload(), event.publishedAt().toString()),
          0);
    }
  }

  /**
   * Wraps an event payload in NewStore's envelope.
   *
   * @param name the event name
   * @param payload the payload
   * @param publishedAt the {@code published_at} timestamp
   * @return the envelope
   */
  public Map<String, Object> envelope(
      String name, Map<String, Object> payload, String publishedAt) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("tenant", tenant);
    envelope.put("name", name);
    envelope.put("published_at", publishedAt);
    envelope.put("payload", payload);
    return envelope;
  }
}
