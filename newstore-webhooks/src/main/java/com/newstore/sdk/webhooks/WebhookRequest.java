package com.newstore.sdk.webhooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Holds one HTTP request NewStore made to a webhook, in a form any server or framework can build:
 * method, path, raw query, headers (a case-insensitive multimap), the raw body bytes and the
 * caller's address. Immutable and thread-safe.
 *
 * <p>Adapters build it from their framework's request; tests build authenticated requests with
 * {@link Builder#apiKey(String)}:
 *
 * <pre>{@code
 * WebhookRequest request = WebhookRequest.builder()
 *     .method("POST")
 *     .path("/fulfillment_requests")
 *     .apiKey("the-dc-api-key")
 *     .jsonBody("{\"id\": \"fr-1\", \"items\": [{\"product_id\": \"p-1\"}]}")
 *     .build();
 * WebhookResponse response = webhooks.handle(request);
 * }</pre>
 *
 * <p>{@link #toString()} shows only the method and path: headers (the api key) and the body never
 * appear in it.
 */
public final class WebhookRequest {
  private final String method;
  private final String path;
  private final @Nullable String query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final @Nullable String remoteAddress;

  private WebhookRequest(Builder builder) {
    this.method = builder.method.toUpperCase(Locale.ROOT);
    this.path = builder.path;
    this.query = builder.query;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    builder.headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    // No copy: the builder only ever holds an array it made itself and never writes into it.
    this.body = builder.body;
    this.remoteAddress = builder.remoteAddress;
  }

  /**
   * Returns a builder for a request; the method defaults to {@code POST}, the path to {@code /}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the HTTP method in upper case, such as {@code POST}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the request path without the query, still percent-encoded, such as {@code
   * /orders/A%2F1}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the raw query string without the leading {@code ?}, still percent-encoded.
   *
   * @return the query, or null when the request had none
   */
  public @Nullable String query() {
    return query;
  }

  /**
   * Returns every header, keyed case-insensitively.
   *
   * @return an unmodifiable, case-insensitive map of header name to values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or null when absent
   */
  public @Nullable String header(String name) {
    Objects.requireNonNull(name, "name == null");
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Returns a copy of the raw body bytes.
   *
   * @return the body, empty when there is none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns a read-only view of the body, without copying it: for adapters and parsers that read
   * the body once, where {@link #body()} would copy it first.
   *
   * <pre>{@code
   * JsonReader reader = JsonReader.of(new Buffer().write(request.bodyBuffer()));
   * }</pre>
   *
   * @return a new read-only buffer over the body, positioned at its start
   */
  public ByteBuffer bodyBuffer() {
    return ByteBuffer.wrap(body).asReadOnlyBuffer();
  }

  /**
   * Returns the body length in bytes without copying it.
   *
   * @return the length
   */
  public int bodyLength() {
    return body.length;
  }

  /**
   * Returns the caller's address as the server saw it, for logs.
   *
   * @return the address, or null when unknown
   */
  public @Nullable String remoteAddress() {
    return remoteAddress;
  }

  /**
   * Returns the method and path only; never headers, query or body.
   *
   * @return a safe description
   */
  @Override
  public String toString() {
    return "WebhookRequest{" + method + " " + path + "}";
  }

  /** Builds a {@link WebhookRequest}. Not thread-safe. */
  public static final class Builder {
    private String method = "POST";
    private String path = "/";
    private @Nullable String query;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body = new byte[0];
    private @Nullable String remoteAddress;

    private Builder() {}

    /**
     * Sets the HTTP method.
     *
     * @param method the method, in any case
     * @return this builder
     */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method == null");
      return this;
    }

    /**
     * Sets the path; a {@code ?query} suffix, if present, is split off into {@link #query}.
     *
     * @param path the percent-encoded path, such as {@code /orders/123}
     * @return this builder
     */
    public Builder path(String path) {
      Objects.requireNonNull(path, "path == null");
      int q = path.indexOf('?');
      if (q >= 0) {
        this.query = path.substring(q + 1);
        path = path.substring(0, q);
      }
      this.path = path.startsWith("/") ? path : "/" + path;
      return this;
    }

    /**
     * Sets the raw query string (without {@code ?}).
     *
     * @param query the percent-encoded query, or null for none
     * @return this builder
     */
    public Builder query(@Nullable String query) {
      this.query = query;
      return this;
    }

    /**
     * Adds one header value.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Adds every header of a map, such as a framework's header multimap.
     *
     * @param headers header name to values
     * @return this builder
     */
    public Builder headers(Map<String, ? extends Collection<String>> headers) {
      Objects.requireNonNull(headers, "headers == null");
      headers.forEach(
          (name, values) -> {
            if (name != null && values != null) {
              values.forEach(v -> header(name, v));
            }
          });
      return this;
    }

    /**
     * Replaces a header's values with one value.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder setHeader(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      headers.remove(name);
      return header(name, value);
    }

    /**
     * Sets the raw body bytes (copied).
     *
     * @param body the body
     * @return this builder
     */
    public Builder body(byte[] body) {
      this.body = Objects.requireNonNull(body, "body == null").clone();
      return this;
    }

    /**
     * Sets a UTF-8 JSON body and the {@code Content-Type: application/json} header.
     *
     * @param json the JSON text
     * @return this builder
     */
    public Builder jsonBody(String json) {
      Objects.requireNonNull(json, "json == null");
      setHeader("Content-Type", "application/json");
      return body(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sets {@code Authorization: Bearer <apiKey>}, as NewStore sends it for fulfillment requests
     * and events; see {@link #apiKey(WebhookKind, String)} for ATP.
     *
     * @param apiKey the api key configured in NewStore for this webhook
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      return setHeader("Authorization", "Bearer " + apiKey);
    }

    /**
     * Sets {@code Authorization} the way NewStore sends it for a webhook ({@link
     * WebhookKind#documentedAuthScheme()}): the raw key for ATP, {@code Bearer <key>} otherwise.
     *
     * @param kind the webhook the request is for
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(WebhookKind kind, String apiKey) {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(apiKey, "apiKey == null");
      boolean raw = kind.documentedAuthScheme() == AuthScheme.RAW;
      return setHeader("Authorization", raw ? apiKey : "Bearer " + apiKey);
    }

    /**
     * Sets the caller's address, for logs.
     *
     * @param remoteAddress the address, or null when unknown
     * @return this builder
     */
    public Builder remoteAddress(@Nullable String remoteAddress) {
      this.remoteAddress = remoteAddress;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public WebhookRequest build() {
      return new WebhookRequest(this);
    }

    @Override
    public String toString() {
      return "WebhookRequest.Builder{" + method + " " + path + ", body " + body.length + " bytes}";
    }
  }
}
