package com.newstore.sdk.benchmarks;

import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.ConfigValue;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first call in a fresh JVM: building the client and reading the grace period once, through the
 * SDK and by hand. Each fork is a new JVM and measures one call, so the figure is dominated by
 * class loading and first-time initialization. The loopback server runs in another process, so no
 * OkHttp or Moshi class is loaded before the measured call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(6)
@State(Scope.Benchmark)
public class ColdStartBenchmark {
  private ServerProcess server;
  private String baseUrl;
  private AutoCloseable opened = () -> {};

  /** Finds the loopback server without touching any HTTP or JSON class. */
  @Setup(Level.Trial)
  public void setUp() {
    server = ServerProcess.start();
    baseUrl = server.baseUrl();
  }

  /**
   * Closes what the measured call opened, and the server.
   *
   * @throws Exception when closing fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    opened.close();
    server.close();
  }

  /**
   * Builds an SDK client and makes its first configuration read.
   *
   * @return the decoded configuration
   */
  @Benchmark
  public ConfigValue<Duration> sdk() {
    NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(baseUrl)
            .tokenProvider(() -> new AccessToken(Payloads.TOKEN, Instant.MAX))
            .build();
    opened = client;
    return client.salesOrderConfig().gracePeriod().get().orElseThrow();
  }

  /**
   * Builds OkHttp and Moshi by hand and makes the same first read.
   *
   * @return the decoded configuration
   * @throws IOException when the call fails
   */
  @Benchmark
  public ConfigGetBenchmark.RawResult raw() throws IOException {
    OkHttpClient http = RawHttp.client();
    opened = () -> RawHttp.close(http);
    JsonAdapter<ConfigGetBenchmark.RawGracePeriod> adapter =
        new Moshi.Builder().build().adapter(ConfigGetBenchmark.RawGracePeriod.class);
    return ConfigGetBenchmark.readRaw(
        http, HttpUrl.get(baseUrl).resolve(Payloads.GRACE_PERIOD_PATH), adapter);
  }
}
