package com.newstore.sdk.benchmarks;

import com.newstore.generated.ApiException;
import com.newstore.generated.api.FulfillmentProviderApi;
import com.newstore.generated.model.ShipmentRequest;
import com.newstore.generated.model.ShipmentRequestLineItemsInner;
import com.newstore.generated.model.ShipmentRequestLineItemsInnerShipment;
import com.newstore.sdk.client.AccessToken;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.Shipment;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
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
 * A shipment update ({@code POST v0/d/fulfillment_requests/{id}/shipment}, answered {@code 201})
 * through {@code fulfillment.ship(...)} against the same request written with OkHttp + Moshi by
 * hand. Both build the body from the same values on every call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ShipmentPostBenchmark {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private ServerProcess server;
  private NewStoreClient client;
  private FulfillmentProviderClient fulfillment;
  private OkHttpClient http;
  private JsonAdapter<RawShipmentUpdate> adapter;
  private HttpUrl url;
  private FulfillmentProviderApi generated;

  /** Connects both sides to the loopback server. */
  @Setup(Level.Trial)
  public void setUp() {
    server = ServerProcess.start();
    AccessToken token = new AccessToken(Payloads.TOKEN, Instant.MAX);
    client = NewStoreClient.builder().baseUrl(server.baseUrl()).tokenProvider(() -> token).build();
    fulfillment = FulfillmentProviderClient.create(client);
    http = RawHttp.client();
    adapter = new Moshi.Builder().build().adapter(RawShipmentUpdate.class);
    url = HttpUrl.get(server.baseUrl()).resolve(Payloads.SHIPMENT_PATH);
    generated = GeneratedClients.fulfillment(server.baseUrl());
  }

  /** Stops the clients and the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    fulfillment.close();
    client.close();
    RawHttp.close(http);
    server.close();
  }

  /** Ships three products through the SDK. */
  @Benchmark
  public void sdk() {
    fulfillment.ship(
        Payloads.REQUEST_ID,
        Payloads.SHIPPED_PRODUCTS,
        Shipment.of(Payloads.TRACKING_CODE, Payloads.CARRIER));
  }

  /**
   * Ships the same products with OkHttp and Moshi written by hand.
   *
   * @throws IOException when the call fails
   */
  @Benchmark
  public void raw() throws IOException {
    RawShipmentUpdate update =
        new RawShipmentUpdate(
            List.of(
                new RawLineItem(
                    Payloads.SHIPPED_PRODUCTS,
                    new RawShipment(Payloads.TRACKING_CODE, Payloads.CARRIER))));
    Buffer body = new Buffer();
    adapter.toJson(body, update);
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", "Bearer " + Payloads.TOKEN)
            .post(RequestBody.create(body.readByteString(), JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
    }
  }

  /**
   * Ships the same products with the client openapi-generator makes from specs/newstore-api.yaml
   * (the second baseline: what a team would generate instead of using the SDK).
   *
   * @throws ApiException when the call fails
   */
  @Benchmark
  public void generated() throws ApiException {
    generated.fulfillmentRequestShip(
        Payloads.REQUEST_ID,
        new ShipmentRequest()
            .lineItems(
                List.of(
                    new ShipmentRequestLineItemsInner()
                        .productIds(Payloads.SHIPPED_PRODUCTS)
                        .shipment(
                            new ShipmentRequestLineItemsInnerShipment()
                                .trackingCode(Payloads.TRACKING_CODE)
                                .carrier(Payloads.CARRIER)))));
  }

  /**
   * The shipment update body.
   *
   * @param lineItems the line items
   */
  public record RawShipmentUpdate(@Json(name = "line_items") List<RawLineItem> lineItems) {}

  /**
   * One shipped line.
   *
   * @param productIds the products
   * @param shipment the shipment
   */
  public record RawLineItem(
      @Json(name = "product_ids") List<String> productIds, RawShipment shipment) {}

  /**
   * The shipment's tracking details.
   *
   * @param trackingCode the tracking code
   * @param carrier the carrier
   */
  public record RawShipment(@Json(name = "tracking_code") String trackingCode, String carrier) {}
}
