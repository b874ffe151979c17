package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.thing;
import static com.newstore.sdk.client.TestServers.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 64 threads share one client through an expired token and a burst of 429s. */
@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class ConcurrencyTest {
  static final int THREADS = 64;

  @StartStop final MockWebServer api = new MockWebServer();
  @StartStop final MockWebServer id = new MockWebServer();
  final FakeTime clock = new FakeTime();

  @Test
  @Timeout(30)
  void sixtyFourThreads_expiredTokenAndRateLimitBurst_oneTokenRequestNoFailure() throws Exception {
    AtomicInteger tokenRequests = new AtomicInteger();
    AtomicInteger apiRequests = new AtomicInteger();
    Set<String> rateLimited = ConcurrentHashMap.newKeySet();
    id.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return token("tok-" + tokenRequests.incrementAndGet(), 3600);
          }
        });
    api.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            // Every thread's first attempt is rate limited: a burst of THREADS 429s at once.
            apiRequests.incrementAndGet();
            String path = request.getUrl().encodedPath();
            if (!path.endsWith("warm-up") && rateLimited.add(path)) {
              return new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build();
            }
            return thing();
          }
        });
    AtomicInteger waits = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(api.url("/").toString())
            .tokenUrl(id.url("/token").toString())
            .credentials("id", "secret")
            .clock(clock)
            .sleeper(d -> waits.incrementAndGet()) // waits are counted, not spent
            .build()) {
      Transport t = Transport.of(client);
      ThingsApi things = t.create(ThingsApi.class);
      t.executor().execute(things.get("warm-up"));
      clock.advance(Duration.ofHours(2)); // the cached token has expired

      CountDownLatch start = new CountDownLatch(1);
      List<Future<ThingsApi.Thing>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        String id = Integer.toString(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return t.executor().execute(things.get(id));
                }));
      }
      start.countDown();
      for (Future<ThingsApi.Thing> result : results) {
        assertThat(result.get(20, TimeUnit.SECONDS).name()).isEqualTo("a");
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).as("no thread stuck").isTrue();
    }
    assertThat(tokenRequests.get()).as("warm-up token + exactly one refresh").isEqualTo(2);
    assertThat(waits.get()).isEqualTo(THREADS);
    assertThat(apiRequests.get()).isEqualTo(1 + 2 * THREADS);
  }
}
