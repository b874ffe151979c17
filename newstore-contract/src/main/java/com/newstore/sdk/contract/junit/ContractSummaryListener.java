package com.newstore.sdk.contract.junit;

import com.newstore.sdk.contract.internal.ContractCounters;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per JVM when a test run ends, if anything was validated: {@code contract:
 * validated N requests, M answers, K violations}. Registered through {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class ContractSummaryListener implements TestExecutionListener {

  private static final AtomicBoolean PRINTED = new AtomicBoolean();

  /** Creates the listener; the JUnit Platform loads it as a service. */
  public ContractSummaryListener() {}

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (ContractCounters.requests() + ContractCounters.answers() == 0) {
      return;
    }
    if (PRINTED.compareAndSet(false, true)) {
      System.out.println(ContractCounters.summary());
    }
  }
}
