package com.newstore.sdk.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads JMH JSON result files (one per round) and prints, for every benchmark that has an {@code
 * sdk} and a {@code raw} method, the ratio SDK ÷ baseline with a 95% confidence interval, next to
 * the target; then SDK ÷ the openapi-generator client for benchmarks with a {@code generated}
 * method. Iterations of all rounds are pooled; the interval of the ratio is propagated from the two
 * means' intervals (Student t).
 */
public final class RatioTable {
  private RatioTable() {}

  /**
   * Prints the table.
   *
   * @param args JMH JSON result files
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, Samples> samples = new TreeMap<>();
    JsonAdapter<List<Map<String, Object>>> adapter =
        new Moshi.Builder()
            .build()
            .adapter(
                Types.newParameterizedType(
                    List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));
    for (String file : args) {
      List<Map<String, Object>> runs =
          Objects.requireNonNull(adapter.fromJson(Files.readString(Path.of(file))));
      for (Map<String, Object> run : runs) {
        collect(run, samples);
      }
    }
    System.out.println(
        "| benchmark | metric | baseline | SDK | SDK ÷ baseline (95% CI) | target | verdict |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Map.Entry<String, Samples> e : samples.entrySet()) {
      if (!e.getKey().endsWith("|sdk")) {
        continue;
      }
      String key = e.getKey().substring(0, e.getKey().length() - 4);
      Samples raw = samples.get(key + "|raw");
      if (raw == null) {
        continue;
      }
      Samples sdk = e.getValue();
      row(key, sdk.mode, "time", sdk.unit, raw.primary, sdk.primary);
      if (!raw.alloc.isEmpty() && !sdk.alloc.isEmpty() && !sdk.mode.equals("ss")) {
        row(key, "alloc", "allocation", "B/op", raw.alloc, sdk.alloc);
      }
    }
    printGeneratedTable(samples);
  }

  /**
   * Prints SDK ÷ the client openapi-generator makes from specs/ (what a team would generate instead
   * of using the SDK), for the benchmarks that have a {@code generated} method.
   */
  private static void printGeneratedTable(Map<String, Samples> samples) {
    boolean header = false;
    for (Map.Entry<String, Samples> e : samples.entrySet()) {
      if (!e.getKey().endsWith("|generated")) {
        continue;
      }
      String key = e.getKey().substring(0, e.getKey().length() - "|generated".length());
      Samples sdk = samples.get(key + "|sdk");
      if (sdk == null) {
        continue;
      }
      if (!header) {
        System.out.println();
        System.out.println(
            "| benchmark | metric | generated client | SDK | SDK ÷ generated (95% CI) | target |"
                + " verdict |");
        System.out.println("|---|---|---|---|---|---|---|");
        header = true;
      }
      Samples generated = e.getValue();
      row(key, sdk.mode, "time", sdk.unit, generated.primary, sdk.primary);
      if (!generated.alloc.isEmpty() && !sdk.alloc.isEmpty()) {
        row(key, "alloc", "allocation", "B/op", generated.alloc, sdk.alloc);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void collect(Map<String, Object> run, Map<String, Samples> samples) {
    String benchmark = (String) run.get("benchmark");
    String name =
        benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    int dot = name.lastIndexOf('.');
    String side = name.substring(dot + 1);
    if (!side.equals("sdk") && !side.equals("raw") && !side.equals("generated")) {
      return;
    }
    StringBuilder key = new StringBuilder(name.substring(0, dot));
    Object params = run.get("params");
    if (params instanceof Map<?, ?> map) {
      new TreeMap<>((Map<String, Object>) map)
          .forEach((k, v) -> key.append(' ').append(k).append('=').append(v));
    }
    String mode = (String) run.get("mode");
    Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
    Samples s =
        samples.computeIfAbsent(
            key + "|" + side, k -> new Samples(mode, (String) primary.get("scoreUnit")));
    s.primary.addAll(flatten(primary.get("rawData")));
    Map<String, Object> secondary = (Map<String, Object>) run.get("secondaryMetrics");
    if (secondary != null && secondary.get("gc.alloc.rate.norm") instanceof Map<?, ?> alloc) {
      s.alloc.addAll(flatten(alloc.get("rawData")));
    }
  }

  private static List<Double> flatten(@Nullable Object rawData) {
    List<Double> out = new ArrayList<>();
    if (rawData instanceof List<?> forks) {
      for (Object fork : forks) {
        if (fork instanceof List<?> iterations) {
          for (Object v : iterations) {
            out.add(((Number) v).doubleValue());
          }
        }
      }
    }
    return out;
  }

  private static void row(
      String key, String mode, String metric, String unit, List<Double> raw, List<Double> sdk) {
    Stat r = Stat.of(raw);
    Stat s = Stat.of(sdk);
    double ratio = s.mean / r.mean;
    double err = ratio * Math.sqrt(Math.pow(s.half / s.mean, 2) + Math.pow(r.half / r.mean, 2));
    String target;
    String verdict;
    if (mode.equals("alloc")) {
      target = "≤ 1.30";
      verdict = verdict(ratio, err, 1.30, true);
    } else if (mode.equals("thrpt")) {
      target = "≥ 0.90";
      verdict = verdict(ratio, err, 0.90, false);
    } else if (mode.equals("avgt")) {
      target = "≤ 1.05";
      verdict = verdict(ratio, err, 1.05, true);
    } else {
      target = "none";
      verdict = "informational";
    }
    String label = metric + (mode.equals("ss") ? " (cold, single shot)" : "");
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %s | **%.3f ± %.3f** | %s | %s |%n",
        key,
        label,
        r.format(unit),
        s.format(unit),
        ratio,
        err,
        target,
        verdict);
  }

  private static String verdict(double ratio, double err, double target, boolean atMost) {
    boolean meets = atMost ? ratio <= target : ratio >= target;
    // Does the confidence interval reach past the target on the other side?
    boolean straddles =
        atMost
            ? (meets ? ratio + err > target : ratio - err <= target)
            : (meets ? ratio - err < target : ratio + err >= target);
    if (meets) {
      return straddles ? "meets (within noise)" : "meets";
    }
    return straddles ? "misses (within noise)" : "misses";
  }

  private static final class Samples {
    final String mode;
    final String unit;
    final List<Double> primary = new ArrayList<>();
    final List<Double> alloc = new ArrayList<>();

    Samples(String mode, String unit) {
      this.mode = mode;
      this.unit = unit;
    }
  }

  /** Mean and 95% confidence half-width of a sample. */
  private record Stat(double mean, double half, int n) {
    // Two-sided 95% Student t quantiles for 1..30 degrees of freedom.
    private static final double[] T95 = {
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
      2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
      2.052, 2.048, 2.045, 2.042
    };

    static Stat of(List<Double> values) {
      int n = values.size();
      double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
      if (n < 2) {
        return new Stat(mean, Double.NaN, n);
      }
      double ss = 0;
      for (double v : values) {
        ss += (v - mean) * (v - mean);
      }
      double sd = Math.sqrt(ss / (n - 1));
      double t = n - 1 <= T95.length ? T95[n - 2] : 1.96;
      return new Stat(mean, t * sd / Math.sqrt(n), n);
    }

    String format(String unit) {
      return String.format(Locale.ROOT, "%.4g ± %.2g %s (n=%d)", mean, half, unit, n);
    }
  }
}
