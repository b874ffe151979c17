package com.newstore.sdk.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as the validator sees it.
 *
 * @param method the HTTP method
 * @param target the path with its query, e.g. {@code /v1/r/config/order_injection?version=1}
 * @param headers the headers; names are matched without regard to case
 * @param body the body bytes, empty when there is none
 */
public record HttpExchangeRequest(
    String method, String target, Map<String, List<String>> headers, byte[] body) {

  /**
   * Checks and copies the components.
   *
   * @param method the method
   * @param target the path and query
   * @param headers the headers
   * @param body the body
   */
  public HttpExchangeRequest {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(target, "target");
    if (!target.startsWith("/")) {
      throw new IllegalArgumentException("target must start with '/': " + target);
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Map.copyOf(copy);
    body = body.clone();
  }

  /**
   * Returns a request without headers or body.
   *
   * @param method the method
   * @param target the path and query
   * @return the request
   */
  public static HttpExchangeRequest of(String method, String target) {
    return new HttpExchangeRequest(method, target, Map.of(), new byte[0]);
  }

  /**
   * Returns a copy with one more header value.
   *
   * @param name the header name
   * @param value the value
   * @return the new request
   */
  public HttpExchangeRequest withHeader(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
    values.add(value);
    copy.put(name, values);
    return new HttpExchangeRequest(method, target, copy, body);
  }

  /**
   * Returns a copy with a JSON body (and {@code Content-Type: application/json}).
   *
   * @param json the body
   * @return the new request
   */
  public HttpExchangeRequest withJsonBody(String json) {
    return withHeader("Content-Type", "application/json")
        .withBody(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a copy with another body.
   *
   * @param body the body bytes
   * @return the new request
   */
  public HttpExchangeRequest withBody(byte[] body) {
    return new HttpExchangeRequest(method, target, headers, body);
  }

  /**
   * Returns the path without the query.
   *
   * @return the path
   */
  public String path() {
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  /**
   * Returns the first value of a header, matching its name without regard to case.
   *
   * @param name the header name
   * @return the value, or {@code null} when absent
   */
  public @Nullable String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  /**
   * Returns a copy of the body bytes.
   *
   * @return the body
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HttpExchangeRequest that
        && method.equals(that.method)
        && target.equals(that.target)
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, target, headers, Arrays.hashCode(body));
  }

  /** Names the method and path only: headers carry secrets and the query may carry PII. */
  @Override
  public String toString() {
    return "HttpExchangeRequest[" + method + " " + path() + ", " + body.length + " bytes]";
  }
}
