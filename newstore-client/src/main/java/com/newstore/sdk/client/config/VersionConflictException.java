package com.newstore.sdk.client.config;

import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.NewStoreApiException;

/**
 * Thrown when a versioned configuration write carried a stale {@code version}: someone changed the
 * configuration since it was read. NewStore answers {@code 409} with {@code error_code} {@code
 * conflict_version}; the SDK maps the code whatever the status, so {@link #statusCode()} tells
 * which status NewStore used. Extends {@link NewStoreApiException}, not {@code ConflictException}.
 * Re-read the value and apply the change again, as {@link
 * OrderInjectionConfigService#update(java.util.function.UnaryOperator)} does.
 *
 * <pre>{@code
 * try {
 *   service.replace(config, staleVersion);
 * } catch (VersionConflictException e) {
 *   // re-read and retry
 * }
 * }</pre>
 */
public class VersionConflictException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /** The {@code error_code} NewStore sends for a stale version. */
  public static final String ERROR_CODE = "conflict_version";

  /**
   * Creates the exception for an error answer.
   *
   * @param error the decoded error answer
   */
  public VersionConflictException(ApiError error) {
    super(
        error,
        "The configuration changed since it was read; re-read it and apply the change again");
  }
}
