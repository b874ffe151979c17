package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Keep-alive latency of the JDK adapter with its default TCP_NODELAY. Runs in its own JVM (surefire
 * execution {@code adapter-latency}): the JDK reads {@code sun.net.httpserver.nodelay} once, when
 * the JVM's first {@code HttpServer} starts, so another test's server could start first otherwise.
 * Without it every answer waited ~44 ms on loopback (Nagle plus the peer's delayed ACK).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AdapterLatencyTest {
  static final String KEY = "latency-api-key-0123456789";
  static final int REQUESTS = 200;

  @Test
  void keepAliveAnswers_doNotWaitForDelayedAck() throws Exception {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder().apiKey(KEY).eventHandler(event -> {}).build();
    try (JdkHttpServerAdapter.Server server =
            JdkHttpServerAdapter.start(webhooks, new InetSocketAddress("127.0.0.1", 0));
        AdapterWire wire = new AdapterWire(server.port())) {
      assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
      long[] micros = new long[REQUESTS];
      for (int i = 0; i < REQUESTS; i++) {
        String event = HostilePeerTest.event("latency-" + i);
        long start = System.nanoTime();
        AdapterWire.Answer answer = wire.send(AdapterWire.post("/events", KEY, event)).read();
        micros[i] = (System.nanoTime() - start) / 1000;
        assertThat(answer.status()).isEqualTo(200);
      }
      Arrays.sort(micros);
      long median = micros[REQUESTS / 2];
      System.out.println(
          "[latency] keep-alive median "
              + median
              + " µs, p90 "
              + micros[REQUESTS * 9 / 10]
              + " µs over "
              + REQUESTS
              + " requests");
      assertThat(median).isLessThan(20_000);
    }
  }
}
