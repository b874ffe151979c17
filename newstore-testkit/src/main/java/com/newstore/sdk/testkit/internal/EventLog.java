package com.newstore.sdk.testkit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The events the simulator emits by itself (for example {@code order.cancelled} when an order is
 * cancelled on injection), kept for inspection and handed to a deliverer that posts them to the
 * running event stream integrations. Thread-safe.
 */
public final class EventLog {
  /**
   * One emitted event.
   *
   * @param name the event name, such as {@code order.cancelled}
   * @param payload the payload
   * @param publishedAt when it was emitted
   */
  public record Event(String name, Map<String, Object> payload, Instant publishedAt) {
    /**
     * Copies the payload.
     *
     * @param name see the record description
     * @param payload see the record description
     * @param publishedAt see the record description
     */
    public Event {
      payload = JsonSupport.asMap(JsonSupport.normalize(payload));
    }
  }

  private final Clock clock;
  private final List<Event> events = new ArrayList<>();
  private volatile Consumer<Event> deliverer = e -> {};

  /**
   * Creates an empty log.
   *
   * @param clock the clock for {@code published_at}
   */
  public EventLog(Clock clock) {
    this.clock = clock;
  }

  /**
   * Sets who delivers emitted events.
   *
   * @param deliverer called once per event, on the emitting thread; it must not block
   */
  public void deliverTo(Consumer<Event> deliverer) {
    this.deliverer = deliverer;
  }

  /**
   * Emits an event.
   *
   * @param name the event name
   * @param payload the payload
   */
  public void emit(String name, Map<String, Object> payload) {
    Event event = new Event(name, payload, clock.instant());
    synchronized (this) {
      events.add(event);
    }
    deliverer.accept(event);
  }

  /**
   * Returns every event emitted so far, oldest first.
   *
   * @return an immutable copy
   */
  public synchronized List<Event> events() {
    return List.copyOf(events);
  }
}
