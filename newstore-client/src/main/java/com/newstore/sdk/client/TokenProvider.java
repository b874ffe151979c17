package com.newstore.sdk.client;

/**
 * Supplies bearer tokens for calls to NewStore. The SDK's default is an OAuth2 client-credentials
 * provider built from {@link NewStoreClient.Builder#credentials(String, String)}; supply your own
 * to use the legacy {@code /v0/token} password grant, a token from a vault, or a fixed token in
 * tests.
 *
 * <p>Implementations must be thread-safe: many calls may ask at once. They should cache the token
 * and refresh it before it expires.
 *
 * <pre>{@code
 * NewStoreClient client = NewStoreClient.builder()
 *     .baseUrl("https://acme.x.newstore.net")
 *     .tokenProvider(new TokenProvider() {
 *       public AccessToken token() { return vault.currentToken(); }
 *     })
 *     .build();
 * }</pre>
 */
public interface TokenProvider {

  /**
   * Returns a token that is valid now.
   *
   * @return a current token
   * @throws NewStoreException when no token can be obtained
   */
  AccessToken token();

  /**
   * Tells the provider that NewStore refused {@code rejected} with {@code 401}, so the next {@link
   * #token()} must return a different one. The default does nothing, for providers that cannot
   * refresh.
   *
   * @param rejected the token NewStore refused
   */
  default void invalidate(AccessToken rejected) {}
}
