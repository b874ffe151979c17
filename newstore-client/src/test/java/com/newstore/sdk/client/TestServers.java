package com.newstore.sdk.client;

import com.newstore.sdk.client.internal.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Helpers shared by the transport tests. */
final class TestServers {
  private TestServers() {}

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse thing() {
    return json(200, "{\"name\":\"a\",\"timeout\":5,\"kinds\":[\"store\"]}");
  }

  static MockResponse token(String value, long expiresIn) {
    return json(
        200,
        "{\"access_token\":\""
            + value
            + "\",\"expires_in\":"
            + expiresIn
            + ",\"token_type\":\"Bearer\"}");
  }

  /** A client on {@code server} with a fixed token, the given time, and fast retries. */
  static NewStoreClient.Builder client(MockWebServer server, FakeTime time) {
    return NewStoreClient.builder()
        .baseUrl(server.url("/").toString())
        .tokenProvider(() -> new AccessToken("test-token", Instant.MAX))
        .clock(time)
        .sleeper(time);
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request arrived within 5 s");
    }
    return request;
  }

  static Map<?, ?> parse(RecordedRequest request) throws IOException {
    return (Map<?, ?>) Json.moshi().adapter(Object.class).fromJson(request.getBody().utf8());
  }
}
