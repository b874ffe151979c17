package com.newstore.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.preflight.CheckResult;
import com.newstore.sdk.preflight.CheckStatus;
import com.newstore.sdk.preflight.IntegrationProfile;
import com.newstore.sdk.preflight.NewStorePreflight;
import com.newstore.sdk.preflight.PreflightCheck;
import com.newstore.sdk.preflight.PreflightCommand;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.NewStoreSimulatorTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the quickstart's playbook on the simulator, then the preflight's command line entry over
 * HTTP against the same simulator: the playbook must leave a tenant that passes every check of the
 * quickstart's profiles (issue 15, "one playbook, three places").
 */
@NewStoreSimulatorTest
class QuickstartPreflightTest {
  /** A result line of the preflight's table: status, check id, reason. */
  private static final Pattern RESULT_LINE =
      Pattern.compile("^(PASS|WARN|FAIL|COULD_NOT_CHECK)\\s+(\\S+)\\s");

  /** A step line of the quickstart's transcript, such as {@code " 1 [ OK ] enable ..."}. */
  private static final Pattern STEP_LINE = Pattern.compile("^\\s*\\d+ \\[");

  /** The configuration the first check reads. */
  private static final String EXTERNAL_OMS_PATH = "/v0/config/sales_order/external_oms";

  /** The api key the playbook registers: at least 20 characters, as the ATP webhook needs. */
  private static final String WEBHOOK_KEY = "qs-webhook-key-0123456789abcdef";

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void preflightCommand_afterThePlaybook_exitsZeroAndPassesEveryCheck(NewStoreSimulator sim) {
    playbook(sim);
    int readsBefore = sim.requests("GET", EXTERNAL_OMS_PATH).size();

    Preflight run = preflightCommand(sim);

    assertThat(run.exit()).as(run.output()).isZero();
    Map<String, String> statusById = statuses(run.table());
    // Every profile is declared, so every check runs but the probes (they call the public URL).
    assertThat(statusById.keySet()).as(run.output()).containsExactlyElementsOf(nonProbeIds());
    assertThat(statusById)
        .as(run.output())
        .allSatisfy((id, status) -> assertThat(status).isEqualTo("PASS"));
    // The command read the simulator's configuration over HTTP.
    assertThat(sim.requests("GET", EXTERNAL_OMS_PATH)).hasSizeGreaterThan(readsBefore);
  }

  @Test
  void preflightCommand_afterThePlaybookRanTwice_stillPassesEveryCheck(NewStoreSimulator sim) {
    playbook(sim);
    playbook(sim);

    Preflight run = preflightCommand(sim);

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(statuses(run.table()).values())
        .as(run.output())
        .hasSize(nonProbeIds().size())
        .containsOnly("PASS");
  }

  @Test
  void playbook_stepByStep_makesTheChecksPassInThePreflightsOrder(NewStoreSimulator sim) {
    List<PreflightCheck> checks =
        Arrays.stream(PreflightCheck.values()).filter(c -> !c.isProbe()).toList();
    Map<PreflightCheck, Integer> firstPassedAfterStep = new EnumMap<>(PreflightCheck.class);
    int[] step = {0};
    try (NewStoreClient client = sim.newClient()) {
      NewStorePreflight preflight =
          NewStorePreflight.builder()
              .client(client)
              .profiles(
                  Arrays.stream(Playbook.PREFLIGHT_PROFILES.split(","))
                      .map(IntegrationProfile::parse)
                      .toList())
              .refundToOriginalPaymentMethod(true)
              .distributionCenters(Playbook.DC_NODE)
              .build();
      Runnable record =
          () -> {
            for (CheckResult r : preflight.run().results()) {
              if (r.status() == CheckStatus.PASS) {
                firstPassedAfterStep.putIfAbsent(r.check(), step[0]);
              }
            }
          };
      record.run();
      // The transcript prints one line per step: run the preflight after each.
      PrintStream afterEachStep =
          new PrintStream(printed, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
              super.println(line);
              if (STEP_LINE.matcher(line).find()) {
                step[0]++;
                record.run();
              }
            }
          };
      Steps steps = new Steps(new Transcript(afterEachStep), true);
      new Playbook(client, steps, Settings.SIMULATED_PUBLIC_URL, WEBHOOK_KEY).run();
      assertThat(steps.failed()).as(printed.toString(StandardCharsets.UTF_8)).isFalse();
    }

    assertThat(firstPassedAfterStep).as("every check passes in the end").containsOnlyKeys(checks);
    // Unset, these two are NewStore's documented defaults: they pass before any step.
    assertThat(firstPassedAfterStep)
        .containsEntry(PreflightCheck.GRACE_PERIOD, 0)
        .containsEntry(PreflightCheck.CANCELLABLE_LOCATIONS, 0);
    List<Integer> stepOfEachCheck =
        checks.stream().map(firstPassedAfterStep::get).filter(s -> s > 0).toList();
    assertThat(stepOfEachCheck)
        .as(
            "the step after which each check first passes, in the preflight's order: %s",
            firstPassedAfterStep)
        .hasSize(checks.size() - 2)
        .isSorted();
  }

  /** Runs the quickstart's playbook as the quickstart does on the simulator, with writes. */
  private void playbook(NewStoreSimulator sim) {
    Steps steps = new Steps(new Transcript(out), true);
    try (NewStoreClient client = sim.newClient()) {
      new Playbook(client, steps, Settings.SIMULATED_PUBLIC_URL, WEBHOOK_KEY).run();
    }
    assertThat(steps.failed()).as(printed.toString(StandardCharsets.UTF_8)).isFalse();
  }

  /** What one run of the preflight's command line printed and returned. */
  private record Preflight(int exit, String table, String errors) {
    String output() {
      return table + errors;
    }
  }

  /** Runs the preflight's command line entry against the simulator, as a user would. */
  private static Preflight preflightCommand(NewStoreSimulator sim) {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int exit =
        PreflightCommand.run(
            preflightArgs(sim),
            Map.of(
                "NEWSTORE_CLIENT_ID", sim.clientId(), "NEWSTORE_CLIENT_SECRET", sim.clientSecret()),
            new PrintStream(report, true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));
    return new Preflight(
        exit, report.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
  }

  private static List<String> nonProbeIds() {
    return Arrays.stream(PreflightCheck.values())
        .filter(c -> !c.isProbe())
        .map(PreflightCheck::id)
        .toList();
  }

  private static String[] preflightArgs(NewStoreSimulator sim) {
    return new String[] {
      "--base-url",
      sim.baseUrl().toString(),
      "--token-url",
      sim.tokenUrl().toString(),
      "--profile",
      Playbook.PREFLIGHT_PROFILES,
      "--refund-to-original",
      "--dc-node",
      Playbook.DC_NODE
    };
  }

  /** Parses the table: check id to status, in the report's order. */
  private static Map<String, String> statuses(String table) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : table.split("\n", -1)) {
      Matcher m = RESULT_LINE.matcher(line);
      if (m.find()) {
        out.put(m.group(2), m.group(1));
      }
    }
    return out;
  }
}
