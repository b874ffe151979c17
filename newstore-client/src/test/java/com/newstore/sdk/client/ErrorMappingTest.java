package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class ErrorMappingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  NewStoreApiException call() {
    try (NewStoreClient client =
        TestServers.client(server, time).retryPolicy(RetryPolicy.none()).build()) {
      Transport t = Transport.of(client);
      t.executor().execute(t.create(ThingsApi.class).get("42"));
      throw new AssertionError("expected an exception");
    } catch (NewStoreApiException e) {
      return e;
    }
  }

  @Test
  void problemJson_mapsErrorCodeMessageAndRequestId() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("Content-Type", "application/problem+json")
            .body(
                "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"error_code\":\"invalid_value\",\"message\":\"step must be > 0\","
                    + "\"messages\":[\"value.step: must be greater than 0\"],"
                    + "\"request_id\":\"req-123\"}")
            .build());
    NewStoreApiException e = call();
    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("invalid_value");
    assertThat(e.serverMessage()).isEqualTo("step must be > 0");
    assertThat(e.requestId()).isEqualTo("req-123");
    assertThat(e.messages()).containsExactly("value.step: must be greater than 0");
    assertThat(e.getMessage())
        .contains("HTTP 400", "GET /v0/things/42", "invalid_value", "step must be > 0", "req-123");
  }

  @Test
  void fulfillmentProviderShape_mapsErrorCodeAndDescription() {
    server.enqueue(
        json(
            409,
            "{\"error_code\":\"already_shipped\","
                + "\"error_description\":\"Items were already shipped\"}"));
    NewStoreApiException e = call();
    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.errorCode()).isEqualTo("already_shipped");
    assertThat(e.serverMessage()).isEqualTo("Items were already shipped");
  }

  @Test
  void htmlBlockPage403_givesClearMessageWithStatus() {
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .addHeader("Content-Type", "text/html")
            .addHeader("X-Request-Id", "edge-7")
            .body("<html><body><h1>403 Forbidden</h1></body></html>")
            .build());
    NewStoreApiException e = call();
    assertThat(e).isInstanceOf(PermissionDeniedException.class);
    assertThat(e.statusCode()).isEqualTo(403);
    assertThat(e.errorCode()).isNull();
    assertThat(e.requestId()).isEqualTo("edge-7");
    assertThat(e.getMessage()).contains("HTTP 403", "not JSON", "text/html", "too many requests");
  }

  @Test
  void empty500_givesServerExceptionWithStatus() {
    server.enqueue(new MockResponse.Builder().code(500).build());
    NewStoreApiException e = call();
    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.getMessage()).contains("HTTP 500", "no error details");
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(502, ServerException.class),
        Arguments.of(418, NewStoreApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void status_mapsToItsExceptionType(int status, Class<? extends NewStoreApiException> type) {
    server.enqueue(json(status, "{\"error_code\":\"x\"}"));
    if (status == 401) {
      server.enqueue(json(status, "{\"error_code\":\"x\"}")); // the one re-try after re-auth
    }
    assertThat(call()).isExactlyInstanceOf(type);
  }

  @Test
  void malformedSuccessBody_isDecodingException() {
    server.enqueue(json(200, "{\"name\": \"a\", \"timeout\": \"not a number\""));
    try (NewStoreClient client = TestServers.client(server, time).build()) {
      Transport t = Transport.of(client);
      assertThatThrownBy(() -> t.executor().execute(t.create(ThingsApi.class).get("1")))
          .isInstanceOf(NewStoreDecodingException.class)
          .hasMessageContaining("GET /v0/things/1");
    }
  }

  @Test
  void successBodyEndingMidDocument_isDecodingExceptionNotNetwork() {
    server.enqueue(json(200, "{\"name\": \"a\", \"timeout\": 5"));
    try (NewStoreClient client = TestServers.client(server, time).build()) {
      Transport t = Transport.of(client);
      assertThatThrownBy(() -> t.executor().execute(t.create(ThingsApi.class).get("1")))
          .isInstanceOf(NewStoreDecodingException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionRefused_isNetworkException() throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/").toString();
    closed.close();
    try (NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(url)
            .tokenProvider(() -> new AccessToken("t", java.time.Instant.MAX))
            .sleeper(time)
            .clock(time)
            .build()) {
      Transport t = Transport.of(client);
      assertThatThrownBy(() -> t.executor().execute(t.create(ThingsApi.class).get("1")))
          .isInstanceOf(NewStoreNetworkException.class)
          .hasMessageContaining("Could not reach NewStore for GET /v0/things/1");
    }
  }
}
