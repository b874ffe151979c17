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
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(clientSecret, "clientSecret == null");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId is blank");
    }
    if (clientSecret.isBlank()) {
      throw new IllegalArgumentException("clientSecret is blank");
    }
  }

  @Override
  public String toString() {
    return "ClientCredentials[clientId=" + clientId + ", clientSecret=<redacted>]";
  }
}
