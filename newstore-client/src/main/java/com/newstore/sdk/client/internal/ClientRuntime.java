package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.TokenProvider;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Holds what one built {@code NewStoreClient} runs on: its settings as built, base URL, token
 * source, OkHttp client, transport and services. Immutable and thread-safe.
 *
 * @param settings a private copy of the settings the client was built from
 * @param baseUrl the API base URL, ending in {@code /}
 * @param tokens the token source
 * @param baseHttp the OkHttp client the SDK derives its own from
 * @param ownsHttp whether the SDK created {@code baseHttp} (and so closes it)
 * @param transport the transport every service sends with
 * @param services the client's services
 */
public record ClientRuntime(
    ClientSettings settings,
    HttpUrl baseUrl,
    TokenProvider tokens,
    OkHttpClient baseHttp,
    boolean ownsHttp,
    Transport transport,
    ClientServices services) {

  /**
   * Checks the settings and builds everything a client needs.
   *
   * @param s the builder's settings; copied
   * @return the runtime
   * @throws IllegalArgumentException when a setting is missing or malformed, or a path override
   *     names an unknown endpoint id
   */
  public static ClientRuntime start(ClientSettings s) {
    ClientAssembly.checkOverrides(s);
    HttpUrl api = ClientAssembly.baseUrl(s);
    OkHttpClient base = s.okHttpClient != null ? s.okHttpClient : new OkHttpClient();
    TokenProvider tokens = ClientAssembly.tokens(s, base);
    Transport transport = ClientAssembly.transport(s, api, tokens, base);
    return new ClientRuntime(
        s.copy(),
        api,
        tokens,
        base,
        s.okHttpClient == null,
        transport,
        ClientServices.over(transport));
  }

  /**
   * Returns settings for a derived client that shares this one's token source and connection pool.
   *
   * @return new settings
   */
  public ClientSettings derivedSettings() {
    return ClientAssembly.derive(settings, ownsHttp, baseHttp, tokens);
  }

  /**
   * Closes the transport, then the OkHttp client's threads and connections if the SDK created it.
   */
  public void close() {
    transport.executor().close();
    if (ownsHttp) {
      baseHttp.dispatcher().executorService().shutdown();
      baseHttp.connectionPool().evictAll();
    }
  }
}
