package com.newstore.sdk.benchmarks;

import com.newstore.generated.ApiException;
import com.newstore.generated.api.SalesOrderConfigApi;
import com.newstore.generated.model.SalesOrderGracePeriodGet200Response;
import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.ConfigValue;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
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
 * A configuration read ({@code GET v0/config/sales_order/grace_period}) through {@code
 * client.salesOrderConfig().gracePeriod().get().orElseThrow()} against the same request written
 * with OkHttp + Moshi by hand, both decoding to a duration, a schema map and an instant.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ConfigGetBenchmark {
  private ServerProcess server;
  private NewStoreClient client;
  private OkHttpClient http;
  private JsonAdapter<RawGracePeriod> adapter;
  private HttpUrl url;
  private SalesOrderConfigApi generated;

  /** Connects both sides to the loopback server. */
  @Setup(Level.Trial)
  public void setUp() {
    server = ServerProcess.start();
    // A cached token, as the SDK's own client-credentials provider hands out between refreshes.
    AccessToken token = new AccessToken(Payloads.TOKEN, Instant.MAX);
    client = NewStoreClient.builder().baseUrl(server.baseUrl()).tokenProvider(() -> token).build();
    http = RawHttp.client();
    adapter = new Moshi.Builder().build().adapter(RawGracePeriod.class);
    url = HttpUrl.get(server.baseUrl()).resolve(Payloads.GRACE_PERIOD_PATH);
    generated = GeneratedClients.salesOrderConfig(server.baseUrl());
  }

  /** Stops the clients and the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    RawHttp.close(http);
    server.close();
  }

  /**
   * Reads the grace period through the SDK.
   *
   * @return the decoded configuration
   */
  @Benchmark
  public ConfigValue<Duration> sdk() {
    return client.salesOrderConfig().gracePeriod().get().orElseThrow();
  }

  /**
   * Reads the grace period with OkHttp and Moshi written by hand.
   *
   * @return the decoded configuration
   * @throws IOException when the call fails
   */
  @Benchmark
  public RawResult raw() throws IOException {
    return readRaw(http, url, adapter);
  }

  /**
   * Makes the hand-written read: one GET with the bearer token, decoded with Moshi.
   *
   * @param http the OkHttp client
   * @param url the grace period's URL
   * @param adapter the wire shape's adapter
   * @return the decoded configuration
   * @throws IOException when the call fails
   */
  static RawResult readRaw(OkHttpClient http, HttpUrl url, JsonAdapter<RawGracePeriod> adapter)
      throws IOException {
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", "Bearer " + Payloads.TOKEN)
            .header("Accept", "application/json")
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      RawGracePeriod body = Objects.requireNonNull(adapter.fromJson(response.body().source()));
      return new RawResult(
          Duration.ofSeconds(body.value()),
          body.schema() == null ? Map.of() : body.schema(),
          body.updatedAt() == null ? null : Instant.parse(body.updatedAt()));
    }
  }

  /**
   * Reads the grace period with the client openapi-generator makes from specs/newstore-api.yaml.
   *
   * @return the decoded answer
   * @throws ApiException when the call fails
   */
  @Benchmark
  public SalesOrderGracePeriodGet200Response generated() throws ApiException {
    return generated.salesOrderGracePeriodGet();
  }

  /**
   * The wire shape the baseline decodes.
   *
   * @param schema the JSON schema
   * @param value the grace period in seconds
   * @param updatedAt when it changed
   */
  public record RawGracePeriod(
      @Nullable Map<String, Object> schema,
      long value,
      @Json(name = "updated_at") @Nullable String updatedAt) {}

  /**
   * What the baseline returns, the same information as {@link GracePeriodConfig}.
   *
   * @param gracePeriod the grace period
   * @param schema the JSON schema
   * @param updatedAt when it changed
   */
  public record RawResult(
      Duration gracePeriod, Map<String, Object> schema, @Nullable Instant updatedAt) {}
}
