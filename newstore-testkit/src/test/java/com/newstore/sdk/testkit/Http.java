package com.newstore.sdk.testkit;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.testkit.internal.JsonSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Plain HTTP against the simulator through the SDK core's authenticated OkHttp client. */
final class Http implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  /** One answer, read fully. */
  record Answer(
      int status, @Nullable String contentType, String body, @Nullable String retryAfter) {
    Map<String, Object> json() {
      return JsonSupport.parseObject(body);
    }
  }

  static Map<String, Object> map(@Nullable Object value) {
    return JsonSupport.asMap(java.util.Objects.requireNonNull(value));
  }

  final NewStoreClient client;
  final OkHttpClient http;
  private final String base;

  /** Authenticated, without SDK retries, so each call is exactly one request. */
  Http(NewStoreSimulator sim) {
    this(sim.clientBuilder().retryPolicy(RetryPolicy.none()).build(), sim);
  }

  Http(NewStoreClient client, NewStoreSimulator sim) {
    this.client = client;
    this.http = Transport.of(client).http();
    this.base = sim.baseUrl().toString();
  }

  Answer get(String path) {
    return call("GET", path, null);
  }

  Answer post(String path, String json) {
    return call("POST", path, json);
  }

  Answer call(String method, String path, @Nullable String json) {
    return call(http, method, base + (path.startsWith("/") ? path.substring(1) : path), json);
  }

  static Answer call(OkHttpClient http, String method, String url, @Nullable String json) {
    RequestBody body =
        json == null ? null : RequestBody.create(json.getBytes(StandardCharsets.UTF_8), JSON);
    if (body == null && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
      body = RequestBody.create(new byte[0], JSON);
    }
    Request request = new Request.Builder().url(url).method(method, body).build();
    try (Response r = http.newCall(request).execute()) {
      return new Answer(
          r.code(), r.header("Content-Type"), r.body().string(), r.header("Retry-After"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
