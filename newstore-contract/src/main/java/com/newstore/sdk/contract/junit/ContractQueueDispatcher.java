package com.newstore.sdk.contract.junit;

import mockwebserver3.MockResponse;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

/** A {@link QueueDispatcher} that validates each request before taking the next answer. */
final class ContractQueueDispatcher extends QueueDispatcher {

  private final ContractRecorder recorder;

  ContractQueueDispatcher(ContractRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    recorder.validate(RecordedRequests.toExchange(request));
    return super.dispatch(request);
  }
}
