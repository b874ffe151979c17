package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.contract.junit.ContractExempt;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A recognisable api key, sent by the caller in every place it could end up in (header, query,
 * body, content type, handler exceptions), never appears in a log record (message, parameters,
 * stack trace), a response body or header, an exception message or a {@code toString()}, on any
 * error path of the dispatcher.
 */
@ContractExempt("deliberately sends broken requests carrying secrets to check the error paths")
class SecretLeakageTest {
  static final String KEY = "nsk_live_S3CR3T_0123456789abcdef";
  static final String WRONG = "nsk_live_WR0NG_0123456789abcdef";

  @RegisterExtension final LogCapture logs = new LogCapture("com.newstore.sdk.webhooks");

  record Case(String name, WebhookRequest request, int status) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> errorPaths() {
    String key = KEY;
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case("wrong key", post("/fulfillment_requests", fr()).apiKey(WRONG).build(), 401));
    cases.add(
        new Case(
            "right key, wrong scheme",
            post("/fulfillment_requests", fr()).setHeader("Authorization", "Basic " + key).build(),
            401));
    cases.add(
        new Case(
            "key in the query of an unknown route",
            post("/nowhere?api_key=" + key, fr()).apiKey(key).build(),
            404));
    cases.add(
        new Case(
            "key in a malformed body",
            post("/fulfillment_requests", "{\"id\":\"" + key + "\",").apiKey(key).build(),
            400));
    cases.add(
        new Case(
            "key as a value of the wrong type",
            post("/fulfillment_requests", "{\"id\":\"fr-1\",\"items\":\"" + key + "\"}")
                .apiKey(key)
                .build(),
            400));
    cases.add(
        new Case(
            "key as a field name",
            post("/fulfillment_requests", "{\"" + key + "\":{\"x\":[}").apiKey(key).build(),
            400));
    cases.add(
        new Case(
            "key in an oversized body",
            post("/fulfillment_requests", "{\"id\":\"" + key.repeat(200) + "\"}")
                .apiKey(key)
                .build(),
            413));
    cases.add(
        new Case(
            "key in the content type",
            post("/fulfillment_requests", fr())
                .apiKey(key)
                .setHeader("Content-Type", "text/" + key)
                .build(),
            415));
    cases.add(
        new Case(
            "wrong method",
            WebhookRequest.builder()
                .method("DELETE")
                .path("/fulfillment_requests")
                .apiKey(key)
                .build(),
            405));
    cases.add(
        new Case(
            "handler throws with the context in its message",
            post(
                    "/events",
                    "{\"tenant\":\"t\",\"name\":\"boom\",\"payload\":{\"k\":\"" + key + "\"}}")
                .apiKey(key)
                .build(),
            500));
    cases.add(
        new Case(
            "handler returns null",
            WebhookRequest.builder()
                .method("GET")
                .path("/orders?consumer_email=" + key)
                .apiKey(key)
                .build(),
            500));
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorPaths")
  void errorPath_neverLeaksTheKey(Case c) {
    AtomicReference<WebhookContext> seen = new AtomicReference<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .maxBodyBytes(2048)
            .fulfillmentRequestHandler((request, context) -> seen.set(context))
            .purchaseHistoryHandler(
                (request, context) -> {
                  seen.set(context);
                  return null;
                })
            .eventHandler(
                event -> {
                  throw new IllegalStateException("could not store " + event + " for " + seen);
                })
            .build();

    WebhookResponse response = WebhookContract.handle(webhooks, c.request());

    assertThat(response.status()).isEqualTo(c.status());
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain(KEY);
    assertThat(response.headers().toString()).doesNotContain(KEY);
    assertThat(response.toString()).doesNotContain(KEY);
    assertThat(c.request().toString()).doesNotContain(KEY);
    assertThat(webhooks.toString()).doesNotContain(KEY);
    if (seen.get() != null) {
      assertThat(seen.get().toString()).doesNotContain(KEY);
    }
    for (LogRecord r : logs.records()) {
      assertThat(render(r)).as("log record %s", r.getMessage()).doesNotContain(KEY);
    }
  }

  @Test
  void buildersAndConfigErrors_neverShowTheKey() {
    WebhookRequest.Builder builder =
        WebhookRequest.builder().path("/events").apiKey(KEY).jsonBody("{\"k\":\"" + KEY + "\"}");
    NewStoreWebhooksBuilder config = NewStoreWebhooks.builder().apiKey(KEY);

    assertThat(builder.toString()).doesNotContain(KEY);
    assertThat(builder.build().toString()).doesNotContain(KEY);
    assertThat(config.toString()).doesNotContain(KEY);
    assertThatThrownBy(config::build)
        .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(KEY));
    assertThatThrownBy(() -> NewStoreWebhooks.builder().apiKey(KEY).maxBodyBytes(0))
        .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(KEY));
  }

  private static WebhookRequest.Builder post(String path, String json) {
    return WebhookRequest.builder().method("POST").path(path).jsonBody(json);
  }

  private static String fr() {
    return "{\"id\":\"fr-1\",\"items\":[{\"product_id\":\"p-1\"}]}";
  }

  private static String render(LogRecord r) {
    StringBuilder out = new StringBuilder(new SimpleFormatter().format(r));
    out.append(r.getMessage());
    if (r.getParameters() != null) {
      for (Object p : r.getParameters()) {
        out.append(' ').append(p);
      }
    }
    if (r.getThrown() != null) {
      StringWriter trace = new StringWriter();
      r.getThrown().printStackTrace(new PrintWriter(trace));
      out.append(trace);
    }
    return out.toString();
  }
}
