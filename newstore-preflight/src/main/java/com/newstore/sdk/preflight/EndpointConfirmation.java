package com.newstore.sdk.preflight;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@link EndpointConfirmationReport}: an operation NewStore's published material does
 * not confirm ({@code x-confidence: inferred} in {@code specs/newstore-api.yaml}) and what a
 * read-only probe of its path found on the tenant.
 *
 * <p>For a write operation the probe is the {@code GET} of the same path: it says whether the path
 * exists, never whether the write method is right.
 *
 * @param endpointId the SDK's endpoint id of the inferred operation, e.g. {@code
 *     sales-order.grace-period.set}; the id to pass to {@code NewStoreClient.Builder.pathOverride}
 * @param method the inferred operation's method in the spec
 * @param probedEndpointId the SDK read that was sent (the {@code GET} of the same path)
 * @param candidates the candidate path templates: the spec's path first, then its alternatives
 * @param probes what each candidate answered; empty when the row was skipped
 * @param skipReason why nothing was probed, or {@code null}
 */
public record EndpointConfirmation(
    String endpointId,
    String method,
    String probedEndpointId,
    List<String> candidates,
    List<CandidateProbe> probes,
    @Nullable String skipReason) {
  /**
   * Validates and copies.
   *
   * @param endpointId see the record description
   * @param method see the record description
   * @param probedEndpointId see the record description
   * @param candidates see the record description
   * @param probes see the record description
   * @param skipReason see the record description
   */
  public EndpointConfirmation {
    Objects.requireNonNull(endpointId, "endpointId == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(probedEndpointId, "probedEndpointId == null");
    candidates = List.copyOf(candidates);
    probes = List.copyOf(probes);
  }

  /**
   * Returns the first candidate path the tenant answered with a success.
   *
   * @return the path template, or empty when none answered (or the row was skipped)
   */
  public Optional<String> answeredPath() {
    return probes.stream().filter(CandidateProbe::answered).map(CandidateProbe::path).findFirst();
  }

  /**
   * Returns whether the probe was skipped (a path parameter was not given, or the SDK has no read
   * for the path).
   *
   * @return true when skipped
   */
  public boolean skipped() {
    return skipReason != null;
  }
}
