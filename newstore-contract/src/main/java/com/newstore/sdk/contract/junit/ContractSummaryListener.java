package com.newstore.sdk.contract.junit;

import com.newstore.sdk.contract.internal.ContractCounters;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per JVM when a test run ends, if anything was validated: {@code [module]
 * contract: validated N requests, M answers; R rejected (K violations, E of them in
 * {@literal @}ContractExempt tests)}. Registered through {@code
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
      System.out.println(module() + ContractCounters.summary());
    }
  }

  /** Surefire sets {@code basedir} to the module's directory: name it, one line per module. */
  private static String module() {
    String basedir = System.getProperty("basedir", "");
    String name =
        java.nio.file.Path.of(basedir).getFileName() == null
            ? ""
            : java.nio.file.Path.of(basedir).getFileName().toString();
    return name.isEmpty() ? "" : "[" + name + "] ";
  }
}
