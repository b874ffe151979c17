package com.newstore.sdk.preflight.internal;

import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.CheckStatus;
import com.newstore.sdk.preflight.IntegrationProfile;
import com.newstore.sdk.preflight.PreflightReport;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;
import okio.Buffer;

/** Renders a report as a text table or as JSON. Not for users. */
public final class ReportFormat {
  private ReportFormat() {}

  /**
   * Returns the JSON name of a status: {@code pass}, {@code warn}, {@code fail}, {@code
   * could_not_check}.
   *
   * @param status the status
   * @return the name
   */
  public static String name(CheckStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Renders the report as a readable table, a fix line under each result that is not a pass.
   *
   * @param report the report
   * @return the text, ending with a summary line
   */
  public static String table(PreflightReport report) {
    int idWidth =
        Math.max(
            5, report.results().stream().mapToInt(r -> r.check().id().length()).max().orElse(5));
    StringBuilder b = new StringBuilder();
    b.append("NewStore preflight for profile(s): ").append(profiles(report)).append('\n');
    b.append(pad("STATUS", 16)).append(pad("CHECK", idWidth + 2)).append("RESULT\n");
    for (CheckResult r : report.results()) {
      b.append(pad(r.status().name(), 16))
          .append(pad(r.check().id(), idWidth + 2))
          .append(r.reason())
          .append('\n');
      if (r.fix() != null) {
        b.append(pad("", 16 + idWidth + 2)).append("fix: ").append(r.fix()).append('\n');
      }
    }
    b.append('\n').append(summary(report)).append('\n');
    return b.toString();
  }

  /**
   * Renders the report as one JSON object: {@code profiles}, {@code exit_code}, {@code summary} and
   * {@code results} (each with {@code id}, {@code title}, {@code status}, {@code reason}, {@code
   * fix}, {@code playbook}).
   *
   * @param report the report
   * @return the JSON text
   */
  public static String json(PreflightReport report) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setIndent("  ");
      w.setSerializeNulls(true);
      w.beginObject();
      w.name("profiles").beginArray();
      for (IntegrationProfile p : report.profiles()) {
        w.value(p.cliName());
      }
      w.endArray();
      w.name("exit_code").value(report.exitCode());
      w.name("summary").beginObject();
      for (CheckStatus s : CheckStatus.values()) {
        w.name(name(s)).value(report.results(s).size());
      }
      w.endObject();
      w.name("results").beginArray();
      for (CheckResult r : report.results()) {
        w.beginObject();
        w.name("id").value(r.check().id());
        w.name("title").value(r.check().title());
        w.name("status").value(name(r.status()));
        w.name("reason").value(r.reason());
        w.name("fix");
        if (r.fix() == null) {
          w.nullValue();
        } else {
          w.value(r.fix());
        }
        w.name("playbook").value(r.check().playbook());
        w.endObject();
      }
      w.endArray();
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8() + "\n";
  }

  private static String summary(PreflightReport report) {
    return report.results(CheckStatus.PASS).size()
        + " pass, "
        + report.results(CheckStatus.WARN).size()
        + " warn, "
        + report.results(CheckStatus.FAIL).size()
        + " fail, "
        + report.results(CheckStatus.COULD_NOT_CHECK).size()
        + " could not check";
  }

  private static String profiles(PreflightReport report) {
    return report.profiles().stream()
        .map(IntegrationProfile::cliName)
        .collect(Collectors.joining(", "));
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.append(b.length() > width ? " " : "").toString();
  }
}
