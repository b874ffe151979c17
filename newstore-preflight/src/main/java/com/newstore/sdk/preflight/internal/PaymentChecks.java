package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.CheckResult.warn;
import static com.newstore.sdk.preflight.internal.ConfigChecks.notRead;
import static com.newstore.sdk.preflight.internal.ConfigChecks.unavailable;

import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.RefundOption;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The payment checks (seed 000: the charge API and the refund options). Not for users. */
final class PaymentChecks {
  private final ConfigReads reads;
  private final Settings settings;

  PaymentChecks(ConfigReads reads, Settings settings) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
  }

  CheckResult useChargeApi() {
    PreflightCheck c = PreflightCheck.USE_CHARGE_API;
    String fix =
        "Set use_charge_api to true: client.paymentConfig().config(PaymentConfigName.PAYMENT_OPTIONS)"
            + ".update(p -> p.withUseChargeApi(true)) (update keeps the rest of the document).";
    Read<PaymentConfiguration> read = reads.payment();
    CheckResult missing = notRead(c, read, "no payment configuration is set", fix);
    if (missing != null) {
      return missing;
    }
    Boolean charge = read.get().useChargeApi().orElse(null);
    if (Boolean.TRUE.equals(charge)) {
      return pass(c, "use_charge_api is true");
    }
    String seen = "use_charge_api is " + (charge == null ? "not set" : charge);
    if (settings.externalAtpRequired()) {
      return fail(
          c,
          seen
              + ": endless-aisle and mixed-cart payments are pre-captured and need the charge API;"
              + " NewStore may refund orders the external OMS owns",
          fix);
    }
    return warn(c, seen + ": the playbook lists it as a prerequisite for every profile", fix);
  }

  CheckResult refundOptions() {
    PreflightCheck c = PreflightCheck.REFUND_OPTIONS;
    String fix =
        "List both: client.paymentConfig().config(PaymentConfigName.PAYMENT_OPTIONS)"
            + ".update(p -> p.with(\"/refund_options\", List.of(\"original\", \"external\", ...)))"
            + " with RefundOption.ORIGINAL and RefundOption.EXTERNAL. original refunds"
            + " Associate App orders, external refunds orders placed in the external OMS.";
    Read<PaymentConfiguration> read = reads.payment();
    if (read.kind() == Read.Kind.ABSENT) {
      return settings.refundToOriginal()
          ? fail(c, "no payment configuration is set (" + read.detail() + ")", fix)
          : pass(c, "no refund options configured; refunds to the original method not wanted");
    }
    if (!read.ok()) {
      return unavailable(c, read);
    }
    // Where the refund options live in NewStore's payment documents is unknown; /refund_options.
    List<RefundOption> options =
        read.get()
            .at("/refund_options")
            .filter(List.class::isInstance)
            .map(l -> ((List<?>) l).stream().map(o -> RefundOption.of(String.valueOf(o))).toList())
            .orElse(List.of());
    boolean original = options.contains(RefundOption.ORIGINAL);
    boolean external = options.contains(RefundOption.EXTERNAL);
    String seen =
        "refund options ["
            + options.stream().map(RefundOption::value).collect(Collectors.joining(", "))
            + "]";
    if (original && external) {
      return pass(c, seen);
    }
    if (settings.refundToOriginal()) {
      return fail(
          c,
          seen + ": refunds to the original payment method need original and external together",
          fix);
    }
    if (original || external) {
      return warn(
          c,
          seen
              + ": "
              + (original ? "original" : "external")
              + " without "
              + (original ? "external" : "original")
              + " covers only "
              + (original ? "Associate App orders" : "external OMS orders"),
          fix);
    }
    return pass(c, seen + "; refunds to the original method not wanted");
  }
}
