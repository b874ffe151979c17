package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.TokenProvider;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} and the SDK's {@code User-Agent}. After a {@code 401}
 * it invalidates the token and tries exactly once more with a fresh one; a second {@code 401} is
 * returned to the caller. A token provider failure leaves as a {@link TokenUnavailableException}
 * (an {@link IOException}) carrying the provider's {@link NewStoreException}.
 */
public final class AuthInterceptor implements Interceptor {
  private final TokenProvider tokens;
  private final String userAgent;

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

  private Request authorize(Request request, AccessToken token) {
    return request
        .newBuilder()
        .header("Authorization", "Bearer " + token.value())
        .header("User-Agent", userAgent)
        .build();
  }
}
