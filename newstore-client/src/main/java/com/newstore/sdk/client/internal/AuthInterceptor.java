package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.TokenProvider;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Adds {@code Authorization: Bearer <token>} and the SDK's {@code User-Agent}. After a {@code 401}
 * it invalidates the token and tries exactly once more with a fresh one; a second {@code 401} is
 * returned to the caller. A token provider failure leaves as a {@link TokenUnavailableException}
 * (an {@link IOException}) carrying the provider's {@link NewStoreException}.
 */
public final class AuthInterceptor implements Interceptor {
  private final TokenProvider tokens;
  private final String userAgent;
  private volatile @Nullable Bearer last;

  /**
   * Creates the interceptor.
   *
   * @param tokens where bearer tokens come from
   * @param userAgent the {@code User-Agent} header value
   */
  public AuthInterceptor(TokenProvider tokens, String userAgent) {
    this.tokens = tokens;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    AccessToken token = token();
    Response response = chain.proceed(authorize(chain.request(), token));
    if (response.code() != 401) {
      return response;
    }
    response.close();
    tokens.invalidate(token);
    return chain.proceed(authorize(chain.request(), token()));
  }

  /**
   * Asks the provider for a token. Its failure leaves as an IOException: OkHttp hands any other
   * exception of an asynchronous call to the dispatcher thread's uncaught exception handler.
   */
  private AccessToken token() throws TokenUnavailableException {
    try {
      return tokens.token();
    } catch (NewStoreException e) {
      throw new TokenUnavailableException(e);
    }
  }

  /** The header value, built once per token: a provider hands out one instance until a refresh. */
  private String bearer(AccessToken token) {
    Bearer cached = last;
    if (cached != null && cached.token == token) {
      return cached.header;
    }
    Bearer fresh = new Bearer(token, "Bearer " + token.value());
    last = fresh;
    return fresh.header;
  }

  /** A token and its header value; deliberately without a {@code toString} that shows either. */
  private static final class Bearer {
    final AccessToken token;
    final String header;

    Bearer(AccessToken token, String header) {
      this.token = token;
      this.header = header;
    }
  }

  private Request authorize(Request request, AccessToken token) {
    return request
        .newBuilder()
        .header("Authorization", bearer(token))
        .header("User-Agent", userAgent)
        .build();
  }
}
