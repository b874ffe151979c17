package com.newstore.sdk.preflight;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the outcome of one check: its status, why, and how to fix it. Never holds a secret: api
 * keys are described by their length, never quoted.
 *
 * <pre>{@code
 * CheckResult r = report.result(PreflightCheck.USE_CHARGE_API).orElseThrow();
 * if (r.status() == CheckStatus.FAIL) System.out.println(r.fix());
 * }</pre>
 *
 * @param check the check
 * @param status how it ended
 * @param reason what was seen, or why nothing could be seen
 * @param fix what to change; null when nothing needs to change
 */
public record CheckResult(
    PreflightCheck check, CheckStatus status, String reason, @Nullable String fix) {

  /**
   * Validates the result.
   *
   * @param check the check
   * @param status how it ended
   * @param reason what was seen, or why nothing could be seen
   * @param fix what to change; null when nothing needs to change
   * @throws IllegalArgumentException when a non-passing result has no fix
   */
  public CheckResult {
    Objects.requireNonNull(check, "check == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(reason, "reason == null");
    if (status != CheckStatus.PASS && (fix == null || fix.isBlank())) {
      throw new IllegalArgumentException(status + " result for " + check.id() + " needs a fix");
    }
  }

  /**
   * Returns a passing result.
   *
   * @param check the check
   * @param reason what was seen
   * @return the result
   */
  public static CheckResult pass(PreflightCheck check, String reason) {
    return new CheckResult(check, CheckStatus.PASS, reason, null);
  }

  /**
   * Returns a warning.
   *
   * @param check the check
   * @param reason what was seen
   * @param fix what to change
   * @return the result
   */
  public static CheckResult warn(PreflightCheck check, String reason, String fix) {
    return new CheckResult(check, CheckStatus.WARN, reason, fix);
  }

  /**
   * Returns a failure.
   *
   * @param check the check
   * @param reason what was seen
   * @param fix what to change
   * @return the result
   */
  public static CheckResult fail(PreflightCheck check, String reason, String fix) {
    return new CheckResult(check, CheckStatus.FAIL, reason, fix);
  }

  /**
   * Returns a result for a check that could not see the setting.
   *
   * @param check the check
   * @param reason why the setting could not be read
   * @param fix what would let the check run
   * @return the result
   */
  public static CheckResult couldNotCheck(PreflightCheck check, String reason, String fix) {
    return new CheckResult(check, CheckStatus.COULD_NOT_CHECK, reason, fix);
  }
}
