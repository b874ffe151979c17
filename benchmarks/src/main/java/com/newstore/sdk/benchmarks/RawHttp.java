package com.newstore.sdk.benchmarks;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The hand-written baseline's HTTP client: plain OkHttp with the SDK's default timeouts. */
final class RawHttp {
  private RawHttp() {}

  /** Builds the client a careful integrator would write by hand (same timeouts as the SDK). */
  static OkHttpClient client() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60))
        .build();
  }

  /** Stops a client built by {@link #client()}: its dispatcher threads and pooled connections. */
  static void close(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
