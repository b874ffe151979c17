package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.CheckResult.warn;
import static com.newstore.sdk.preflight.internal.ConfigChecks.notRead;
import static com.newstore.sdk.preflight.internal.ConfigChecks.unavailable;
import static com.newstore.sdk.preflight.internal.Urls.isHttps;
import static com.newstore.sdk.preflight.internal.Urls.shown;

import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sales order checks (seed 000: the external OMS, the sales order configuration, the external
 * order webhook). Not for users.
 */
final class SalesOrderChecks {
  private final ConfigReads reads;

  SalesOrderChecks(ConfigReads reads) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
  }

  CheckResult externalOmsEnabled() {
    PreflightCheck c = PreflightCheck.EXTERNAL_OMS_ENABLED;
    String fix =
        "Enable it: client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true)).";
    // One setting: GET /v0/config/sales_order/external_oms (the flat v0 API is the same resource).
    Read<Boolean> read = reads.externalOmsSalesOrder();
    CheckResult missing = notRead(c, read, "the external OMS setting is not set", fix);
    if (missing != null) {
      return missing;
    }
    if (!read.get()) {
      return fail(c, "external_oms enabled=false", fix);
    }
    return pass(c, "external_oms enabled=true");
  }

  CheckResult orderIdSequence() {
    PreflightCheck c = PreflightCheck.ORDER_ID_SEQUENCE;
    String fix =
        "Set it once (it cannot change later): client.salesOrderConfig().orderIdSequence().set(new"
            + " OrderIdSequence(prefix, size, start, step)) with start > 0 and step > 0.";
    Read<OrderIdSequence> read = reads.orderIdSequence();
    CheckResult missing = notRead(c, read, "no order ID sequence is set", fix);
    if (missing != null) {
      return missing;
    }
    OrderIdSequence s = read.get();
    if (s.start() <= 0 || s.step() <= 0) {
      return fail(c, "the sequence has start " + s.start() + " and step " + s.step(), fix);
    }
    return pass(
        c,
        "prefix "
            + (s.prefix() == null ? "(none)" : "'" + s.prefix() + "'")
            + ", size "
            + s.size()
            + ", start "
            + s.start()
            + ", step "
            + s.step());
  }

  CheckResult gracePeriod() {
    PreflightCheck c = PreflightCheck.GRACE_PERIOD;
    Read<Duration> read = reads.gracePeriod();
    if (read.kind() == Read.Kind.ABSENT) {
      // Seed 003: the grace period may also come from the fulfillment configuration and only
      // applies to orders without one, so "unset" is a documented default, not a broken setup.
      return pass(
          c,
          "no grace period is set ("
              + read.detail()
              + "): NewStore's default applies (or the fulfillment configuration's); set one with"
              + " client.salesOrderConfig().gracePeriod().set(Duration.ofSeconds(...)) to change"
              + " it");
    }
    if (!read.ok()) {
      return unavailable(c, read);
    }
    return pass(c, "grace period " + read.get().toSeconds() + " s");
  }

  CheckResult cancellableLocations() {
    PreflightCheck c = PreflightCheck.CANCELLABLE_LOCATIONS;
    String fix =
        "Set them: client.salesOrderConfig().cancellableLocations().set(Set.of(LocationType.STORE,"
            + " LocationType.DC)) (store, dc or both).";
    Read<Set<LocationType>> read = reads.cancellableLocations();
    if (read.kind() == Read.Kind.ABSENT) {
      // Seed 003: unset means orders routed to stores can be cancelled and DC-routed ones cannot.
      return pass(
          c,
          "no cancellable locations are set ("
              + read.detail()
              + "): NewStore's default applies (store-routed orders cancellable, DC-routed not);"
              + " to change it: client.salesOrderConfig().cancellableLocations().set(...)");
    }
    if (!read.ok()) {
      return unavailable(c, read);
    }
    Set<LocationType> locations = read.get();
    String list =
        locations.stream().map(LocationType::value).sorted().collect(Collectors.joining(", "));
    if (locations.isEmpty()) {
      return fail(c, "the list of cancellable locations is empty", fix);
    }
    List<String> unknown =
        locations.stream().filter(l -> !l.isKnown()).map(LocationType::value).toList();
    if (!unknown.isEmpty()) {
      return warn(c, "unknown location types " + unknown + " in [" + list + "]", fix);
    }
    return pass(c, "cancellable from [" + list + "]");
  }

  CheckResult externalOrderWebhook() {
    PreflightCheck c = PreflightCheck.EXTERNAL_ORDER_WEBHOOK;
    String fix =
        "Register it: client.salesOrderConfig().externalOrderWebhook().set("
            + "ExternalOrderWebhookConfig.of(\"https://your-oms/newstore\", apiKey)"
            + ".withTimeout(Duration.ofSeconds(15))) - an https base URL, an api key, a timeout of"
            + " at most 25 s.";
    Read<ExternalOrderWebhookConfig> read = reads.externalOrderWebhook();
    CheckResult missing = notRead(c, read, "no external order webhook is configured", fix);
    if (missing != null) {
      return missing;
    }
    ExternalOrderWebhookConfig w = read.get();
    if (w.timeout().compareTo(ExternalOrderWebhookConfig.MAX_TIMEOUT) > 0) {
      return fail(c, "the timeout is " + w.timeout().toSeconds() + " s, above 25 s", fix);
    }
    if (w.timeout().isZero() || w.timeout().isNegative()) {
      return fail(c, "the timeout is " + w.timeout().toSeconds() + " s", fix);
    }
    if (w.apiKey() == null || w.apiKey().isBlank()) {
      return fail(c, "no api key is set: anyone could call the webhook as NewStore", fix);
    }
    if (!isHttps(w.url())) {
      // Seed 003 types url only as a uri: http is allowed, but the api key would travel in clear.
      return warn(
          c,
          "the URL "
              + shown(w.url())
              + " is not https (NewStore accepts any uri; the api key travels unencrypted)",
          fix);
    }
    return pass(c, shown(w.url()) + ", timeout " + w.timeout().toSeconds() + " s, api key set");
  }
}
