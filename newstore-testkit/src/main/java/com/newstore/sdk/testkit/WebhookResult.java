package com.newstore.sdk.testkit;

import com.newstore.sdk.testkit.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the outcome of one webhook delivery by the {@link WebhookSender}: the last status and body,
 * how many attempts it took, and why the last attempt failed when it got no answer.
 *
 * @param status the last HTTP status, or {@code -1} when no answer came (connection failure,
 *     timeout)
 * @param body the last response body as UTF-8 text; empty when none
 * @param attempts how many times the request was sent (1 plus the retries)
 * @param failure the last attempt's connection failure, or null when it got an answer
 */
public record WebhookResult(int status, String body, int attempts, @Nullable String failure) {
  /**
   * Checks the components.
   *
   * @param status see the record description
   * @param body see the record description
   * @param attempts see the record description
   * @param failure see the record description
   */
  public WebhookResult {
    Objects.requireNonNull(body, "body == null");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be positive");
    }
  }

  /**
   * Returns whether the last attempt got a {@code 2xx}.
   *
   * @return true on success
   */
  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /**
   * Parses the body as JSON; integral numbers become {@link Long}.
   *
   * @return maps, lists, strings, numbers or booleans; null for an empty body
   * @throws IllegalArgumentException when the body is not JSON
   */
  public @Nullable Object bodyJson() {
    return JsonSupport.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Throws unless the last attempt got a {@code 2xx}: for tests. The message names the status, the
   * attempts and the connection failure, but not the body (a receiver may echo a key); read {@link
   * #body()} for it. For a refused connection it says to start the server; for a host that does not
   * resolve, to forward the registered URL to loopback ({@link WebhookSender#forward}).
   *
   * @return this result
   * @throws AssertionError when the last attempt did not get a {@code 2xx}
   */
  public WebhookResult assertSuccess() {
    if (!successful()) {
      String detail =
          failure != null
              ? "no answer (" + failure + ")"
              : "status " + status + " with a body of " + body.length() + " characters";
      throw new AssertionError(
          "The webhook did not answer 2xx after "
              + attempts
              + " attempt(s): "
              + detail
              + advice(failure));
    }
    return this;
  }

  /** What to do about a connection failure the tests commonly hit. */
  private static String advice(@Nullable String failure) {
    if (failure == null) {
      return "";
    }
    if (failure.contains("UnknownHostException")) {
      return "; the registered URL's host does not resolve in a test: forward it to your loopback"
          + " server with sim.webhooks().forward(registeredUrl, URI.create(\"http://127.0.0.1:\""
          + " + port + path)), or send to a WebhookTarget.of(...) on loopback";
    }
    if (failure.contains("ConnectException") || failure.contains("Connection refused")) {
      return "; nothing listens at that address: start the webhook server first (for example"
          + " JdkHttpServerAdapter.start(webhooks, address)) and send to the port it listens on";
    }
    return "";
  }
}
