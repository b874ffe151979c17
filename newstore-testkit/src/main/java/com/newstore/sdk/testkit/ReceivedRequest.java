package com.newstore.sdk.testkit;

import com.newstore.sdk.testkit.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds one request the simulator received, for assertions. {@link #toString()} hides the {@code
 * Authorization} header and the body, which may hold secrets.
 *
 * <pre>{@code
 * ReceivedRequest last = sim.requests("POST", "/v0/config/sales_order/grace_period").get(0);
 * assertThat(last.bodyJson()).isEqualTo(Map.of("value", 30L));
 * }</pre>
 *
 * @param method the HTTP method
 * @param path the path without leading slash or query
 * @param query the raw query string, or null
 * @param headers the headers, names in lower case
 * @param body the raw body
 * @param receivedAt when it arrived, on the simulator's clock
 */
public record ReceivedRequest(
    String method,
    String path,
    @Nullable String query,
    Map<String, List<String>> headers,
    byte[] body,
    Instant receivedAt) {
  /**
   * Checks and copies the components.
   *
   * @param method see the record description
   * @param path see the record description
   * @param query see the record description
   * @param headers see the record description
   * @param body see the record description
   * @param receivedAt see the record description
   */
  public ReceivedRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    headers = Map.copyOf(headers);
    body = body.clone();
    Objects.requireNonNull(receivedAt, "receivedAt == null");
  }

  /**
   * Returns a copy of the raw body.
   *
   * @return the body bytes
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or null when absent
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Returns the body as UTF-8 text.
   *
   * @return the text, empty without a body
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Parses the body as JSON; integral numbers become {@link Long}.
   *
   * @return maps, lists, strings, numbers or booleans; null for an empty body
   * @throws IllegalArgumentException when the body is not JSON
   */
  public @Nullable Object bodyJson() {
    return JsonSupport.parse(body);
  }

  @Override
  public String toString() {
    return "ReceivedRequest["
        + method
        + " /"
        + path
        + ", headers="
        + headers.keySet()
        + ", body=<"
        + body.length
        + " bytes>, receivedAt="
        + receivedAt
        + "]";
  }
}
