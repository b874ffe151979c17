package com.newstore.sdk.preflight;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Holds the results of one preflight run, in check order. Immutable.
 *
 * <pre>{@code
 * PreflightReport report = preflight.run();
 * report.results(CheckStatus.FAIL).forEach(r -> System.out.println(r.check().id() + ": " + r.fix()));
 * }</pre>
 *
 * @param profiles the declared profiles
 * @param results one result per check that applied
 */
public record PreflightReport(Set<IntegrationProfile> profiles, List<CheckResult> results) {

  /**
   * Copies the profiles and results.
   *
   * @param profiles the declared profiles
   * @param results one result per check that applied
   */
  public PreflightReport {
    Objects.requireNonNull(profiles, "profiles == null");
    profiles =
        Collections.unmodifiableSet(
            profiles.isEmpty()
                ? EnumSet.noneOf(IntegrationProfile.class)
                : EnumSet.copyOf(profiles));
    results = List.copyOf(results);
  }

  /**
   * Returns the result of one check, empty when it did not apply.
   *
   * @param check the check
   * @return its result
   */
  public Optional<CheckResult> result(PreflightCheck check) {
    Objects.requireNonNull(check, "check == null");
    return results.stream().filter(r -> r.check() == check).findFirst();
  }

  /**
   * Returns the results with this status, in check order.
   *
   * @param status the status
   * @return the matching results
   */
  public List<CheckResult> results(CheckStatus status) {
    Objects.requireNonNull(status, "status == null");
    return results.stream().filter(r -> r.status() == status).toList();
  }

  /**
   * Returns whether every check passed or only warned.
   *
   * @return false when any check failed or could not check
   */
  public boolean ok() {
    return results.stream()
        .allMatch(r -> r.status() == CheckStatus.PASS || r.status() == CheckStatus.WARN);
  }

  /**
   * Returns the command's exit code for this report: {@code 0} when every check passed or warned,
   * {@code 1} when a check failed, {@code 2} when none failed but one could not check.
   *
   * @return 0, 1 or 2
   */
  public int exitCode() {
    if (!results(CheckStatus.FAIL).isEmpty()) {
      return 1;
    }
    return results(CheckStatus.COULD_NOT_CHECK).isEmpty() ? 0 : 2;
  }
}
