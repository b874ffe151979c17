package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.EventHandler;
import com.newstore.sdk.webhooks.StreamEvent;
import java.util.function.Function;

/**
 * One event name the SDK types: how its payload is read and which {@link EventHandler} method
 * receives it. {@link EventTypes} holds one entry per name.
 *
 * @param name the event name, such as {@code order.opened}
 * @param payload reads the typed payload from the envelope; a {@link BadInputException} is a 400
 * @param delivery calls the handler method
 * @param <P> the payload type
 */
record TypedEvent<P>(String name, Function<StreamEvent, P> payload, Delivery<P> delivery) {
  /** Calls one handler method. */
  @FunctionalInterface
  interface Delivery<P> {
    void deliver(EventHandler handler, StreamEvent event, P payload) throws Exception;
  }

  /** Delivers a payload this entry's {@link #payload} function made. */
  @SuppressWarnings("unchecked")
  void deliverParsed(EventHandler handler, StreamEvent event, Object parsed) throws Exception {
    delivery.deliver(handler, event, (P) parsed);
  }
}
