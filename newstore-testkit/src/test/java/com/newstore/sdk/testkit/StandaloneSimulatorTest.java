package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.testkit.internal.JsonSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The standalone simulator, started in-process on port 0 and driven with the JDK's HttpClient. */
class StandaloneSimulatorTest {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String token(NewStoreSimulator sim) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (StandaloneSimulator.CLIENT_ID + ":" + StandaloneSimulator.CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(sim.tokenUrl())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    assertThat(answer.statusCode()).isEqualTo(200);
    return (String) JsonSupport.parseObject(answer.body()).get("access_token");
  }

  private HttpResponse<String> post(NewStoreSimulator sim, String token, String path, String json)
      throws Exception {
    return send(
        HttpRequest.newBuilder(sim.baseUrl().resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  @Test
  void startsOnPort0_printsConnectionDetails_andServesTheDocumentedRules() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (StandaloneSimulator running =
        StandaloneSimulator.start(
            new String[] {"--port", "0"}, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      NewStoreSimulator sim = running.simulator();
      String out = printed.toString(StandardCharsets.UTF_8);
      assertThat(out)
          .contains(sim.baseUrl().toString())
          .contains(sim.tokenUrl().toString())
          .contains(StandaloneSimulator.CLIENT_ID)
          .contains(StandaloneSimulator.CLIENT_SECRET);
      assertThat(sim.port()).isPositive();
      String token = token(sim);

      Map<String, Object> order = JsonSupport.parseObject(Orders.order("ext-1"));
      order.remove("shop_locale");
      HttpResponse<String> injected =
          post(sim, token, "v0/d/fulfill_order", JsonSupport.write(order));
      assertThat(injected.statusCode()).isEqualTo(400);
      assertThat(injected.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat((String) JsonSupport.parseObject(injected.body()).get("message"))
          .contains("shop_locale");
      assertThat(sim.injectedOrderCount()).isZero();

      HttpResponse<String> webhook =
          post(
              sim,
              token,
              "v0/config/sales_order/external_order_webhook",
              "{\"value\":{\"url\":\"https://oms.example/\",\"api_key\":\"k\",\"timeout\":26}}");
      assertThat(webhook.statusCode()).isEqualTo(400);
      assertThat((String) JsonSupport.parseObject(webhook.body()).get("message"))
          .contains("timeout");
      assertThat(sim.config("v0/config/sales_order/external_order_webhook")).isEmpty();

      HttpResponse<String> valid = post(sim, token, "v0/d/fulfill_order", Orders.order("ext-2"));
      assertThat(valid.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void unknownArgument_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StandaloneSimulator.start(new String[] {"--prot", "1"}, System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--prot");
  }

  @Test
  void seededDc_isConfigured() throws Exception {
    try (StandaloneSimulator running =
        StandaloneSimulator.start(
            new String[] {"--port=0"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      HttpResponse<String> dc =
          send(
              HttpRequest.newBuilder(
                      running.simulator().baseUrl().resolve(URI.create("v0/d/config/dc/dc-1")))
                  .header("Authorization", "Bearer " + token(running.simulator()))
                  .GET());
      assertThat(dc.statusCode()).isEqualTo(200);
      assertThat(JsonSupport.parseObject(dc.body()))
          .containsEntry("url", "https://dc.example.com/fr");
    }
  }
}
