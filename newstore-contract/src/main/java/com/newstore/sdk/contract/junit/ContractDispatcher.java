package com.newstore.sdk.contract.junit;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Validates each request, then lets the wrapped dispatcher answer it. */
final class ContractDispatcher extends Dispatcher implements Recording {

  private final ContractRecorder recorder;
  private final Dispatcher delegate;

  ContractDispatcher(ContractRecorder recorder, Dispatcher delegate) {
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
  public void close() {
    delegate.close();
  }
}
