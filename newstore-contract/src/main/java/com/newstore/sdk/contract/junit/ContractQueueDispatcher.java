package com.newstore.sdk.contract.junit;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A {@link QueueDispatcher} that validates each request before the queue it wraps answers; {@code
 * server.enqueue} keeps working, and answers enqueued before the wrap stay queued.
 */
final class ContractQueueDispatcher extends QueueDispatcher implements Recording {

  private final ContractRecorder recorder;
  private final QueueDispatcher delegate;

  ContractQueueDispatcher(ContractRecorder recorder, QueueDispatcher delegate) {
    this.recorder = recorder;
    this.delegate = delegate;
  }

  @Override
  public ContractRecorder recorder() {
    return recorder;
  }

  @Override
  public Dispatcher delegate() {
    return delegate;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    recorder.validate(RecordedRequests.toExchange(request));
    return delegate.dispatch(request);
  }

  @Override
  public MockResponse peek() {
    return delegate.peek();
  }

  @Override
  public void enqueue(MockResponse response) {
    delegate.enqueue(response);
  }

  @Override
  public void clear() {
    delegate.clear();
  }

  @Override
  public void setFailFast(boolean failFast) {
    delegate.setFailFast(failFast);
  }

  @Override
  public void setFailFast(@Nullable MockResponse failFastResponse) {
    delegate.setFailFast(failFastResponse);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
