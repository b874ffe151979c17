package com.newstore.sdk.client;

import java.util.Objects;

/**
 * Holds an OAuth2 client id and secret issued for a NewStore tenant. {@link #toString()} never
 * shows the secret.
 *
 * @param clientId the API client's id
 * @param clientSecret the API client's secret
 */
public record ClientCredentials(String clientId, String clientSecret) {
  /**
   * Checks and normalises the components.
   *
   * @param clientId see the record description
   * @param clientSecret see the record description
   */
  public ClientCredentials {
    Objects.requireNonNull(clientId, missing("clientId", "is null"));
    Objects.requireNonNull(clientSecret, missing("clientSecret", "is null"));
    if (clientId.isBlank()) {
      throw new IllegalArgumentException(missing("clientId", "is blank"));
    }
    if (clientSecret.isBlank()) {
      throw new IllegalArgumentException(missing("clientSecret", "is blank"));
    }
  }

  private static String missing(String name, String what) {
    return name
        + " "
        + what
        + ": pass the id and secret of the API client NewStore issued for this tenant and stage"
        + " to credentials(clientId, clientSecret) (read from an environment variable? it is not"
        + " set)";
  }

  @Override
  public String toString() {
    return "ClientCredentials[clientId=" + clientId + ", clientSecret=<redacted>]";
  }
}
