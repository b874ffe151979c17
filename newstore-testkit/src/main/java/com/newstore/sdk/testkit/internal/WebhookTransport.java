package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.contract.HttpExchangeRequest;
import com.newstore.sdk.testkit.WebhookAuthorization;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Sends the simulator's webhook requests: applies the forwards (registered URL prefix to loopback),
 * the target's timeout and {@code Authorization} form, re-sends a failed attempt up to a number of
 * retries, and has each request checked against {@code specs/newstore-webhooks.yaml} when the
 * {@link ContractWatch} is on. Shared by every {@code WebhookSender} of one simulator. Thread-safe.
 */
public final class WebhookTransport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final ContractWatch watch;
  private final Map<String, String> forwards = new ConcurrentHashMap<>();

  /**
   * Creates the transport.
   *
   * @param http the client every request goes through (its call timeout is set per target)
   * @param watch checks each request against the webhook spec, when switched on
   */
  public WebhookTransport(OkHttpClient http, ContractWatch watch) {
    this.http = http;
    this.watch = watch;
  }

  /**
   * Sends every request whose URL starts with {@code registered} to {@code loopback} instead, the
   * rest of the URL kept.
   *
   * @param registered the URL prefix as registered
   * @param loopback where to send instead
   */
  public void forward(String registered, String loopback) {
    forwards.put(trimSlash(registered), trimSlash(loopback));
  }

  /**
   * Sends one webhook request, with retries while it fails (no answer or a non-2xx status).
   *
   * @param operationId the webhook's operation in {@code newstore-webhooks.yaml}
   * @param target the timeout and api key
   * @param form how the api key goes in {@code Authorization}
   * @param method the HTTP method
   * @param url the URL as registered (before forwards)
   * @param body the JSON body, or null for none
   * @param retries how many times a failed attempt is re-sent
   * @return the outcome of the last attempt, with the number of attempts
   */
  public WebhookResult send(
      String operationId,
      WebhookTarget target,
      WebhookAuthorization form,
      String method,
      String url,
      @Nullable Object body,
      int retries) {
    OkHttpClient client = http.newBuilder().callTimeout(target.timeout()).build();
    byte[] json = body == null ? null : JsonSupport.write(body).getBytes(StandardCharsets.UTF_8);
    HttpUrl destination = HttpUrl.get(forwarded(url));
    int attempts = 0;
    WebhookResult last;
    do {
      attempts++;
      Request.Builder request =
          new Request.Builder().url(destination).header("Accept", "application/json");
      if (target.apiKey() != null) {
        request.header("Authorization", authorization(form, target.apiKey()));
      }
      request.method(method, json == null ? null : RequestBody.create(json, JSON));
      Request built = request.build();
      check(operationId, built, json);
      last = attempt(client, built, attempts);
    } while (!last.successful() && attempts <= retries);
    return last;
  }

  /** The {@code Authorization} value of a key in a form. */
  static String authorization(WebhookAuthorization form, String apiKey) {
    return form == WebhookAuthorization.BEARER ? "Bearer " + apiKey : apiKey;
  }

  private String forwarded(String url) {
    for (Map.Entry<String, String> f : forwards.entrySet()) {
      if (url.equals(f.getKey())
          || url.startsWith(f.getKey() + "/")
          || url.startsWith(f.getKey() + "?")) {
        return f.getValue() + url.substring(f.getKey().length());
      }
    }
    return url;
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Checks the request against the webhook spec when the simulator validates what it sends. */
  private void check(String operationId, Request request, byte @Nullable [] json) {
    if (!watch.enabled()) {
      return;
    }
    String query = request.url().encodedQuery();
    HttpExchangeRequest exchange =
        HttpExchangeRequest.of(
            request.method(), request.url().encodedPath() + (query == null ? "" : "?" + query));
    for (String name : request.headers().names()) {
      for (String value : request.headers(name)) {
        exchange = exchange.withHeader(name, value);
      }
    }
    if (json != null) {
      exchange = exchange.withHeader("Content-Type", JSON.toString()).withBody(json);
    }
    watch.webhook(operationId, exchange);
  }

  private static WebhookResult attempt(OkHttpClient client, Request request, int attempts) {
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      return new WebhookResult(response.code(), body.string(), attempts, null);
    } catch (IOException e) {
      return new WebhookResult(
          -1, "", attempts, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
