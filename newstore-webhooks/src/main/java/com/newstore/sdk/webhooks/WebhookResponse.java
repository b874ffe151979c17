package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.Reply;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Holds the HTTP response the SDK produced for a {@link WebhookRequest}: status, headers and body
 * bytes. Adapters copy it onto their framework's response as is. Immutable and thread-safe.
 */
public final class WebhookResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param status the HTTP status code, 100 to 599
   * @param headers header name to values (copied, keyed case-insensitively)
   * @param body the body bytes (copied)
   * @throws IllegalArgumentException when the status is out of range
   */
  public WebhookResponse(int status, Map<String, List<String>> headers, byte[] body) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(body, "body == null");
    this.status = status;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(new ArrayList<>(v))));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body.clone();
  }

  private WebhookResponse(int status, Map<String, List<String>> headers, byte[] body, boolean own) {
    this.status = status;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body;
  }

  /** Wraps the dispatcher's answer without copying its body: the SDK made it and shares it not. */
  static WebhookResponse adopt(Reply reply) {
    return new WebhookResponse(reply.status(), reply.headers(), reply.body(), true);
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns every header, keyed case-insensitively.
   *
   * @return an unmodifiable map of header name to values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or null when absent
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(Objects.requireNonNull(name, "name == null"));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Returns a copy of the body bytes.
   *
   * @return the body, empty when there is none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns a read-only view of the body, without copying it: adapters that write the answer to a
   * channel or stream use it instead of {@link #body()}, which copies (an ATP answer can be 100
   * KB).
   *
   * <pre>{@code
   * Channels.newChannel(outputStream).write(response.bodyBuffer());
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
   * Returns the body decoded as UTF-8.
   *
   * @return the body text
   */
  public String bodyUtf8() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the status and content type.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "WebhookResponse{" + status + ", " + header("Content-Type") + "}";
  }
}
