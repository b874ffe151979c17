package com.newstore.sdk.preflight;

import java.util.List;
import java.util.Objects;

/**
 * What one read-only {@code GET} of one candidate path answered.
 *
 * <p>Carries no value of the tenant's configuration: only the HTTP status and the names of the
 * answer's top-level members.
 *
 * @param path the path template probed, e.g. {@code /v0/config/sales_order/grace_period}
 * @param status the HTTP status, or 0 when no answer came (network failure; see {@code note})
 * @param memberNames the top-level member names of a JSON object answer, sorted; empty otherwise
 * @param note why there is no status, or empty
 */
public record CandidateProbe(String path, int status, List<String> memberNames, String note) {
  /**
   * Validates and copies.
   *
   * @param path see the record description
   * @param status see the record description
   * @param memberNames see the record description
   * @param note see the record description
   */
  public CandidateProbe {
    Objects.requireNonNull(path, "path == null");
    memberNames = List.copyOf(memberNames);
    Objects.requireNonNull(note, "note == null");
  }

  /**
   * Returns the status class the report uses: {@code 200}, {@code 403}, {@code 404}, {@code 405} or
   * {@code other}.
   *
   * @return the status class
   */
  public String statusClass() {
    return switch (status) {
      case 200, 403, 404, 405 -> Integer.toString(status);
      default -> "other";
    };
  }

  /**
   * Returns whether the tenant answered this path with a success.
   *
   * @return true for a 2xx status
   */
  public boolean answered() {
    return status >= 200 && status < 300;
  }
}
