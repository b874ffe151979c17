package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fuzz property over real HTTP: the request {@link WebhookFuzzing} generates is written as
 * well-formed HTTP/1.1 to a {@link JdkHttpServerAdapter} on loopback, over one keep-alive
 * connection. The answer must come within {@link WebhookFuzzing#BOUND}, be 2xx or a 4xx/5xx
 * problem+json, and never echo the key. Heads the JDK server itself rejects before the SDK sees
 * them (bad percent escapes, {@code //} paths, control characters) are not generated: that server's
 * own text/html answers are listed in docs/reliability.md.
 */
final class AdapterFuzzing {
  static final AtomicLong INPUTS = new AtomicLong();

  private static final Set<String> FRAMING_HEADERS =
      Set.of("content-length", "transfer-encoding", "host", "connection", "expect", "upgrade");

  private static JdkHttpServerAdapter.@org.jspecify.annotations.Nullable Server server;
  private static @org.jspecify.annotations.Nullable AdapterWire wire;

  private AdapterFuzzing() {}

  static synchronized void check(FuzzedDataProvider data) {
    WebhookRequest request = WebhookFuzzing.request(data);
    String method = token(request.method(), "GET");
    byte[] bytes = wire(request, method);
    // Jazzer's SSRF detector flags every connection; these only go to our own loopback server.
    try (SilentCloseable loopbackOnly =
        BugDetectors.allowNetworkConnections((host, port) -> isLoopback(host))) {
      long start = System.nanoTime();
      AdapterWire.Answer answer = connection().send(bytes).read(method.equals("HEAD"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      INPUTS.incrementAndGet();

      assertThat(answer.closed()).as("connection closed for %s", request).isFalse();
      int status = answer.status();
      assertThat(status / 100).as("status for %s", request).isIn(2, 4, 5);
      if (status >= 400) {
        assertThat(answer.problemJson()).as("type of %d for %s", status, request).isTrue();
      }
      assertThat(took).as("time for %s", request).isLessThan(WebhookFuzzing.BOUND);
      assertThat(new String(answer.body(), StandardCharsets.ISO_8859_1))
          .doesNotContain(WebhookFuzzing.KEY);
      assertThat(answer.headers().toString()).doesNotContain(WebhookFuzzing.KEY);
      if ("close".equalsIgnoreCase(answer.headers().get("Connection"))) {
        reconnect();
      }
    } catch (IOException e) {
      reconnect();
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("/") ? host.substring(1) : host;
    return h.startsWith("127.") || h.equals("localhost") || h.equals("0.0.0.0");
  }

  private static byte[] wire(WebhookRequest request, String method) {
    StringBuilder head = new StringBuilder(method).append(' ').append(path(request.path()));
    if (request.query() != null) {
      head.append('?').append(safe(request.query(), "=&"));
    }
    head.append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      String name = token(h.getKey(), "");
      if (name.isEmpty() || FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : h.getValue()) {
        head.append(name).append(": ").append(printable(value)).append("\r\n");
      }
    }
    head.append("Content-Length: ").append(request.bodyLength()).append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(request.body());
    return out.toByteArray();
  }

  private static String path(String path) {
    String safe = safe(path, "/{}");
    while (safe.startsWith("//")) {
      safe = safe.substring(1);
    }
    return safe.startsWith("/") ? safe : "/" + safe;
  }

  /** Keeps RFC 3986 unreserved characters and the given extras. */
  private static String safe(String text, String extra) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0
          || extra.indexOf(c) >= 0) {
        out.append(c);
      }
    }
    return out.toString().replace("{", "").replace("}", "");
  }

  private static String token(String text, String fallback) {
    String token = safe(text, "").replace("~", "").replace(".", "");
    return token.isEmpty() ? fallback : token;
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      }
    }
    return out.toString().trim();
  }

  private static AdapterWire connection() throws IOException {
    if (server == null) {
      server =
          JdkHttpServerAdapter.builder(WebhookFuzzing.webhooks())
              .address(new InetSocketAddress("127.0.0.1", 0))
              .headTimeout(Duration.ofSeconds(2))
              .bodyTimeout(Duration.ofSeconds(2))
              .start();
    }
    if (wire == null) {
      wire = new AdapterWire(server.port());
    }
    return wire;
  }

  private static void reconnect() {
    try {
      if (wire != null) {
        wire.close();
      }
    } catch (IOException e) {
      // a new connection follows either way
    }
    wire = null;
  }

  static synchronized void close() {
    reconnect();
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
