package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import java.time.Duration;
import java.util.Base64;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private final MutableClock clock = new MutableClock();
  private final NewStoreSimulator sim =
      NewStoreSimulator.builder()
          .credentials("it-client", "it-secret")
          .tokenLifetime(Duration.ofSeconds(60))
          .clock(clock)
          .start();
  private final OkHttpClient plain = new OkHttpClient();

  @AfterEach
  void stop() {
    sim.close();
    plain.dispatcher().executorService().shutdown();
    plain.connectionPool().evictAll();
  }

  private Http.Answer token(String id, String secret) throws Exception {
    Request request =
        new Request.Builder()
            .url(sim.tokenUrl().toString())
            .post(
                new FormBody.Builder()
                    .add("grant_type", "client_credentials")
                    .add("client_id", id)
                    .add("client_secret", secret)
                    .build())
            .build();
    try (Response r = plain.newCall(request).execute()) {
      return new Http.Answer(r.code(), r.header("Content-Type"), r.body().string(), null);
    }
  }

  @Test
  void token_rightCredentials_issuesExpiringBearerToken() throws Exception {
    Http.Answer answer = token("it-client", "it-secret");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json())
        .containsEntry("token_type", "Bearer")
        .containsEntry("expires_in", 60L)
        .containsKey("access_token");
  }

  @Test
  void token_basicAuth_isAccepted() throws Exception {
    String basic = Base64.getEncoder().encodeToString("it-client:it-secret".getBytes("UTF-8"));
    Request request =
        new Request.Builder()
            .url(sim.tokenUrl().toString())
            .header("Authorization", "Basic " + basic)
            .post(new FormBody.Builder().add("grant_type", "client_credentials").build())
            .build();
    try (Response r = plain.newCall(request).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
  }

  @Test
  void token_wrongSecret_answers401() throws Exception {
    Http.Answer answer = token("it-client", "wrong");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json()).containsEntry("error", "unauthorized_client");
  }

  @Test
  void client_wrongSecret_throwsAuthenticationException() {
    try (var client =
        sim.clientBuilder()
            .credentials("it-client", "nope")
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertThatThrownBy(() -> client.salesOrderConfig().gracePeriod().get())
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void apiCall_withoutToken_answers401ProblemJson() {
    Http.Answer answer =
        Http.call(plain, "GET", sim.baseUrl() + SimulatorRoutes.GRACE_PERIOD, null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json()).containsEntry("error_code", "unauthorized").containsKey("request_id");
  }

  @Test
  void apiCall_expiredToken_answers401() throws Exception {
    String token = (String) token("it-client", "it-secret").json().get("access_token");
    OkHttpClient withToken =
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
    String url = sim.baseUrl() + SimulatorRoutes.BIG_ORDERS;
    assertThat(Http.call(withToken, "GET", url, null).status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(61));

    assertThat(Http.call(withToken, "GET", url, null).status()).isEqualTo(401);
  }

  @Test
  void client_afterTokensRevoked_fetchesNewTokenAndSucceeds() {
    try (Http http =
        new Http(
            sim.clientBuilder().retryPolicy(com.newstore.sdk.client.RetryPolicy.none()).build(),
            sim)) {
      assertThat(http.get(SimulatorRoutes.BIG_ORDERS).status()).isEqualTo(200);
      sim.revokeTokens();

      assertThat(http.get(SimulatorRoutes.BIG_ORDERS).status()).isEqualTo(200);
      assertThat(sim.requests("POST", SimulatorRoutes.TOKEN)).hasSize(2);
    }
  }
}
