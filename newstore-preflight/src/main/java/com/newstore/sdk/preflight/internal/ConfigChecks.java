package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.couldNotCheck;
import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.CheckResult.warn;

import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.ExternalIdentifier;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.RefundOption;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configuration checks (everything but the fulfillment config and the probes). Each method
 * reads through {@link ConfigReads}, so an unreadable setting becomes "could not check". Not for
 * users.
 */
public final class ConfigChecks {
  /** The shortest availability webhook api key NewStore accepts. */
  static final int MIN_ATP_KEY_LENGTH = 20;

  private final ConfigReads reads;
  private final Settings settings;

  /**
   * Creates the checks.
   *
   * @param reads the reads of this run
   * @param settings what was asked
   */
  public ConfigChecks(ConfigReads reads, Settings settings) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
  }

  /**
   * Runs one configuration check.
   *
   * @param check a check that is neither a probe nor a fulfillment config check
   * @return its result
   */
  public CheckResult run(PreflightCheck check) {
    return switch (check) {
      case EXTERNAL_OMS_ENABLED -> externalOmsEnabled();
      case ORDER_ID_SEQUENCE -> orderIdSequence();
      case GRACE_PERIOD -> gracePeriod();
      case CANCELLABLE_LOCATIONS -> cancellableLocations();
      case EXTERNAL_ORDER_WEBHOOK -> externalOrderWebhook();
      case EXTERNAL_ATP -> externalAtp();
      case ATP_WEBHOOK -> atpWebhook();
      case USE_CHARGE_API -> useChargeApi();
      case REFUND_OPTIONS -> refundOptions();
      case NEW_OM_UI -> newOmUi();
      case MIXED_CART_CAPABILITY -> mixedCart();
      case SKIP_SOFT_ROUTING -> skipSoftRouting();
      case DISTRIBUTION_CENTER -> distributionCenters();
      default -> throw new IllegalArgumentException("not a configuration check: " + check);
    };
  }

  /** Builds the "could not check" result of an unavailable read. */
  static CheckResult unavailable(PreflightCheck check, Read<?> read) {
    return couldNotCheck(check, read.detail(), read.unavailableFix());
  }

  private CheckResult externalOmsEnabled() {
    PreflightCheck c = PreflightCheck.EXTERNAL_OMS_ENABLED;
    String fix =
        "Enable it: client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true)).";
    // One setting: GET /v0/config/sales_order/external_oms (the flat v0 API is the same resource).
    Read<Boolean> read = reads.externalOmsSalesOrder();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(c, "the external OMS setting is not set (" + read.detail() + ")", fix);
    }
    if (!read.ok()) {
      return unavailable(c, read);
    }
    if (!read.get()) {
      return fail(c, "external_oms enabled=false", fix);
    }
    return pass(c, "external_oms enabled=true");
  }

  private CheckResult orderIdSequence() {
    PreflightCheck c = PreflightCheck.ORDER_ID_SEQUENCE;
    String fix =
        "Set it once (it cannot change later): client.salesOrderConfig().orderIdSequence().set(new"
            + " OrderIdSequence(prefix, size, start, step)) with start > 0 and step > 0.";
    Read<OrderIdSequence> read = reads.orderIdSequence();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(c, "no order ID sequence is set (" + read.detail() + ")", fix);
    }
    if (!read.ok()) {
      return unavailable(c, read);
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

  private CheckResult gracePeriod() {
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

  private CheckResult cancellableLocations() {
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

  private CheckResult externalOrderWebhook() {
    PreflightCheck c = PreflightCheck.EXTERNAL_ORDER_WEBHOOK;
    String fix =
        "Register it: client.salesOrderConfig().externalOrderWebhook().set("
            + "ExternalOrderWebhookConfig.of(\"https://your-oms/newstore\", apiKey)"
            + ".withTimeout(Duration.ofSeconds(15))) - an https base URL, an api key, a timeout of"
            + " at most 25 s.";
    Read<ExternalOrderWebhookConfig> read = reads.externalOrderWebhook();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(c, "no external order webhook is configured (" + read.detail() + ")", fix);
    }
    if (!read.ok()) {
      return unavailable(c, read);
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

  private CheckResult externalAtp() {
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

  private CheckResult atpWebhook() {
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

  private CheckResult useChargeApi() {
    PreflightCheck c = PreflightCheck.USE_CHARGE_API;
    String fix =
        "Set use_charge_api to true: client.paymentConfig().config(PaymentConfigName.PAYMENT_OPTIONS)"
            + ".update(p -> p.withUseChargeApi(true)) (update keeps the rest of the document).";
    Read<PaymentConfiguration> read = reads.payment();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(c, "no payment configuration is set (" + read.detail() + ")", fix);
    }
    if (!read.ok()) {
      return unavailable(c, read);
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

  private CheckResult refundOptions() {
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

  private CheckResult newOmUi() {
    PreflightCheck c = PreflightCheck.NEW_OM_UI;
    String fix =
        "Set use_new_om_ui to true: client.associateAppConfig().update(a -> a.withUseNewOmUi(true))"
            + " (update keeps the rest of the document).";
    Read<AssociateAppConfiguration> read = reads.associateApp();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(c, "no Associate App configuration is set (" + read.detail() + ")", fix);
    }
    if (!read.ok()) {
      return unavailable(c, read);
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

  private CheckResult mixedCart() {
    PreflightCheck c = PreflightCheck.MIXED_CART_CAPABILITY;
    String fix =
        "Set capabilities.mixed_cart to true:"
            + " client.associateAppConfig().update(a -> a.withMixedCart(true)).";
    Read<AssociateAppConfiguration> read = reads.associateApp();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(c, "no Associate App configuration is set (" + read.detail() + ")", fix);
    }
    if (!read.ok()) {
      return unavailable(c, read);
    }
    Boolean mixed = read.get().mixedCart().orElse(null);
    if (Boolean.TRUE.equals(mixed)) {
      return pass(c, "capabilities.mixed_cart is true");
    }
    return fail(c, "capabilities.mixed_cart is " + mixed, fix);
  }

  private CheckResult skipSoftRouting() {
    PreflightCheck c = PreflightCheck.SKIP_SOFT_ROUTING;
    String fix =
        "Set it: client.orderInjectionConfig().update(c ->"
            + " c.withSkipSoftRoutingOnInjection(true)).";
    Read<com.newstore.sdk.client.config.OrderInjectionConfig> read = reads.orderInjection();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(c, "no order injection configuration is set (" + read.detail() + ")", fix);
    }
    if (!read.ok()) {
      return unavailable(c, read);
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

  private CheckResult distributionCenters() {
    PreflightCheck c = PreflightCheck.DISTRIBUTION_CENTER;
    String fix =
        "Configure each DC: client.distributionCenterConfig().node(nodeId).set(new"
            + " DistributionCenterConfiguration(\"https://your-wms/fulfillment\", apiKey)).";
    if (settings.dcNodeIds().isEmpty()) {
      return couldNotCheck(
          c,
          "no DC fulfillment node id was given",
          "Name the DCs: --dc-node <fulfillment_node_id> (Builder.distributionCenters(...)).");
    }
    StringBuilder seen = new StringBuilder();
    for (String node : settings.dcNodeIds()) {
      Read<DistributionCenterConfiguration> read = reads.distributionCenter(node);
      if (read.kind() == Read.Kind.ABSENT) {
        return fail(c, "DC " + node + " has no configuration (" + read.detail() + ")", fix);
      }
      if (!read.ok()) {
        return unavailable(c, read);
      }
      DistributionCenterConfiguration dc = read.get();
      if (!isHttps(dc.url())) {
        return fail(c, "DC " + node + " URL " + shown(dc.url()) + " is not https", fix);
      }
      if (dc.apiKey() == null || dc.apiKey().isBlank()) {
        return fail(c, "DC " + node + " has no api key", fix);
      }
      seen.append(seen.length() == 0 ? "" : "; ").append(node).append(": ").append(shown(dc.url()));
    }
    return pass(c, seen.toString());
  }

  /**
   * Returns whether a URL is absolute https.
   *
   * @param url the URL
   * @return true for {@code https://...}
   */
  static boolean isHttps(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("https://")
        && url.length() > "https://".length();
  }

  /**
   * Returns a URL fit for a report: without user info and query, which may carry credentials.
   *
   * @param url the configured URL
   * @return the URL without secrets
   */
  static String shown(String url) {
    String out = url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#]*@", "$1<redacted>@");
    int q = out.indexOf('?');
    return q < 0 ? out : out.substring(0, q) + "?<redacted>";
  }
}
