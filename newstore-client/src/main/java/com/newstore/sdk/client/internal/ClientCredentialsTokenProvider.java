package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.ClientCredentials;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.TokenProvider;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Fetches tokens with the OAuth2 client-credentials grant and caches them. A token is refreshed
 * ahead of its expiry (a tenth of its lifetime, at most a minute). Only one refresh is in flight
 * however many threads ask: while a still-valid token is being refreshed, other threads keep using
 * it; once it has expired, they wait for the one refresh.
 */
public final class ClientCredentialsTokenProvider implements TokenProvider {
  private static final Duration MAX_REFRESH_AHEAD = Duration.ofMinutes(1);
  private static final Duration MAX_LIFETIME = Duration.ofDays(1);

  private final OkHttpClient http;
  private final HttpUrl tokenUrl;
  private final ClientCredentials credentials;
  private final Clock clock;
  private final JsonAdapter<TokenResponse> adapter;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile @Nullable Cached cached;

  /**
   * Creates the provider.
   *
   * @param http the client for the token endpoint (without the auth interceptor)
   * @param tokenUrl the token endpoint
   * @param credentials the client id and secret
   * @param clock the clock used to decide when a token expires
   * @param moshi the JSON codec
   */
  public ClientCredentialsTokenProvider(
      OkHttpClient http,
      HttpUrl tokenUrl,
      ClientCredentials credentials,
      Clock clock,
      Moshi moshi) {
    this.http = http;
    this.tokenUrl = tokenUrl;
    this.credentials = credentials;
    this.clock = clock;
    this.adapter = moshi.adapter(TokenResponse.class);
  }

  @Override
  public AccessToken token() {
    Cached current = cached;
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.refreshAt)) {
      return current.token;
    }
    boolean stillValid = current != null && now.isBefore(current.token.expiresAt());
    if (stillValid) {
      // Someone else is refreshing: keep using the valid token instead of queueing.
      if (!refreshLock.tryLock()) {
        return current.token;
      }
    } else {
      refreshLock.lock();
    }
    try {
      Cached latest = cached;
      if (latest != null && clock.instant().isBefore(latest.refreshAt)) {
        return latest.token;
      }
      Cached fresh = fetch();
      cached = fresh;
      return fresh.token;
    } finally {
      refreshLock.unlock();
    }
  }

  @Override
  public void invalidate(AccessToken rejected) {
    refreshLock.lock();
    try {
      Cached current = cached;
      if (current != null && current.token.equals(rejected)) {
        cached = null;
      }
    } finally {
      refreshLock.unlock();
    }
  }

  private Cached fetch() {
    Request request =
        new Request.Builder()
            .url(tokenUrl)
            .post(
                new FormBody.Builder()
                    .add("grant_type", "client_credentials")
                    .add("client_id", credentials.clientId())
                    .add("client_secret", credentials.clientSecret())
                    .build())
            .header("Accept", "application/json")
            // Asking for a token twice has no effect beyond the token itself.
            .tag(SafeToRetry.class, SafeToRetry.INSTANCE)
            .build();
    Instant requestedAt = clock.instant();
    Call call = http.newCall(request);
    try (Response response = call.execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        byte[] bytes = ErrorMapper.readCapped(body);
        if (response.code() == 400 || response.code() == 401) {
          ApiError error = ErrorMapper.decode(response, bytes, clock);
          throw AuthenticationException.credentialsRefused(error);
        }
        throw ErrorMapper.toException(ErrorMapper.decode(response, bytes, clock));
      }
      TokenResponse parsed;
      try {
        parsed = adapter.fromJson(body.source());
      } catch (JsonDataException | IOException e) {
        throw new NewStoreDecodingException(
            "The token endpoint answered with an unreadable body: " + e.getMessage(), e);
      }
      if (parsed == null || parsed.accessToken == null || parsed.accessToken.isBlank()) {
        throw new NewStoreDecodingException(
            "The token endpoint answered without an access_token", null);
      }
      if (!isHeaderSafe(parsed.accessToken)) {
        throw new NewStoreDecodingException(
            "The token endpoint answered with an access_token that cannot be sent in an HTTP"
                + " header (control or non-ASCII characters); check the token URL",
            null);
      }
      if (parsed.expiresIn != null && parsed.expiresIn <= 0) {
        throw new NewStoreDecodingException(
            "The token endpoint answered expires_in="
                + parsed.expiresIn
                + "; a token lifetime must be positive seconds, check the token URL",
            null);
      }
      // An absurd lifetime is capped rather than trusted: the token is refreshed at least daily.
      long lifetimeSeconds =
          parsed.expiresIn == null ? 300 : Math.min(parsed.expiresIn, MAX_LIFETIME.toSeconds());
      Duration lifetime = Duration.ofSeconds(lifetimeSeconds);
      Instant expiresAt = requestedAt.plus(lifetime);
      Duration ahead = lifetime.dividedBy(10);
      if (ahead.compareTo(MAX_REFRESH_AHEAD) > 0) {
        ahead = MAX_REFRESH_AHEAD;
      }
      return new Cached(new AccessToken(parsed.accessToken, expiresAt), expiresAt.minus(ahead));
    } catch (IOException e) {
      throw ErrorMapper.networkFailure("POST", tokenUrl.encodedPath(), e);
    }
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenProvider[tokenUrl=" + tokenUrl + ", " + credentials + "]";
  }

  private static boolean isHeaderSafe(String token) {
    return token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  private record Cached(AccessToken token, Instant refreshAt) {}

  /** The token endpoint's JSON answer. */
  static final class TokenResponse {
    @Json(name = "access_token")
    @Nullable String accessToken;

    @Json(name = "expires_in")
    @Nullable Long expiresIn;

    @Json(name = "token_type")
    @Nullable String tokenType;

    @Override
    public String toString() {
      return "TokenResponse[accessToken=<redacted>, expiresIn=" + expiresIn + "]";
    }
  }
}
