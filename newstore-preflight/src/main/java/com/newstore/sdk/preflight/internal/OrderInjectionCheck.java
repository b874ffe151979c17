package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.internal.ConfigChecks.notRead;

import com.newstore.sdk.client.config.OrderInjectionConfig;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.util.Objects;

/**
 * The order injection check (seed 000, store fulfillment: skip soft routing on injection). Not for
 * users.
 */
final class OrderInjectionCheck {
  private final ConfigReads reads;

  OrderInjectionCheck(ConfigReads reads) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
  }

  CheckResult skipSoftRouting() {
    PreflightCheck c = PreflightCheck.SKIP_SOFT_ROUTING;
    String fix =
        "Set it: client.orderInjectionConfig().update(c ->"
            + " c.withSkipSoftRoutingOnInjection(true)).";
    Read<OrderInjectionConfig> read = reads.orderInjection();
    CheckResult missing = notRead(c, read, "no order injection configuration is set", fix);
    if (missing != null) {
      return missing;
    }
    Boolean skip = read.get().skipSoftRoutingOnInjection();
    if (Boolean.TRUE.equals(skip)) {
      return pass(c, "skip_soft_routing_on_injection is true");
    }
    return fail(
        c,
        "skip_soft_routing_on_injection is "
            + skip
            + ": injected store fulfillment orders are checked against NewStore ATP and"
            + " auto-cancelled",
        fix);
  }
}
