package com.newstore.sdk.preflight;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link NewStorePreflight#confirmEndpoints()}: for every operation the spec marks
 * {@code inferred}, which candidate path the tenant answers.
 *
 * <p>Meant to be shared (in an issue, with NewStore support): it holds the SDK version, endpoint
 * ids, candidate paths, statuses and member names, and nothing of the tenant's data or credentials.
 * The tenant name is present only when asked for ({@code --include-tenant}).
 *
 * @param sdkVersion the SDK version that ran the probes
 * @param tenant the tenant name, or {@code null} unless asked for
 * @param rows one row per inferred operation, in the spec's order
 */
public record EndpointConfirmationReport(
    String sdkVersion, @Nullable String tenant, List<EndpointConfirmation> rows) {
  /**
   * Validates and copies.
   *
   * @param sdkVersion see the record description
   * @param tenant see the record description
   * @param rows see the record description
   */
  public EndpointConfirmationReport {
    Objects.requireNonNull(sdkVersion, "sdkVersion == null");
    rows = List.copyOf(rows);
  }

  /**
   * Returns whether every probe got an HTTP answer (whatever its status). Skipped rows count as
   * ran: their reason is reported.
   *
   * @return false when a probe failed on the network
   */
  public boolean everyProbeRan() {
    return rows.stream().flatMap(r -> r.probes().stream()).allMatch(p -> p.status() != 0);
  }

  /**
   * Renders the report as a plain text table, one line per candidate path.
   *
   * @return the table
   */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append("NewStore SDK ").append(sdkVersion);
    if (tenant != null) {
      b.append(", tenant ").append(tenant);
    }
    b.append(": read-only probes of the endpoints the spec marks inferred\n");
    b.append(String.format("%-42s %-6s %-6s %s%n", "ENDPOINT", "METHOD", "STATUS", "PATH"));
    for (EndpointConfirmation r : rows) {
      if (r.skipped()) {
        b.append(
            String.format(
                "%-42s %-6s %-6s %s (skipped: %s)%n",
                r.endpointId(),
                r.method(),
                "-",
                r.candidates().isEmpty() ? "" : r.candidates().get(0),
                r.skipReason()));
        continue;
      }
      for (CandidateProbe p : r.probes()) {
        String mark = r.answeredPath().map(p.path()::equals).orElse(false) ? " <= answered" : "";
        String members = p.memberNames().isEmpty() ? "" : " members " + p.memberNames();
        String note = p.note().isEmpty() ? "" : " (" + p.note() + ")";
        b.append(
            String.format(
                "%-42s %-6s %-6s %s%s%s%s%n",
                r.endpointId(),
                r.method(),
                p.status() == 0 ? "none" : p.statusClass(),
                p.path(),
                members,
                mark,
                note));
      }
    }
    return b.toString();
  }

  /**
   * Renders the report as JSON, the shareable form.
   *
   * @return the JSON document
   */
  public String toJson() {
    Buffer out = new Buffer();
    try (JsonWriter w = JsonWriter.of(out)) {
      w.setIndent("  ");
      w.beginObject();
      w.name("sdk_version").value(sdkVersion);
      if (tenant != null) {
        w.name("tenant").value(tenant);
      }
      w.name("every_probe_ran").value(everyProbeRan());
      w.name("endpoints").beginArray();
      for (EndpointConfirmation r : rows) {
        w.beginObject();
        w.name("endpoint_id").value(r.endpointId());
        w.name("method").value(r.method());
        w.name("probed_endpoint_id").value(r.probedEndpointId());
        w.name("candidate_paths").beginArray();
        for (String c : r.candidates()) {
          w.value(c);
        }
        w.endArray();
        if (r.skipReason() != null) {
          w.name("skipped").value(r.skipReason());
        }
        w.name("answered_path").value(r.answeredPath().orElse(null));
        w.name("probes").beginArray();
        for (CandidateProbe p : r.probes()) {
          w.beginObject();
          w.name("path").value(p.path());
          w.name("status").value(p.status());
          w.name("status_class").value(p.status() == 0 ? "none" : p.statusClass());
          w.name("member_names").beginArray();
          for (String m : p.memberNames()) {
            w.value(m);
          }
          w.endArray();
          if (!p.note().isEmpty()) {
            w.name("note").value(p.note());
          }
          w.endObject();
        }
        w.endArray();
        w.endObject();
      }
      w.endArray();
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.readUtf8() + "\n";
  }
}
