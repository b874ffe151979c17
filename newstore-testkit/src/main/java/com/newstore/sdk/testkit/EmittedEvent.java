package com.newstore.sdk.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An event the simulator emitted by itself, as NewStore would on its event stream: for example
 * {@code order.cancelled} when an injected order routed {@code external} to an unknown fulfillment
 * node is cancelled. Emitted events are also delivered to every running event stream integration.
 *
 * @param name the event name
 * @param payload the payload (the simulator's minimal choice: NewStore's payload schemas are not
 *     public)
 * @param publishedAt when it was emitted, on the simulator's clock
 */
public record EmittedEvent(String name, Map<String, Object> payload, Instant publishedAt) {
  /**
   * Copies the payload.
   *
   * @param name see the record description
   * @param payload see the record description
   * @param publishedAt see the record description
   */
  public EmittedEvent {
    Objects.requireNonNull(name, "name == null");
    payload = Map.copyOf(payload);
    Objects.requireNonNull(publishedAt, "publishedAt == null");
  }

  @Override
  public String toString() {
    return "EmittedEvent[name=" + name + ", publishedAt=" + publishedAt + "]";
  }
}
