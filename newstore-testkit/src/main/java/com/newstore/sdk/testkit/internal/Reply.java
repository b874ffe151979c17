package com.newstore.sdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP answer the simulator sends.
 *
 * @param status the status code
 * @param contentType the content type, or null without a body
 * @param body the body bytes; empty for none
 * @param headers extra headers
 */
public record Reply(
    int status, @Nullable String contentType, byte[] body, Map<String, String> headers) {
  /** The problem+json content type of configuration errors. */
  public static final String PROBLEM_JSON = "application/problem+json";

  /** The JSON content type. */
  public static final String JSON = "application/json";

  /**
   * Copies the headers.
   *
   * @param status see the record description
   * @param contentType see the record description
   * @param body see the record description
   * @param headers see the record description
   */
  public Reply {
    headers = Map.copyOf(headers);
  }

  /**
   * Returns a JSON reply.
   *
   * @param status the status
   * @param value the value to write as JSON
   * @return the reply
   */
  public static Reply json(int status, @Nullable Object value) {
    return new Reply(
        status, JSON, JsonSupport.write(value).getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /**
   * Returns a reply without a body.
   *
   * @param status the status
   * @return the reply
   */
  public static Reply empty(int status) {
    return new Reply(status, null, new byte[0], Map.of());
  }

  /**
   * Returns a configuration-API error: {@code application/problem+json} with {@code error_code},
   * {@code message}, {@code request_id}, {@code status} and {@code title}.
   *
   * @param status the status
   * @param errorCode the error code
   * @param message the message
   * @param requestId the request id
   * @return the reply
   */
  public static Reply problem(int status, String errorCode, String message, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("title", errorCode);
    body.put("error_code", errorCode);
    body.put("message", message);
    body.put("request_id", requestId);
    return new Reply(
        status, PROBLEM_JSON, JsonSupport.write(body).getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /**
   * Returns a Fulfillment Provider API error: {@code {error_code, error_description}}.
   *
   * @param status the status
   * @param errorCode the error code, such as {@code already_shipped}
   * @param description the description
   * @return the reply
   */
  public static Reply providerError(int status, String errorCode, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", errorCode);
    body.put("error_description", description);
    return json(status, body);
  }

  /**
   * Returns a copy with one more header.
   *
   * @param name the header name
   * @param value the header value
   * @return the new reply
   */
  public Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, contentType, body, h);
  }
}
