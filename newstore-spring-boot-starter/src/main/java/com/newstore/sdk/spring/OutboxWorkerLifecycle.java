package com.newstore.sdk.spring;

import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.outbox.OutboxWorker;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the auto-configured {@link OutboxWorker} once the context is refreshed and closes it, then
 * its own fulfillment client, on shutdown (before the shared {@code NewStoreClient} is closed). A
 * worker cannot be restarted: once stopped it stays stopped.
 */
final class OutboxWorkerLifecycle implements SmartLifecycle, AutoCloseable {
  private final OutboxWorker worker;
  private final FulfillmentProviderClient fulfillment;
  private boolean started;

  OutboxWorkerLifecycle(OutboxWorker worker, FulfillmentProviderClient fulfillment) {
    this.worker = worker;
    this.fulfillment = fulfillment;
  }

  OutboxWorker worker() {
    return worker;
  }

  @Override
  public synchronized void start() {
    if (!started) {
      started = true;
      worker.start();
    }
  }

  @Override
  public void stop() {
    worker.close();
  }

  @Override
  public boolean isRunning() {
    return worker.isRunning();
  }

  /** Also runs when the context fails before it started: nothing is left running. */
  @Override
  public void close() {
    worker.close();
    fulfillment.close();
  }
}
