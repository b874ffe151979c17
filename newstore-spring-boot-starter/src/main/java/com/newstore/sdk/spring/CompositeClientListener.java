package com.newstore.sdk.spring;

import com.newstore.sdk.client.AttemptEvent;
import com.newstore.sdk.client.CallEvent;
import com.newstore.sdk.client.ClientListener;
import java.util.List;

/** Tells every {@link ClientListener} bean of the application about each call. */
final class CompositeClientListener implements ClientListener {
  private final List<ClientListener> listeners;

  private CompositeClientListener(List<ClientListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  static ClientListener of(List<ClientListener> listeners) {
    if (listeners.isEmpty()) {
      return ClientListener.none();
    }
    return listeners.size() == 1 ? listeners.get(0) : new CompositeClientListener(listeners);
  }

  @Override
  public void onAttempt(AttemptEvent attempt) {
    for (ClientListener listener : listeners) {
      listener.onAttempt(attempt);
    }
  }

  @Override
  public void onCall(CallEvent call) {
    for (ClientListener listener : listeners) {
      listener.onCall(call);
    }
  }
}
