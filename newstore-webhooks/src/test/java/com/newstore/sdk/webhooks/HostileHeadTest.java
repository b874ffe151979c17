package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed heads and framing, most of which the JDK server answers or drops before the SDK sees
 * the request. For each: the peer gets an answer or a closed connection within the deadlines, never
 * a hang; an answer the SDK wrote is problem+json; a text/html answer is only allowed where the JDK
 * writes it itself (listed in docs/reliability.md); the server answers the next good request.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileHeadTest {
  static final String KEY = HostilePeerTest.KEY;
  static JdkHttpServerAdapter.Server server;

  @BeforeAll
  static void start() throws Exception {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder().apiKey(KEY).eventHandler(event -> {}).build();
    server =
        JdkHttpServerAdapter.builder(webhooks)
            .address(new InetSocketAddress("127.0.0.1", 0))
            .headTimeout(HostilePeerTest.DEADLINE)
            .bodyTimeout(HostilePeerTest.DEADLINE)
            .writeTimeout(HostilePeerTest.DEADLINE)
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> cases() {
    String event = HostilePeerTest.EVENT;
    String auth = "Authorization: Bearer " + KEY + "\r\nContent-Type: application/json\r\n";
    return Stream.of(
        jdk(
            "conflicting Content-Length",
            post(auth + "Content-Length: 3\r\nContent-Length: 4\r\n")),
        jdk("negative Content-Length", post(auth + "Content-Length: -1\r\n")),
        jdk("non-numeric Content-Length", post(auth + "Content-Length: abc\r\n")),
        jdk("overflowing Content-Length", post(auth + "Content-Length: 99999999999999999999\r\n")),
        jdk("Transfer-Encoding: gzip", post(auth + "Transfer-Encoding: gzip\r\n")),
        jdk("bad percent escape in path", "POST /ev%zz HTTP/1.1\r\nHost: x\r\n\r\n"),
        jdk("bad percent escape in query", "GET /orders?a=%zz HTTP/1.1\r\nHost: x\r\n\r\n"),
        jdk("//path", "POST //events HTTP/1.1\r\nHost: x\r\n\r\n"),
        jdk("OPTIONS *", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n"),
        jdk("CONNECT", "CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\n"),
        jdk("garbage request line", "\u0001\u0002 garbage\r\n\r\n"),
        jdk("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
        jdk("TLS ClientHello on the plain port", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000"),
        jdk("bare LF line endings", "POST /events HTTP/1.1\nHost: x\n" + auth + "\n"),
        jdk("1 MiB path", "GET /" + "a".repeat(1 << 20) + " HTTP/1.1\r\nHost: x\r\n\r\n"),
        jdk("1 MiB header", "GET /orders HTTP/1.1\r\nX-Big: " + "a".repeat(1 << 20) + "\r\n\r\n"),
        jdk("5000 headers", "GET /orders HTTP/1.1\r\n" + "X-H: v\r\n".repeat(5000) + "\r\n"),
        sdk(
            "invalid chunk size",
            post(auth + "Transfer-Encoding: chunked\r\n") + "zz\r\n" + event + "\r\n0\r\n\r\n"),
        sdk("truncated chunked body", post(auth + "Transfer-Encoding: chunked\r\n") + "ff\r\n{\"a"),
        sdk(
            "lower-case method",
            "post /events HTTP/1.1\r\nHost: x\r\n" + auth + len(event) + event),
        jdk(
            "header line without colon",
            "POST /events HTTP/1.1\r\nHost: x\r\n"
                + auth
                + "NoColonHere\r\n"
                + len(event)
                + event));
  }

  /** A case the JDK server may answer itself (text/html) or drop. */
  static Arguments jdk(String name, String request) {
    return Arguments.of(name, request, true);
  }

  /** A case that reaches the SDK, or is dropped at a deadline: never text/html. */
  static Arguments sdk(String name, String request) {
    return Arguments.of(name, request, false);
  }

  static String post(String headers) {
    return "POST /events HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n";
  }

  static String len(String body) {
    return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answeredOrClosedInTime_thenTheServerStillServes(String name, String request, boolean jdk)
      throws Exception {
    long start = System.nanoTime();
    AdapterWire.Answer answer;
    try (AdapterWire wire = new AdapterWire(server.port())) {
      try {
        wire.send(request.getBytes(StandardCharsets.ISO_8859_1));
      } catch (java.io.IOException e) {
        // the server reset while we were still writing (huge heads): closed, no answer
      }
      answer = wire.read();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "[hostile-head] %s -> %s in %d ms%n",
        name,
        answer.closed() ? "closed" : answer.status() + " " + answer.contentType(),
        took.toMillis());

    assertThat(took)
        .isLessThan(HostilePeerTest.DEADLINE.multipliedBy(2).plus(HostilePeerTest.SLACK));
    if (!answer.closed()) {
      assertThat(answer.status()).isBetween(200, 599);
      assertThat(answer.text()).doesNotContain(KEY);
      if (answer.status() >= 400 && !answer.problemJson()) {
        assertThat(jdk).as("%s answered %s by the SDK", name, answer.contentType()).isTrue();
        assertThat(answer.contentType()).startsWith("text/html");
      }
    }
    try (AdapterWire wire = new AdapterWire(server.port())) {
      String good =
          AdapterWire.post("/events", KEY, HostilePeerTest.event("after-" + name.hashCode()));
      assertThat(wire.send(good).read().status()).isEqualTo(200);
    }
  }
}
