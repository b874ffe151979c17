package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.couldNotCheck;
import static com.newstore.sdk.preflight.CheckResult.fail;

import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs the configuration checks (everything but the fulfillment config and the probes), each in the
 * small class of its configuration. Every check reads through {@link ConfigReads}, so an unreadable
 * setting becomes "could not check". Not for users.
 */
public final class ConfigChecks {
  private final SalesOrderChecks salesOrder;
  private final AvailabilityChecks availability;
  private final AssociateAppChecks associateApp;
  private final PaymentChecks payment;
  private final OrderInjectionCheck orderInjection;
  private final DistributionCenterCheck distributionCenter;

  /**
   * Creates the checks.
   *
   * @param reads the reads of this run
   * @param settings what was asked
   */
  public ConfigChecks(ConfigReads reads, Settings settings) {
    Objects.requireNonNull(reads, "reads == null");
    Objects.requireNonNull(settings, "settings == null");
    this.salesOrder = new SalesOrderChecks(reads);
    this.availability = new AvailabilityChecks(reads, settings);
    this.associateApp = new AssociateAppChecks(reads);
    this.payment = new PaymentChecks(reads, settings);
    this.orderInjection = new OrderInjectionCheck(reads);
    this.distributionCenter = new DistributionCenterCheck(reads, settings);
  }

  /**
   * Runs one configuration check.
   *
   * @param check a check that is neither a probe nor a fulfillment config check
   * @return its result
   */
  public CheckResult run(PreflightCheck check) {
    return switch (check) {
      case EXTERNAL_OMS_ENABLED -> salesOrder.externalOmsEnabled();
      case ORDER_ID_SEQUENCE -> salesOrder.orderIdSequence();
      case GRACE_PERIOD -> salesOrder.gracePeriod();
      case CANCELLABLE_LOCATIONS -> salesOrder.cancellableLocations();
      case EXTERNAL_ORDER_WEBHOOK -> salesOrder.externalOrderWebhook();
      case ATP_WEBHOOK -> availability.atpWebhook();
      case EXTERNAL_ATP -> availability.externalAtp();
      case NEW_OM_UI -> associateApp.newOmUi();
      case MIXED_CART_CAPABILITY -> associateApp.mixedCart();
      case USE_CHARGE_API -> payment.useChargeApi();
      case REFUND_OPTIONS -> payment.refundOptions();
      case SKIP_SOFT_ROUTING -> orderInjection.skipSoftRouting();
      case DISTRIBUTION_CENTER -> distributionCenter.distributionCenters();
      default -> throw new IllegalArgumentException("not a configuration check: " + check);
    };
  }

  /**
   * Returns what to report for a value that was not read: a failure when nothing is set ({@code
   * notSet} and the read's detail), "could not check" when it could not be read, null when it was
   * read.
   */
  static @Nullable CheckResult notRead(PreflightCheck c, Read<?> read, String notSet, String fix) {
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(c, notSet + " (" + read.detail() + ")", fix);
    }
    return read.ok() ? null : unavailable(c, read);
  }

  /** Builds the "could not check" result of an unavailable read. */
  static CheckResult unavailable(PreflightCheck check, Read<?> read) {
    return couldNotCheck(check, read.detail(), read.unavailableFix());
  }
}
