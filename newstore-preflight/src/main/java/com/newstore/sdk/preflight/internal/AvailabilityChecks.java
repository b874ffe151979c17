package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.internal.ConfigChecks.unavailable;
import static com.newstore.sdk.preflight.internal.Urls.isHttps;
import static com.newstore.sdk.preflight.internal.Urls.shown;

import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.ExternalIdentifier;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.util.Objects;

/** The availability checks (seed 000: external ATP and its webhook). Not for users. */
final class AvailabilityChecks {
  /** The shortest availability webhook api key NewStore accepts. */
  static final int MIN_ATP_KEY_LENGTH = 20;

  private final ConfigReads reads;
  private final Settings settings;

  AvailabilityChecks(ConfigReads reads, Settings settings) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
  }

  CheckResult externalAtp() {
    PreflightCheck c = PreflightCheck.EXTERNAL_ATP;
    Read<Boolean> flag = reads.usesExternalAtp();
    if (!flag.ok()) {
      if (flag.kind() == Read.Kind.ABSENT && !settings.externalAtpRequired()) {
        return pass(
            c, "external ATP is not set (NewStore stock is used); optional for this profile");
      }
      if (flag.kind() == Read.Kind.ABSENT) {
        return fail(c, "external ATP is not set (" + flag.detail() + ")", atpFlagFix());
      }
      return unavailable(c, flag);
    }
    if (flag.get()) {
      return pass(c, "NewStore requests ATP from the external OMS");
    }
    if (settings.externalAtpRequired()) {
      return fail(
          c,
          "uses_external_atp is false: endless-aisle and mixed-cart checkouts will show"
              + " 'Products not available'",
          atpFlagFix());
    }
    return pass(
        c, "uses_external_atp is false (NewStore stock is used); optional for this profile");
  }

  private static String atpFlagFix() {
    return "Configure the ATP webhook first, then turn the flag on:"
        + " client.availabilityConfig().usesExternalAtp().set(true).";
  }

  CheckResult atpWebhook() {
    PreflightCheck c = PreflightCheck.ATP_WEBHOOK;
    String fix =
        "Register it: client.availabilityConfig().webhook().set(AvailabilityWebhookConfig.of("
            + "\"https://your-oms/atp\", apiKey, Duration.ofSeconds(10))) - https, external_identifier"
            + " product_id, an api key of at least 20 characters, a timeout of 5 to 60 s.";
    Read<Boolean> flag = reads.usesExternalAtp();
    boolean needed = settings.externalAtpRequired() || (flag.ok() && flag.get());
    if (!needed) {
      if (!flag.ok() && flag.kind() != Read.Kind.ABSENT) {
        return unavailable(c, flag);
      }
      return pass(c, "external ATP is off, so NewStore does not call an ATP webhook");
    }
    Read<AvailabilityWebhookConfig> read = reads.availabilityWebhook();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(
          c,
          "external ATP is on or required but no ATP webhook is configured ("
              + read.detail()
              + "): every availability request answers 0",
          fix);
    }
    if (!read.ok()) {
      return unavailable(c, read);
    }
    AvailabilityWebhookConfig w = read.get();
    if (!ExternalIdentifier.PRODUCT_ID.equals(w.externalIdentifier())) {
      return fail(
          c,
          "external_identifier is '" + w.externalIdentifier().value() + "', not product_id",
          fix);
    }
    if (w.apiKey().length() < MIN_ATP_KEY_LENGTH) {
      return fail(c, "the api key has " + w.apiKey().length() + " characters, fewer than 20", fix);
    }
    if (!isHttps(w.url())) {
      return fail(c, "the URL " + shown(w.url()) + " is not https", fix);
    }
    long t = w.timeout().toSeconds();
    if (t < 5 || t > 60) {
      return fail(c, "the timeout is " + t + " s, outside 5 to 60 s", fix);
    }
    return pass(
        c,
        shown(w.url())
            + ", external_identifier product_id, api key of "
            + w.apiKey().length()
            + " characters, timeout "
            + t
            + " s");
  }
}
