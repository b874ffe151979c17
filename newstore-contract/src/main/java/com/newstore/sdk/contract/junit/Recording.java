package com.newstore.sdk.contract.junit;

import mockwebserver3.Dispatcher;

/** A dispatcher that validates for one {@link ContractRecorder} before its delegate answers. */
interface Recording {

  /** The recorder that receives the violations. */
  ContractRecorder recorder();

  /** The dispatcher that answers. */
  Dispatcher delegate();
}
