package com.newstore.sdk.preflight.internal;

import static com.newstore.sdk.preflight.CheckResult.couldNotCheck;
import static com.newstore.sdk.preflight.CheckResult.fail;
import static com.newstore.sdk.preflight.CheckResult.pass;
import static com.newstore.sdk.preflight.internal.ConfigChecks.unavailable;
import static com.newstore.sdk.preflight.internal.Urls.isHttps;
import static com.newstore.sdk.preflight.internal.Urls.shown;

import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.PreflightCheck;
import java.util.Objects;

/** The DC configuration check (seed 004: an https URL and an api key per DC). Not for users. */
final class DistributionCenterCheck {
  private final ConfigReads reads;
  private final Settings settings;

  DistributionCenterCheck(ConfigReads reads, Settings settings) {
    this.reads = Objects.requireNonNull(reads, "reads == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
  }

  CheckResult distributionCenters() {
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
}
