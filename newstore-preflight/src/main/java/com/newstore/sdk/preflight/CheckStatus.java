package com.newstore.sdk.preflight;

/**
 * Tells how one check ended. Ordered from best to worst except {@link #COULD_NOT_CHECK}, which is
 * never a pass: the setting was not seen.
 */
public enum CheckStatus {
  /** The setting was read and matches the playbook. */
  PASS,
  /** The setting was read and works, but is likely not what you want. */
  WARN,
  /** The setting was read and breaks a prerequisite; the result says how to fix it. */
  FAIL,
  /**
   * The setting could not be read (no permission, an unconfirmed path answering 404, a network
   * failure, an unexpected answer); the result says why. Never counted as a pass.
   */
  COULD_NOT_CHECK
}
