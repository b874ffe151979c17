package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.internal.ConfigChecks.notRead;

import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.util.Objects;

/**
 * The Associate App configuration checks (seed 000: the external OMS UI, and mixed cart). Not for
 * users.
 */
final class AssociateAppChecks {
  private final ConfigReads reads;

  AssociateAppChecks(ConfigReads reads) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
  }

  CheckResult newOmUi() {
    PreflightCheck c = PreflightCheck.NEW_OM_UI;
    String fix =
        "Set use_new_om_ui to true: client.associateAppConfig().update(a -> a.withUseNewOmUi(true))"
            + " (update keeps the rest of the document).";
    Read<AssociateAppConfiguration> read = reads.associateApp();
    CheckResult missing = notRead(c, read, "no Associate App configuration is set", fix);
    if (missing != null) {
      return missing;
    }
    Boolean newUi = read.get().useNewOmUi().orElse(null);
    if (Boolean.TRUE.equals(newUi)) {
      return pass(c, "use_new_om_ui is true");
    }
    return fail(
        c,
        "use_new_om_ui is "
            + (newUi == null ? "not set" : newUi)
            + ": the Associate App keeps reading order history from NewStore",
        fix);
  }

  CheckResult mixedCart() {
    PreflightCheck c = PreflightCheck.MIXED_CART_CAPABILITY;
    String fix =
        "Set capabilities.mixed_cart to true:"
            + " client.associateAppConfig().update(a -> a.withMixedCart(true)).";
    Read<AssociateAppConfiguration> read = reads.associateApp();
    CheckResult missing = notRead(c, read, "no Associate App configuration is set", fix);
    if (missing != null) {
      return missing;
    }
    Boolean mixed = read.get().mixedCart().orElse(null);
    if (Boolean.TRUE.equals(mixed)) {
      return pass(c, "capabilities.mixed_cart is true");
    }
    return fail(c, "capabilities.mixed_cart is " + mixed, fix);
  }
}
