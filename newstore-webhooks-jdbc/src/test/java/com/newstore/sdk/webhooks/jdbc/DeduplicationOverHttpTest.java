package com.newstore.sdk.webhooks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.testing.postgres.Postgres;
import com.newstore.sdk.webhooks.JdkHttpServerAdapter;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The same fulfillment request reaches two services over HTTP, as behind a load balancer. */
class DeduplicationOverHttpTest {
  private static final String KEY = "webhook-key-0123456789";

  private final DataSource db = Postgres.dataSource();

  @Test
  void twoServersBehindALoadBalancerRunTheHandlerOncePerRequest() throws Exception {
    String table = Postgres.freshTable("claims_http");
    JdbcDeduplicationStore.builder(db).tableName(table).build().createSchema();
    AtomicInteger handlerRuns = new AtomicInteger();
    // Every handler run waits until all deliveries are in flight, so they truly overlap.
    CountDownLatch allSent = new CountDownLatch(1);
    List<JdkHttpServerAdapter.Server> servers = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        NewStoreWebhooks webhooks =
            NewStoreWebhooks.builder()
                .apiKey(KEY)
                .fulfillmentRequestHandler(
                    (request, context) -> {
                      handlerRuns.incrementAndGet();
                      try {
                        allSent.await(60, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    })
                .deduplicationStore(JdbcDeduplicationStore.builder(db).tableName(table).build())
                .build();
        servers.add(JdkHttpServerAdapter.start(webhooks, new InetSocketAddress("127.0.0.1", 0), 4));
      }
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      int frs = 3;
      int deliveriesPerFr = 4;
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int fr = 0; fr < frs; fr++) {
        for (int d = 0; d < deliveriesPerFr; d++) {
          JdkHttpServerAdapter.Server target = servers.get(d % 2);
          HttpRequest request =
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + target.port() + "/fulfillment_requests"))
                  .timeout(Duration.ofSeconds(20))
                  .header("Authorization", "Bearer " + KEY)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          JdbcDeduplicationStoreTest.fulfillmentJson("fr-http-" + fr)))
                  .build();
          answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
      }
      // The duplicates are answered while the handlers still run; then let the handlers end.
      int duplicates = frs * (deliveriesPerFr - 1);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (done(answers) < duplicates && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
      assertThat(done(answers)).as("answered while the handlers run").isEqualTo(duplicates);
      allSent.countDown();
      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        assertThat(answer.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }

      assertThat(handlerRuns).hasValue(frs);
    } finally {
      allSent.countDown();
      for (JdkHttpServerAdapter.Server s : servers) {
        s.close();
      }
    }
  }

  private static long done(List<CompletableFuture<HttpResponse<String>>> answers) {
    return answers.stream().filter(CompletableFuture::isDone).count();
  }
}
