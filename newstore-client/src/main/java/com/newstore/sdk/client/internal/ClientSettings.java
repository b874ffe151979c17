package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.ClientCredentials;
import com.newstore.sdk.client.ClientListener;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.Sleeper;
import com.newstore.sdk.client.Stage;
import com.newstore.sdk.client.TokenProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Holds the settings of a {@link NewStoreClient.Builder} as set, before {@link ClientAssembly}
 * checks and derives them at build time. Mutable and not thread-safe: each builder and each client
 * owns its own copy.
 */
public final class ClientSettings {
  /** The connect timeout when neither the builder nor a caller's OkHttp client sets one. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The read and write timeout when neither the builder nor a caller's OkHttp client sets one. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** The call timeout when neither the builder nor a caller's OkHttp client sets one. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  /** The tenant, checked at build time. */
  public @Nullable String tenant;

  /** The stage. */
  public Stage stage = Stage.PRODUCTION;

  /** An explicit API base URL, parsed at build time. */
  public @Nullable String baseUrl;

  /** An explicit token URL, parsed at build time. */
  public @Nullable String tokenUrl;

  /** OAuth2 client credentials, or null when a token provider is used. */
  public @Nullable ClientCredentials credentials;

  /** The caller's token provider, or null when credentials are used. */
  public @Nullable TokenProvider tokenProvider;

  /** The connect timeout set on the builder, or null. */
  public @Nullable Duration connectTimeout;

  /** The read timeout set on the builder, or null. */
  public @Nullable Duration readTimeout;

  /** The call timeout set on the builder, or null. */
  public @Nullable Duration callTimeout;

  /** The retry policy. */
  public RetryPolicy retryPolicy = RetryPolicy.defaults();

  /** The caller's OkHttp client, or null when the SDK creates one. */
  public @Nullable OkHttpClient okHttpClient;

  /** The clock. */
  public Clock clock = Clock.systemUTC();

  /** The sleeper. */
  public Sleeper sleeper = Sleeper.system();

  /** Text appended to the {@code User-Agent}. */
  public String userAgentSuffix = "";

  /** The most bytes of one answer the SDK reads. */
  public long maxResponseBytes = NewStoreClient.DEFAULT_MAX_RESPONSE_BYTES;

  /** The listener. */
  public ClientListener listener = ClientListener.none();

  /** Path overrides by endpoint id. */
  public final Map<String, String> pathOverrides = new LinkedHashMap<>();

  /** Method overrides by endpoint id. */
  public final Map<String, String> methodOverrides = new LinkedHashMap<>();

  /**
   * Returns an independent copy of these settings.
   *
   * @return the copy
   */
  public ClientSettings copy() {
    ClientSettings b = new ClientSettings();
    b.tenant = tenant;
    b.stage = stage;
    b.baseUrl = baseUrl;
    b.tokenUrl = tokenUrl;
    b.credentials = credentials;
    b.tokenProvider = tokenProvider;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.retryPolicy = retryPolicy;
    b.okHttpClient = okHttpClient;
    b.clock = clock;
    b.sleeper = sleeper;
    b.userAgentSuffix = userAgentSuffix;
    b.maxResponseBytes = maxResponseBytes;
    b.listener = listener;
    b.pathOverrides.putAll(pathOverrides);
    b.methodOverrides.putAll(methodOverrides);
    return b;
  }
}
