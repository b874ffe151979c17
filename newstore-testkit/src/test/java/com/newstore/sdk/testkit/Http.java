package com.newstore.sdk.testkit;

import com.newstore.sdk.client.NewStoreClient;
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

/**
 * Raw HTTP against the simulator with JSON strings, as NewStore's documents describe the calls:
 * {@link #Http(NewStoreSimulator)} fetches its own client-credentials token (no SDK involved);
 * {@link #Http(NewStoreClient, NewStoreSimulator)} borrows an SDK client's authenticated OkHttp
 * client for the end-to-end tests.
 */
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

  final @Nullable NewStoreClient client;
  final OkHttpClient http;
  private final String base;

  /** Authenticated with a token of its own; each call is exactly one request. */
  Http(NewStoreSimulator sim) {
    this.client = null;
    this.base = sim.baseUrl().toString();
    OkHttpClient plain = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    String token = token(plain, sim);
    this.http =
        plain
            .newBuilder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header("Authorization", "Bearer " + token)
                            .build()))
            .build();
  }

  /** {@code POST token} with {@code grant_type=client_credentials} and HTTP Basic. */
  static String token(OkHttpClient plain, NewStoreSimulator sim) {
    Request request =
        new Request.Builder()
            .url(sim.tokenUrl().toString())
            .header("Authorization", okhttp3.Credentials.basic(sim.clientId(), sim.clientSecret()))
            .post(new okhttp3.FormBody.Builder().add("grant_type", "client_credentials").build())
            .build();
    try (Response r = plain.newCall(request).execute()) {
      return (String) JsonSupport.parseObject(r.body().string()).get("access_token");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Http(NewStoreClient client, NewStoreSimulator sim) {
    this.client = client;
    this.http = Transport.of(client).http();
    this.base = sim.baseUrl().toString();
  }

  Answer get(String path) {
    return call("GET", path, null);
  }

  Answer put(String path, String json) {
    return call("PUT", path, json);
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
    if (client != null) {
      client.close();
    }
  }
}
