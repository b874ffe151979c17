package com.newstore.sdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as the simulator's handlers see it.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path without leading slash or query
 * @param query the decoded query parameters (first value of each)
 * @param rawQuery the query as received (undecoded), or null for none
 * @param headers the headers, names in lower case
 * @param body the raw body
 * @param requestId the id the simulator gave this request (echoed in problem bodies)
 * @param clientId the API client whose token authenticated the call, or null
 */
public record SimRequest(
    String method,
    String path,
    Map<String, String> query,
    @Nullable String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    String requestId,
    @Nullable String clientId) {

  /**
   * Copies the collections.
   *
   * @param method see the record description
   * @param path see the record description
   * @param query see the record description
   * @param rawQuery see the record description
   * @param headers see the record description
   * @param body see the record description
   * @param requestId see the record description
   * @param clientId see the record description
   */
  public SimRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or null
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Returns the body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Parses the body as JSON, answering 400 in the given style when it is not JSON.
   *
   * @param providerStyle true for the Fulfillment Provider error shape, false for problem+json
   * @return the parsed value, or null for an empty body
   * @throws ApiException with a 400 reply when the body is malformed
   */
  public @Nullable Object json(boolean providerStyle) {
    try {
      return JsonSupport.parse(body);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          providerStyle
              ? Reply.providerError(400, "bad_request", "The body is not valid JSON")
              : Reply.problem(400, "bad_request", "The body is not valid JSON", requestId));
    }
  }

  /**
   * Parses the body as a JSON object, answering 400 when it is not one.
   *
   * @param providerStyle true for the Fulfillment Provider error shape, false for problem+json
   * @return the object
   * @throws ApiException with a 400 reply when the body is not a JSON object
   */
  public Map<String, Object> jsonObject(boolean providerStyle) {
    Object value = json(providerStyle);
    if (!(value instanceof Map<?, ?>)) {
      throw new ApiException(
          providerStyle
              ? Reply.providerError(400, "bad_request", "The body must be a JSON object")
              : Reply.problem(400, "bad_request", "The body must be a JSON object", requestId));
    }
    return JsonSupport.asMap(value);
  }
}
