package com.newstore.sdk.client.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Builds clients on a MockWebServer, loads fixtures and checks recorded requests. */
final class ConfigTestSupport {
  static final String TOKEN = "test-token";
  static final Instant SEED_UPDATED_AT = Instant.parse("2021-07-13T20:18:25Z");

  private ConfigTestSupport() {}

  static NewStoreClient client(MockWebServer server) {
    return builder(server).build();
  }

  static NewStoreClient.Builder builder(MockWebServer server) {
    return NewStoreClient.builder()
        .baseUrl(server.url("/").toString())
        .tokenProvider(() -> new AccessToken(TOKEN, Instant.MAX))
        .retryPolicy(RetryPolicy.none());
  }

  static String fixture(String name) {
    String path = "/fixtures/config/" + name;
    try (InputStream in = ConfigTestSupport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static MockResponse json(int code, String fixture) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(fixture(fixture))
        .build();
  }

  static MockResponse problem(int code, String fixture) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/problem+json")
        .body(fixture(fixture))
        .build();
  }

  static MockResponse empty(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("request received").isNotNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    return request;
  }

  /** Checks method, path, query and auth of a request without a body. */
  static RecordedRequest expect(MockWebServer server, String method, String path)
      throws InterruptedException {
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    return request;
  }

  /** Checks method, path, auth, content type and the parsed JSON body of a request. */
  static RecordedRequest expectJson(
      MockWebServer server, String method, String path, String expectedJson)
      throws InterruptedException {
    RecordedRequest request = expect(server, method, path);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(parse(request.getBody().utf8())).isEqualTo(parse(expectedJson));
    return request;
  }

  static Object parse(String json) {
    try {
      return Json.moshi().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(String json) {
    return (Map<String, Object>) parse(json);
  }
}
