package com.newstore.sdk.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.ExtrasJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared helpers for the service tests: a client on a MockWebServer, fixtures, parsed JSON. */
public final class ServiceTestSupport {
  /** The bearer token every test client sends. */
  public static final String TOKEN = "test-token";

  private ServiceTestSupport() {}

  /** Returns a client on {@code server} with a fixed token and instant retries. */
  public static NewStoreClient client(MockWebServer server) {
    return builder(server).build();
  }

  /** Returns a builder for a client on {@code server} with a fixed token and instant retries. */
  public static NewStoreClient.Builder builder(MockWebServer server) {
    return NewStoreClient.builder()
        .baseUrl(server.url("/").toString())
        .tokenProvider(() -> new AccessToken(TOKEN, Instant.MAX))
        .sleeper(d -> {});
  }

  /** Reads a test resource under {@code fixtures/}. */
  public static String fixture(String path) {
    try (InputStream in = ServiceTestSupport.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a 200 JSON response. */
  public static MockResponse json(String body) {
    return json(200, body);
  }

  /** Returns a JSON response with {@code code}. */
  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** Returns an empty response with {@code code}. */
  public static MockResponse empty(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  /** Parses JSON text into maps, lists, strings, doubles and booleans. */
  public static Object parse(String json) {
    try {
      return ExtrasJson.moshi().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the parsed JSON body of {@code request}. */
  public static Object body(RecordedRequest request) {
    assertThat(request.getBody()).as("request body").isNotNull();
    return parse(request.getBody().utf8());
  }

  /** Takes the next request, failing after 5 seconds. */
  public static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("request received within 5 s").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Asserts method, path, no query, bearer token and, when there is a body, its JSON type. */
  public static void assertRequest(RecordedRequest request, String method, String path) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    if (request.getBodySize() > 0) {
      assertThat(request.getHeaders().get("Content-Type"))
          .isEqualTo("application/json; charset=UTF-8");
    }
  }
}
