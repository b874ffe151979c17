package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile peers against the JDK adapter over real loopback sockets: slow heads and bodies, lying
 * lengths, pipelining, pathological JSON, floods and blocked handlers. Deadlines are short (1 s) so
 * each test ends in a few seconds; waits use latches and socket timeouts, never sleeps.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostilePeerTest {
  static final String KEY = "hostile-api-key-0123456789";
  static final Duration DEADLINE = Duration.ofSeconds(1);

  /** A deadline is honoured within this much: the watchdog's tick plus a loaded machine. */
  static final Duration SLACK = Duration.ofMillis(1500);

  static final String EVENT =
      "{\"tenant\":\"acme\",\"name\":\"order.created\",\"published_at\":\"2024-05-01T10:00:00Z\","
          + "\"payload\":{\"id\":\"o-1\"}}";

  final List<String> fulfillmentIds = new CopyOnWriteArrayList<>();
  final AtomicInteger events = new AtomicInteger();
  final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  NewStoreWebhooksBuilder webhooks() {
    return NewStoreWebhooks.builder()
        .apiKey(KEY)
        .fulfillmentRequestHandler((request, context) -> fulfillmentIds.add(request.id()))
        .eventHandler(event -> events.incrementAndGet())
        .availabilityHandler((request, context) -> AvailabilityResponse.of(List.of()));
  }

  JdkHttpServerAdapter.Builder adapter(NewStoreWebhooks webhooks) {
    return JdkHttpServerAdapter.builder(webhooks)
        .address(new InetSocketAddress("127.0.0.1", 0))
        .headTimeout(DEADLINE)
        .bodyTimeout(DEADLINE)
        .writeTimeout(DEADLINE);
  }

  JdkHttpServerAdapter.Server start(JdkHttpServerAdapter.Builder builder) throws IOException {
    JdkHttpServerAdapter.Server server = builder.start();
    closeables.add(server);
    return server;
  }

  AdapterWire wire(JdkHttpServerAdapter.Server server) throws IOException {
    AdapterWire wire = new AdapterWire(server.port());
    closeables.add(wire);
    return wire;
  }

  AdapterWire.Answer goodEvent(JdkHttpServerAdapter.Server server) throws IOException {
    try (AdapterWire wire = new AdapterWire(server.port())) {
      return wire.send(AdapterWire.post("/events", KEY, EVENT)).read();
    }
  }

  @Test
  void slowHead_isClosedWithinHeadDeadline() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    AdapterWire slow = wire(server).send("POST /events HTTP/1.1\r\nHost: x\r\n");

    assertThat(slow.awaitClosed()).isLessThan(DEADLINE.plus(SLACK));
    assertThat(goodEvent(server).status()).isEqualTo(200);
  }

  @Test
  void drippingHead_isClosedAtTheDeadlineNotWhenIdle() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    AdapterWire slow = wire(server).send("POST /events HTTP/1.1\r\n");
    ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
    closeables.add(drip::shutdownNow);
    drip.scheduleAtFixedRate(
        () -> {
          try {
            slow.send("X");
          } catch (IOException e) {
            drip.shutdown(); // closed by the server: the point of the test
          }
        },
        0,
        100,
        TimeUnit.MILLISECONDS);

    assertThat(slow.awaitClosed()).isLessThan(DEADLINE.plus(SLACK));
  }

  @Test
  void slowBody_isClosedWithinBodyDeadline() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    AdapterWire slow = wire(server).send(AdapterWire.post("/events", KEY, 500) + "{\"ten");

    assertThat(slow.awaitClosed()).isLessThan(DEADLINE.plus(SLACK));
    assertThat(events).hasValue(0);
    assertThat(goodEvent(server).status()).isEqualTo(200);
  }

  @Test
  void contentLengthLongerThanBody_isClosedWithinBodyDeadline() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    AdapterWire liar =
        wire(server).send(AdapterWire.post("/events", KEY, EVENT.length() + 10) + EVENT);

    assertThat(liar.awaitClosed()).isLessThan(DEADLINE.plus(SLACK));
    assertThat(events).hasValue(0);
  }

  @Test
  void contentLengthShorterThanBody_firstIsAnsweredAndTheRestIsNotAnEvent() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    AdapterWire liar = wire(server).send(AdapterWire.post("/events", KEY, 10) + EVENT);

    AdapterWire.Answer first = liar.read();
    assertThat(first.status()).isEqualTo(400);
    assertThat(first.problemJson()).isTrue();
    // The rest is read as the next request line: the JDK answers it text/html 400 or closes.
    AdapterWire.Answer rest = liar.read();
    assertThat(rest.closed() || rest.status() == 400).as("rest: %s", rest).isTrue();
    assertThat(events).hasValue(0);
  }

  @Test
  void invalidUtf8_pipelined_twoAnswersAndNoMerge() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    byte[] first = fulfillment(new byte[] {'c', 'o', 'l', 'l', '-', (byte) 0xFE});
    byte[] second = fulfillment(new byte[] {'c', 'o', 'l', 'l', '-', (byte) 0xFF});
    AdapterWire wire = wire(server).send(concat(first, second));

    AdapterWire.Answer a = wire.read();
    AdapterWire.Answer b = wire.read();
    for (AdapterWire.Answer answer : List.of(a, b)) {
      assertThat(answer.closed()).isFalse();
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.problemJson()).isTrue();
    }
    // Strict UTF-8 (the dispatcher's job) answers 400 twice; the adapter's job is to deliver both
    // requests separately: two answers on the connection, in order, none dropped.
    assertThat(fulfillmentIds).isEmpty();
  }

  @Test
  void deepNesting_isAProblemAnswer() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    String deep = "[".repeat(200_000);

    AdapterWire.Answer answer = wire(server).send(AdapterWire.post("/events", KEY, deep)).read();

    assertThat(answer.status()).isBetween(400, 499);
    assertThat(answer.problemJson()).isTrue();
  }

  @Test
  void hugeNumbers_neverKillTheServer() throws Exception {
    // 1e999999999 is left out: the dispatcher (not the adapter) expands it to a billion digits,
    // which burns gigabytes of this shared test JVM's heap after the adapter's 504.
    JdkHttpServerAdapter.Server server =
        start(
            adapter(webhooks().build())
                .handlerTimeout(WebhookKind.FULFILLMENT_REQUEST, Duration.ofSeconds(3)));
    for (String value : List.of("1e999999", "-1e999999", "9".repeat(5000))) {
      String body =
          "{\"id\":\"fr-"
              + value.length()
              + value.charAt(0)
              + "\",\"order_id\":"
              + value
              + ",\"items\":[{\"product_id\":\"p\"}]}";
      AdapterWire.Answer answer =
          wire(server).send(AdapterWire.post("/fulfillment_requests", KEY, body)).read();

      System.out.printf(
          "[hostile] huge number %s... -> %d %s%n",
          value.substring(0, 5), answer.status(), answer.contentType());
      assertThat(answer.closed()).as("answer for %s", value.substring(0, 5)).isFalse();
      assertAnswerShape(answer);
    }
    assertThat(goodEvent(server).status()).isEqualTo(200);
  }

  @Test
  void availabilityAmplification_answersBoundedInTimeAndTheServerLives() throws Exception {
    JdkHttpServerAdapter.Server server =
        start(
            adapter(webhooks().build())
                .handlerTimeout(WebhookKind.AVAILABILITY, Duration.ofSeconds(2)));
    StringBuilder body = new StringBuilder("{\"products\":[");
    for (int i = 0; i < 1000; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"product_id\":\"p")
          .append(i)
          .append("\",\"external_identifier\":\"product_id\"}");
    }
    body.append("],\"fulfillment_locations\":[");
    for (int i = 0; i < 1000; i++) {
      body.append(i == 0 ? "" : ",").append("\"l").append(i).append('"');
    }
    body.append("]}");

    long start = System.nanoTime();
    AdapterWire.Answer answer =
        wire(server).send(AdapterWire.post("/availability", KEY, body.toString())).read();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "[hostile] ATP 1000 x 1000 (%d bytes) -> %d %s, %d bytes in %d ms%n",
        body.length(),
        answer.status(),
        answer.contentType(),
        answer.body().length,
        took.toMillis());

    assertThat(answer.closed()).isFalse();
    assertAnswerShape(answer);
    assertThat(took).isLessThan(Duration.ofSeconds(2).plus(SLACK.multipliedBy(2)));
    assertThat(goodEvent(server).status()).isEqualTo(200);
  }

  @Test
  void burstOf200Connections_everyOneAnswered() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    int clients = 200;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    closeables.add(pool::shutdownNow);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<AdapterWire.Answer>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return goodEvent(server);
              }));
    }
    go.countDown();

    int ok = 0;
    for (Future<AdapterWire.Answer> answer : answers) {
      if (answer.get(15, TimeUnit.SECONDS).status() == 200) {
        ok++;
      }
    }
    assertThat(ok).isEqualTo(clients);
    assertThat(server.droppedConnections()).isZero();
  }

  @Test
  void blockedHandlers_poolFull_answers503WithRetryAfter() throws Exception {
    CountDownLatch entered = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    closeables.add(release::countDown);
    NewStoreWebhooks webhooks =
        webhooks()
            .eventHandler(
                event -> {
                  entered.countDown();
                  release.await(10, TimeUnit.SECONDS);
                })
            .build();
    JdkHttpServerAdapter.Server server = start(adapter(webhooks).handlerThreads(2).handlerQueue(1));
    List<AdapterWire> blocked = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      blocked.add(wire(server).send(AdapterWire.post("/events", KEY, event("blocked-" + i))));
    }
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
    List<AdapterWire> more = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      more.add(wire(server).send(AdapterWire.post("/events", KEY, event("more-" + i))));
    }

    // One of the four waits in the queue; three are refused at once.
    ExecutorService readers = Executors.newFixedThreadPool(4);
    closeables.add(readers::shutdownNow);
    List<Future<AdapterWire.Answer>> answers = new ArrayList<>();
    for (AdapterWire wire : more) {
      answers.add(readers.submit((Callable<AdapterWire.Answer>) wire::read));
    }
    int refused = 0;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    List<Future<AdapterWire.Answer>> pending = new ArrayList<>(answers);
    while (refused < 3 && System.nanoTime() < until) {
      for (Future<AdapterWire.Answer> f : List.copyOf(pending)) {
        if (f.isDone()) {
          AdapterWire.Answer answer = f.get();
          assertThat(answer.status()).isEqualTo(503);
          assertThat(answer.problemJson()).isTrue();
          assertThat(answer.headers()).containsEntry("Retry-After", "1");
          pending.remove(f);
          refused++;
        }
      }
      Thread.onSpinWait();
    }
    assertThat(refused).isEqualTo(3);
    release.countDown();
    for (AdapterWire wire : blocked) {
      assertThat(wire.read().status()).isEqualTo(200);
    }
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
  }

  @Test
  void blockedAvailabilityHandler_pastDeadline_answers504NeverLate200() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    NewStoreWebhooks webhooks =
        webhooks()
            .availabilityHandler(
                (request, context) -> {
                  try {
                    new CountDownLatch(1).await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    interrupted.countDown();
                  }
                  return AvailabilityResponse.of(List.of());
                })
            .build();
    JdkHttpServerAdapter.Server server =
        start(adapter(webhooks).handlerTimeout(WebhookKind.AVAILABILITY, DEADLINE));
    String atp =
        "{\"products\":[{\"product_id\":\"p-1\",\"external_identifier\":\"product_id\"}],"
            + "\"fulfillment_locations\":[\"store-1\"]}";

    long start = System.nanoTime();
    AdapterWire.Answer answer =
        wire(server).send(AdapterWire.post("/availability", KEY, atp)).read();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(SLACK));
    assertThat(answer.status()).isEqualTo(504);
    assertThat(answer.problemJson()).isTrue();
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void errorInsideDispatch_is500AndTheNextRequestWorks() throws Exception {
    NewStoreWebhooks webhooks =
        webhooks()
            .eventHandler(
                event -> {
                  if (event.name().equals("boom")) {
                    throw new StackOverflowError();
                  }
                  events.incrementAndGet();
                })
            .build();
    JdkHttpServerAdapter.Server server = start(adapter(webhooks).handlerThreads(1).ioThreads(1));
    String boom = EVENT.replace("order.created", "boom");

    AdapterWire.Answer failed = wire(server).send(AdapterWire.post("/events", KEY, boom)).read();

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.problemJson()).isTrue();
    assertThat(goodEvent(server).status()).isEqualTo(200);
  }

  @Test
  void slowloris16WithoutKey_goodClientAnsweredMeanwhile_allFreedWithinDeadline() throws Exception {
    // Default I/O threads (32): 16 slow peers hold half of them until the deadline.
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()));
    List<AdapterWire> slow = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      AdapterWire wire = wire(server);
      // Half stall in the head, half after a complete head (no api key) in the body.
      wire.send(
          i % 2 == 0
              ? "POST /events HTTP/1.1\r\nHost: x\r\n"
              : "POST /events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{");
      slow.add(wire);
    }
    long start = System.nanoTime();

    AdapterWire.Answer good = goodEvent(server);

    assertThat(good.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(SLACK));
    for (AdapterWire wire : slow) {
      wire.awaitClosed();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(SLACK));
    assertThat(goodEvent(server).status()).isEqualTo(200);
  }

  @Test
  void moreSlowPeersThanIoThreads_serverRecoversWithinTheDeadline() throws Exception {
    JdkHttpServerAdapter.Server server = start(adapter(webhooks().build()).ioThreads(4));
    List<AdapterWire> slow = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      slow.add(wire(server).send("POST /events HTTP/1.1\r\nHost: x\r\n"));
    }
    long start = System.nanoTime();

    for (AdapterWire wire : slow) {
      wire.awaitClosed();
    }

    // The head deadline runs from when a connection became readable, queueing included, so
    // queued peers expire with the ones holding threads instead of one batch after another.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(SLACK));
    assertThat(goodEvent(server).status()).isEqualTo(200);
  }

  @Test
  void peerThatNeverReadsALargeAnswer_freesTheIoThreadAtTheWriteDeadline() throws Exception {
    List<AvailabilityResponse.Availability> pairs = new ArrayList<>();
    for (int p = 0; p < 1000; p++) {
      for (int l = 0; l < 150; l++) {
        pairs.add(
            new AvailabilityResponse.Availability(
                "product-" + p + "-" + "x".repeat(40), "product_id", "location-" + l, 1));
      }
    }
    AvailabilityResponse big = new AvailabilityResponse(pairs);
    NewStoreWebhooks webhooks = webhooks().availabilityHandler((request, context) -> big).build();
    // One I/O thread: the good request below can only be read once the slow reader lets go.
    JdkHttpServerAdapter.Server server =
        start(adapter(webhooks).ioThreads(1).headTimeout(Duration.ofSeconds(6)));
    String atp =
        "{\"products\":[{\"product_id\":\"p-1\",\"external_identifier\":\"product_id\"}],"
            + "\"fulfillment_locations\":[\"store-1\"]}";
    AdapterWire reader = new AdapterWire(server.port());
    closeables.add(reader);
    reader.send(AdapterWire.post("/availability", KEY, atp)); // and never read the answer
    long start = System.nanoTime();

    AdapterWire.Answer good = goodEvent(server);

    assertThat(good.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(Duration.ofSeconds(6).plus(SLACK));
    // The write deadline cut the answer: fewer bytes arrive than its Content-Length announced.
    System.out.printf(
        "[hostile] good answered after %d ms%n", (System.nanoTime() - start) / 1000000);
    AdapterWire.Answer cut = reader.read();
    System.out.printf(
        "[hostile] cut %d of %s after %d ms%n",
        cut.body().length,
        cut.headers().get("Content-Length"),
        (System.nanoTime() - start) / 1000000);
    assertThat(cut.status()).isEqualTo(200);
    assertThat(cut.body().length).isLessThan(Integer.parseInt(cut.headers().get("Content-Length")));
  }

  @Test
  void ioQueueFull_closesTheConnectionAtOnce_andTheServerRecovers() throws Exception {
    Duration head = Duration.ofSeconds(3);
    JdkHttpServerAdapter.Server server =
        start(adapter(webhooks().build()).ioThreads(1).ioQueue(1).headTimeout(head));
    List<AdapterWire> slow = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      slow.add(wire(server).send("POST /events HTTP/1.1\r\nHost: x\r\n"));
    }
    long start = System.nanoTime();
    ExecutorService readers = Executors.newFixedThreadPool(3);
    closeables.add(readers::shutdownNow);
    List<Future<Duration>> closedAfter = new ArrayList<>();
    for (AdapterWire wire : slow) {
      closedAfter.add(
          readers.submit(
              () -> {
                wire.awaitClosed();
                return Duration.ofNanos(System.nanoTime() - start);
              }));
    }
    List<Duration> times = new ArrayList<>();
    for (Future<Duration> f : closedAfter) {
      times.add(f.get(10, TimeUnit.SECONDS));
    }
    times.sort(null);

    // One thread, one queue slot: the third connection is closed at once, not at the deadline.
    assertThat(times.get(0)).isLessThan(head.dividedBy(2));
    assertThat(times.get(2)).isLessThan(head.plus(SLACK));
    assertThat(server.droppedConnections()).isGreaterThanOrEqualTo(1);
    assertThat(goodEvent(server).status()).isEqualTo(200);
  }

  @Test
  void close_stopsEveryThreadTheServerStarted() throws Exception {
    JdkHttpServerAdapter.Server server = adapter(webhooks().build()).start();
    assertThat(goodEvent(server).status()).isEqualTo(200);
    server.close();

    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("newstore-webhooks-")) {
        thread.join(5000);
        assertThat(thread.isAlive()).as("%s still alive", thread.getName()).isFalse();
      }
    }
    server.awaitClose();
  }

  /** Distinct events, so deduplication does not answer them without the handler. */
  static String event(String id) {
    return EVENT.replace("\"o-1\"", "\"" + id + "\"");
  }

  static void assertAnswerShape(AdapterWire.Answer answer) {
    assertThat(answer.status()).isBetween(200, 599);
    if (answer.status() >= 400) {
      assertThat(answer.problemJson()).as("content type %s", answer.contentType()).isTrue();
    }
    assertThat(answer.text()).doesNotContain(KEY);
    assertThat(answer.body().length).isLessThan(256 * 1024 * 1024);
    assertThat(Set.of(answer.headers().values().toArray())).doesNotContain(KEY);
  }

  static byte[] fulfillment(byte[] id) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    json.writeBytes("{\"id\":\"".getBytes(StandardCharsets.UTF_8));
    json.writeBytes(id);
    json.writeBytes("\",\"items\":[{\"product_id\":\"p\"}]}".getBytes(StandardCharsets.UTF_8));
    byte[] body = json.toByteArray();
    return concat(
        AdapterWire.post("/fulfillment_requests", KEY, body.length)
            .getBytes(StandardCharsets.ISO_8859_1),
        body);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
