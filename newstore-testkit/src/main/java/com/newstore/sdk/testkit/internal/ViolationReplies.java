package com.newstore.sdk.testkit.internal;

/**
 * Renders a {@link Violation} the way NewStore answers invalid requests: {@code 400
 * application/problem+json {error_code, message, request_id}} for the configuration and injection
 * APIs, {@code 400 {error_code, error_description}} for the Fulfillment Provider API. NewStore's
 * validation {@code error_code} is not published; {@code bad_request} is seed 003's sample.
 */
public final class ViolationReplies {
  /** The error code of every schema violation (seed 003's sample code). */
  public static final String ERROR_CODE = "bad_request";

  private ViolationReplies() {}

  /**
   * Returns the 400 answer for a violation of a request to {@code path}.
   *
   * @param path the request path
   * @param violation the violation
   * @param requestId the simulator's request id
   * @return the reply
   */
  public static Reply render(String path, Violation violation, String requestId) {
    return SimulatorRoutes.isFulfillmentProviderApi(path)
        ? Reply.providerError(400, ERROR_CODE, violation.describe())
        : Reply.problem(400, ERROR_CODE, violation.describe(), requestId);
  }
}
