package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.CheckResult.warn;

import com.newstore.sdk.client.config.FulfillmentConfiguration;
import com.newstore.sdk.client.config.FulfillmentNodeRate;
import com.newstore.sdk.client.config.Route;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fulfillment configuration consistency checks and the transfer shipping check. Not for users.
 */
public final class FulfillmentChecks {
  private static final String FIX_HINT =
      " Read it with client.fulfillmentConfig().get().orElseThrow(), correct it and write it back with"
          + " client.fulfillmentConfig().set(config) (the SDK validates the same rules before"
          + " sending).";

  private final ConfigReads reads;

  /**
   * Creates the checks.
   *
   * @param reads the reads of this run
   */
  public FulfillmentChecks(ConfigReads reads) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
  }

  /**
   * Runs one fulfillment check.
   *
   * @param check a fulfillment or transfer shipping check
   * @return its result
   */
  public CheckResult run(PreflightCheck check) {
    Read<FulfillmentConfiguration> read = reads.fulfillment();
    if (read.kind() == Read.Kind.ABSENT) {
      return fail(
          check,
          "no fulfillment configuration is set ("
              + read.detail()
              + "); NewStore needs one even when the external OMS routes orders",
          "Create one with client.fulfillmentConfig().set(config): provider_rates, routes,"
              + " service_levels, sl_levels_priority.");
    }
    if (!read.ok()) {
      return ConfigChecks.unavailable(check, read);
    }
    FulfillmentConfiguration fc = read.get();
    return switch (check) {
      case SERVICE_LEVELS_ROUTED -> routed(fc);
      case SERVICE_LEVEL_PRIORITY -> priority(fc);
      case PROVIDER_RATES -> providerRates(fc);
      case TRANSFER_SHIPPING -> transferShipping(fc);
      default -> throw new IllegalArgumentException("not a fulfillment check: " + check);
    };
  }

  private static CheckResult routed(FulfillmentConfiguration fc) {
    PreflightCheck c = PreflightCheck.SERVICE_LEVELS_ROUTED;
    Set<String> levels = fc.serviceLevels().keySet();
    if (levels.isEmpty()) {
      return fail(
          c, "service_levels is empty", "Define the service levels customers use." + FIX_HINT);
    }
    if (fc.routes().isEmpty()) {
      return fail(
          c, "routes is empty", "Add at least one route listing every service level." + FIX_HINT);
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < fc.routes().size(); i++) {
      Route r = fc.routes().get(i);
      Set<String> missing = new LinkedHashSet<>(levels);
      missing.removeAll(r.fulfilledBy().keySet());
      if (!missing.isEmpty()) {
        problems.add("routes[" + i + "].fulfilled_by lacks " + missing);
      }
    }
    if (!problems.isEmpty()) {
      return fail(
          c,
          String.join("; ", problems),
          "Add every service level to every route's fulfilled_by (the node list may be the same"
              + " for each; with an external OMS it does not matter)."
              + FIX_HINT);
    }
    return pass(c, levels.size() + " service level(s) in all " + fc.routes().size() + " route(s)");
  }

  private static CheckResult priority(FulfillmentConfiguration fc) {
    PreflightCheck c = PreflightCheck.SERVICE_LEVEL_PRIORITY;
    Set<String> missing = new LinkedHashSet<>(fc.serviceLevels().keySet());
    missing.removeAll(fc.slLevelsPriority());
    String fix = "List exactly the service_levels keys in sl_levels_priority." + FIX_HINT;
    if (!missing.isEmpty()) {
      return fail(c, "sl_levels_priority " + fc.slLevelsPriority() + " lacks " + missing, fix);
    }
    Set<String> extra = new LinkedHashSet<>(fc.slLevelsPriority());
    extra.removeAll(fc.serviceLevels().keySet());
    if (!extra.isEmpty()) {
      return warn(c, "sl_levels_priority names undefined service levels " + extra, fix);
    }
    return pass(c, "sl_levels_priority " + fc.slLevelsPriority());
  }

  private static CheckResult providerRates(FulfillmentConfiguration fc) {
    PreflightCheck c = PreflightCheck.PROVIDER_RATES;
    Set<String> missing = new LinkedHashSet<>();
    int referenced = 0;
    for (Route r : fc.routes()) {
      for (List<FulfillmentNodeRate> nodes : r.fulfilledBy().values()) {
        for (FulfillmentNodeRate n : nodes) {
          referenced++;
          if (!fc.providerRates().containsKey(n.providerRate())) {
            missing.add(n.providerRate());
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      return fail(
          c,
          "fulfilled_by references provider rates "
              + missing
              + " that provider_rates does not define (defined: "
              + fc.providerRates().keySet()
              + ")",
          "Define each referenced rate under provider_rates (service_level, shipping_carrier_name,"
              + " shipping_type) or reference an existing one."
              + FIX_HINT);
    }
    return pass(c, referenced + " reference(s) to " + fc.providerRates().size() + " rate(s)");
  }

  private CheckResult transferShipping(FulfillmentConfiguration fc) {
    PreflightCheck c = PreflightCheck.TRANSFER_SHIPPING;
    String fix =
        "Write service levels of the fulfillment configuration (any subset, in its"
            + " sl_levels_priority order): client.transferShippingConfig().set("
            + "TransferShippingConfiguration.of(List.of(TransferRoute.of(storeId, List.of(\"*\"),"
            + " serviceLevelIds)))).";
    Read<TransferShippingConfiguration> read = reads.transferShipping();
    CheckResult missing =
        ConfigChecks.notRead(c, read, "no transfer shipping configuration is set", fix);
    if (missing != null) {
      return missing;
    }
    TransferShippingConfiguration t = read.get();
    List<String> problems = t.serviceLevelProblems(fc);
    if (!problems.isEmpty()) {
      return fail(c, String.join("; ", problems), fix);
    }
    return pass(
        c, "transfer service levels follow the fulfillment config's " + fc.slLevelsPriority());
  }
}
