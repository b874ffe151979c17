package com.newstore.sdk.webhooks.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds every answer the SDK sends: {@code application/problem+json} (RFC 9457) and JSON. */
public final class Replies {
  /** The problem media type. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final Map<String, List<String>> JSON_HEADERS =
      Map.of("Content-Type", List.of("application/json"), "Cache-Control", List.of("no-store"));

  // Shared by every "{}" answer: a response never writes into its body and only hands out copies
  // or read-only views.
  private static final byte[] EMPTY_OBJECT = {'{', '}'};

  private Replies() {}

  /**
   * Builds the {@code 200 application/json} answer {@code {}} that acknowledges a fulfillment
   * request or an event, without serializing anything.
   *
   * @return the response
   */
  public static Reply emptyJson() {
    return jsonBytes(EMPTY_OBJECT);
  }

  /**
   * Builds a problem response.
   *
   * @param status the HTTP status
   * @param title the short, fixed title for the status
   * @param detail a human explanation without secrets or rejected values, or null for none
   * @param field the JSON path of the offending field, or null
   * @param correlationId the id logged with the failure, or null
   * @param extraHeaders more headers, such as {@code Allow}
   * @return the response
   */
  public static Reply problem(
      int status,
      String title,
      @Nullable String detail,
      @Nullable String field,
      @Nullable String correlationId,
      Map<String, List<String>> extraHeaders) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (field != null) {
      body.put("field", field);
    }
    if (correlationId != null) {
      body.put("correlation_id", correlationId);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>(extraHeaders);
    headers.put("Content-Type", List.of(PROBLEM_JSON));
    headers.put("Cache-Control", List.of("no-store"));
    return new Reply(status, headers, JsonValues.write(body, false));
  }

  /**
   * Builds a problem response without extra headers or correlation id.
   *
   * @param status the HTTP status
   * @param title the title
   * @param detail the detail, or null
   * @return the response
   */
  public static Reply problem(int status, String title, @Nullable String detail) {
    return problem(status, title, detail, null, null, Map.of());
  }

  /**
   * Builds a {@code 200 application/json} response.
   *
   * @param body the JSON value
   * @return the response
   */
  public static Reply json(@Nullable Object body) {
    return jsonBytes(JsonValues.write(body, false));
  }

  /**
   * Builds a {@code 200 application/json} response from an already written JSON document.
   *
   * @param json the UTF-8 JSON document
   * @return the response
   */
  public static Reply jsonBytes(byte[] json) {
    return new Reply(200, JSON_HEADERS, json);
  }

  /**
   * Builds the {@code 400} problem for input the SDK could not read, naming the field.
   *
   * @param e what was wrong
   * @return the response
   */
  public static Reply badRequest(BadInputException e) {
    return problem(400, "Bad Request", e.getMessage(), e.field(), null, Map.of());
  }

  /**
   * Builds the {@code 500} problem that carries the correlation id also logged with the cause.
   *
   * @param correlationId the id
   * @return the response
   */
  public static Reply internalError(String correlationId) {
    return problem(
        500,
        "Internal Server Error",
        "The webhook could not be processed; the integrator's logs have the details.",
        null,
        correlationId,
        Map.of("X-Correlation-Id", List.of(correlationId)));
  }

  // Built once, so a 500 can still be answered when the heap is exhausted.
  private static final Reply LAST_RESORT =
      new Reply(
          500,
          Map.of("Content-Type", List.of(PROBLEM_JSON), "Cache-Control", List.of("no-store")),
          ("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));

  /**
   * Returns a prebuilt {@code 500} problem for when even building an answer failed (such as an
   * {@link OutOfMemoryError}). Its body array is shared: responses never write into a body.
   *
   * @return the response
   */
  public static Reply lastResort() {
    return LAST_RESORT;
  }
}
