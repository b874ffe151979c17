package com.newstore.sdk.fulfillment;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.Json;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared test fixtures: clients on a MockWebServer, a settable clock and a virtual scheduler. */
final class TestSupport {
  private TestSupport() {}

  /** The one place tests construct a {@link FulfillmentRequestRef}. */
  static FulfillmentRequestRef fulfillmentRequest(String id, String... productIds) {
    return FulfillmentRequestRef.of(id, List.of(productIds));
  }

  static NewStoreClient newStoreClient(MockWebServer server, Clock clock) {
    return NewStoreClient.builder()
        .baseUrl(server.url("/").toString())
        .tokenProvider(() -> new AccessToken("t", Instant.MAX))
        .clock(clock)
        .build();
  }

  /** Returns the next request the server received, failing the test after 5 s without one. */
  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived within 5 s");
    }
    return r;
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse empty(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> body(RecordedRequest request) throws IOException {
    return (Map<String, Object>)
        Json.moshi().adapter(Object.class).fromJson(request.getBody().utf8());
  }

  static Dispatcher dispatcher(Function<RecordedRequest, MockResponse> answer) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer.apply(request);
      }
    };
  }

  /** A clock tests set and advance by hand. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /**
   * Runs scheduled tasks after a fixed real delay (tiny by default) while advancing the clock by
   * the requested delay, and records every requested delay: virtual time for waiters.
   */
  static final class VirtualScheduler extends ScheduledThreadPoolExecutor {
    final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
    private final MutableClock clock;
    private final Duration realDelay;

    VirtualScheduler(MutableClock clock, Duration realDelay) {
      super(1);
      this.clock = clock;
      this.realDelay = realDelay;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      Duration requested = Duration.ofNanos(unit.toNanos(delay));
      delays.add(requested);
      clock.advance(requested);
      return super.schedule(command, realDelay.toNanos(), TimeUnit.NANOSECONDS);
    }
  }
}
