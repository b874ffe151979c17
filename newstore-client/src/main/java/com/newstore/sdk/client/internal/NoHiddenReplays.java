package com.newstore.sdk.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from sending a request again on its own. OkHttp replays any request, unsafe POSTs
 * included, when a {@code 503} says {@code Retry-After: 0}, below the SDK's retry loop where the
 * retry policy cannot see it. This network interceptor reads such an answer as {@code Retry-After:
 * 1}, so only the SDK's {@link RetryInterceptor} decides whether the request goes out again.
 * (Redirects and OkHttp's connection retries are switched off on the client itself.)
 */
public final class NoHiddenReplays implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 503) {
      String retryAfter = response.header("Retry-After");
      if (retryAfter != null && retryAfter.trim().matches("0+")) {
        return response.newBuilder().header("Retry-After", "1").build();
      }
    }
    return response;
  }
}
