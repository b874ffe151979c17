package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Calls the JDK adapter over loopback HTTP, as NewStore would, and parses JSON answers. */
final class Http {
  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final Moshi MOSHI = new Moshi.Builder().build();

  private Http() {}

  static HttpRequest.Builder request(int port, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(10));
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts JSON with the key in NewStore's documented form: raw for ATP, else {@code Bearer}. */
  static HttpResponse<String> postJson(int port, String path, String key, String json) {
    String authorization = path.endsWith("/availability") ? key : "Bearer " + key;
    HttpResponse<String> response =
        send(
            request(port, path)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    WebhookContract.check(
        "POST",
        path,
        Map.of(
            "Authorization", List.of(authorization), "Content-Type", List.of("application/json")),
        json.getBytes(StandardCharsets.UTF_8),
        response);
    return response;
  }

  static HttpResponse<String> get(int port, String pathAndQuery, String key) {
    HttpResponse<String> response =
        send(request(port, pathAndQuery).header("Authorization", "Bearer " + key).GET().build());
    WebhookContract.check(
        "GET",
        pathAndQuery,
        Map.of("Authorization", List.of("Bearer " + key)),
        new byte[0],
        response);
    return response;
  }

  static Map<String, Object> json(String body) {
    try {
      Map<String, Object> map =
          MOSHI
              .<Map<String, Object>>adapter(
                  Types.newParameterizedType(Map.class, String.class, Object.class))
              .fromJson(body);
      assertThat(map).isNotNull();
      return map;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
