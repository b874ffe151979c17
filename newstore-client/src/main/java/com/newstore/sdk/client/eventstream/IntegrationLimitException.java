package com.newstore.sdk.client.eventstream;

import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.NewStoreApiException;

/**
 * Thrown when NewStore refused to create an event stream integration and the tenant already has
 * {@value EventStreamService#MAX_INTEGRATIONS} integrations, the documented maximum (temporary and
 * stopped ones included). Delete one you no longer need, then create again.
 *
 * <pre>{@code
 * try {
 *   client.eventStream().create(integration);
 * } catch (IntegrationLimitException e) {
 *   client.eventStream().delete("old-replay");
 *   client.eventStream().create(integration);
 * }
 * }</pre>
 */
public class IntegrationLimitException extends NewStoreApiException {
  private static final long serialVersionUID = 1L;

  /** How many integrations the tenant had when NewStore refused. */
  private final int existing;

  /**
   * Creates the exception for NewStore's refusal.
   *
   * @param error the decoded error answer to the create call
   * @param existing how many integrations the tenant has
   */
  public IntegrationLimitException(ApiError error, int existing) {
    super(
        error,
        "The tenant has "
            + existing
            + " event stream integrations and NewStore allows at most "
            + EventStreamService.MAX_INTEGRATIONS
            + ", temporary and stopped ones included: delete one with delete(id), then create"
            + " again");
    this.existing = existing;
  }

  /**
   * Returns how many integrations the tenant had when NewStore refused.
   *
   * @return the count, at least {@value EventStreamService#MAX_INTEGRATIONS}
   */
  public int existing() {
    return existing;
  }
}
