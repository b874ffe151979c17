package com.newstore.sdk.benchmarks;

import com.newstore.sdk.webhooks.AvailabilityRequest;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.EventHandler;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.OrderEventPayload;
import com.newstore.sdk.webhooks.OrderOrigin;
import com.newstore.sdk.webhooks.SalesOrder;
import com.newstore.sdk.webhooks.StreamEvent;
import com.newstore.sdk.webhooks.WebhookKind;
import com.newstore.sdk.webhooks.WebhookRequest;
import com.newstore.sdk.webhooks.WebhookResponse;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inbound webhook dispatch, in process: the SDK's {@link NewStoreWebhooks#handle} (route, api key
 * check, content-type check, parse, typed mapping, handler, completion/ordering rules,
 * de-duplication for events, serialize) against a hand-written baseline that checks the same key in
 * constant time, parses the same bytes with Moshi into hand-written records, runs the same handler
 * logic and serializes the same answer. Both sides start from the raw request (method, path,
 * headers, body bytes) and end with the answer's bytes, as an HTTP adapter would.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The SDK's dispatcher has more code to compile than the baseline; 4 s of warmup were not enough
// on a loaded 2-core machine (throughput still rising), so it gets 8.
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WebhookDispatchBenchmark {
  /** Which webhook: ATP with 1,000 pairs, purchase history with 100 orders, or one event. */
  @Param({"atp", "purchaseHistory", "event"})
  public String kind;

  private NewStoreWebhooks webhooks;
  private byte[] atpBody;
  private byte[][] events;
  private int next;
  private List<SalesOrder> orders;
  private List<RawOrder> rawOrders;
  private long delivered;
  private byte[] expectedAuthorization;
  private JsonAdapter<RawAtpRequest> atpIn;
  private JsonAdapter<RawAtpResponse> atpOut;
  private JsonAdapter<RawOrders> ordersOut;
  private JsonAdapter<RawEvent> eventIn;

  /** Builds both sides and the payloads. */
  @Setup(Level.Trial)
  public void setUp() {
    atpBody = WebhookPayloads.availabilityRequest();
    events = new byte[WebhookPayloads.EVENTS][];
    for (int i = 0; i < events.length; i++) {
      events[i] = WebhookPayloads.event(i);
    }
    orders = new ArrayList<>();
    rawOrders = new ArrayList<>();
    Instant newest = Instant.parse("2026-11-26T10:00:00Z");
    for (int i = 0; i < WebhookPayloads.ORDERS; i++) {
      Instant placedAt = newest.minusSeconds(3600L * i);
      orders.add(order("order-" + i, placedAt));
      rawOrders.add(rawOrder("order-" + i, placedAt));
    }
    webhooks =
        NewStoreWebhooks.builder()
            .apiKey(WebhookPayloads.API_KEY)
            .timeout(WebhookKind.AVAILABILITY, NewStoreWebhooks.DEFAULT_AVAILABILITY_TIMEOUT)
            .availabilityHandler(WebhookDispatchBenchmark::answerAvailability)
            .purchaseHistoryHandler((request, context) -> orders)
            .eventHandler(
                new EventHandler() {
                  @Override
                  public void onOrderCreated(StreamEvent event, OrderEventPayload payload) {
                    delivered += payload.id().length();
                  }

                  @Override
                  public void onOtherEvent(StreamEvent event) {
                    delivered++;
                  }
                })
            .build();
    expectedAuthorization = WebhookPayloads.authorization(kind).getBytes(StandardCharsets.UTF_8);
    Moshi moshi =
        new Moshi.Builder()
            .add(Instant.class, new InstantAdapter().nullSafe())
            .add(BigDecimal.class, new BigDecimalAdapter().nullSafe())
            .build();
    atpIn = moshi.adapter(RawAtpRequest.class);
    atpOut = moshi.adapter(RawAtpResponse.class);
    ordersOut = moshi.adapter(RawOrders.class);
    eventIn = moshi.adapter(RawEvent.class);
  }

  /**
   * Dispatches one webhook through the SDK.
   *
   * @return the answer's bytes, as the shipped {@code JdkHttpServerAdapter} takes them (a read-only
   *     view, no copy)
   */
  @Benchmark
  public ByteBuffer sdk() {
    // The form NewStore documents per kind: the raw key for ATP, Bearer otherwise.
    WebhookRequest.Builder request =
        WebhookRequest.builder()
            .header("Authorization", WebhookPayloads.authorization(kind))
            .header("Content-Type", "application/json");
    switch (kind) {
      case "atp" -> request.method("POST").path("/availability").body(atpBody);
      case "purchaseHistory" ->
          request.method("GET").path("/orders").query("consumer_email=jane%40example.com");
      default -> request.method("POST").path("/events").body(nextEvent());
    }
    WebhookResponse response = webhooks.handle(request.build());
    if (response.status() != 200) {
      throw new IllegalStateException("status " + response.status());
    }
    return response.bodyBuffer();
  }

  /**
   * Does the same with Moshi and hand-written records.
   *
   * @return the answer's bytes
   * @throws IOException when the body is not the expected JSON
   */
  @Benchmark
  public byte[] raw() throws IOException {
    byte[] authorization = WebhookPayloads.authorization(kind).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(authorization, expectedAuthorization)) {
      throw new IllegalStateException("401");
    }
    Buffer out = new Buffer();
    switch (kind) {
      case "atp" -> {
        RawAtpRequest in =
            Objects.requireNonNull(atpIn.fromJson(new Buffer().write(atpBody)), "body");
        List<RawAvailability> answer = new ArrayList<>();
        for (RawProduct p : in.products()) {
          for (String location : in.locations()) {
            answer.add(
                new RawAvailability(
                    p.productId(),
                    p.externalIdentifier(),
                    location,
                    WebhookPayloads.atp(p.productId(), location)));
          }
        }
        atpOut.toJson(out, new RawAtpResponse(answer));
      }
      case "purchaseHistory" -> {
        String email = queryParameter("consumer_email=jane%40example.com", "consumer_email");
        if (email == null) {
          throw new IllegalStateException("400");
        }
        ordersOut.toJson(out, new RawOrders(rawOrders));
      }
      default -> {
        RawEvent event =
            Objects.requireNonNull(eventIn.fromJson(new Buffer().write(nextEvent())), "body");
        if (event.name().equals("order.created")) {
          delivered += event.payload().id().length();
        } else {
          delivered++;
        }
        out.writeUtf8("{}");
      }
    }
    return out.readByteArray();
  }

  private byte[] nextEvent() {
    byte[] body = events[next];
    next = (next + 1) % events.length;
    return body;
  }

  private static @Nullable String queryParameter(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static AvailabilityResponse answerAvailability(
      AvailabilityRequest request, com.newstore.sdk.webhooks.WebhookContext context) {
    List<AvailabilityResponse.Availability> answer = new ArrayList<>();
    for (AvailabilityRequest.Product p : request.products()) {
      for (String location : request.fulfillmentLocations()) {
        answer.add(
            new AvailabilityResponse.Availability(
                p.productId(),
                p.externalIdentifier(),
                location,
                WebhookPayloads.atp(p.productId(), location)));
      }
    }
    return AvailabilityResponse.of(answer);
  }

  private static SalesOrder order(String id, Instant placedAt) {
    SalesOrder.Price price =
        new SalesOrder.Price(
            new BigDecimal("10.00"),
            BigDecimal.ZERO,
            new BigDecimal("10.00"),
            new BigDecimal("8.40"),
            new BigDecimal("1.60"));
    SalesOrder.Item item =
        new SalesOrder.Item(
            id + "-i1",
            id + "-i1",
            "complete",
            price,
            SalesOrder.ExternalIdentifier.NONE,
            Map.of("name", "Shirt"),
            Map.of());
    return new SalesOrder(
        id,
        OrderOrigin.EXTERNAL,
        id,
        placedAt,
        "complete",
        "USD",
        "store",
        "in_store_purchase",
        List.of(item),
        Map.of());
  }

  private static RawOrder rawOrder(String id, Instant placedAt) {
    RawPrice price =
        new RawPrice(
            new BigDecimal("10.00"),
            BigDecimal.ZERO,
            new BigDecimal("10.00"),
            new BigDecimal("8.40"),
            new BigDecimal("1.60"));
    RawItem item =
        new RawItem(id + "-i1", id + "-i1", "complete", price, Map.of(), Map.of("name", "Shirt"));
    return new RawOrder(
        id,
        "external",
        id,
        placedAt,
        "complete",
        "USD",
        "store",
        "in_store_purchase",
        List.of(item));
  }

  /** Writes and reads instants as RFC 3339 text. */
  private static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public @Nullable Instant fromJson(JsonReader reader) throws IOException {
      return Instant.parse(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
      writer.value(Objects.requireNonNull(value).toString());
    }
  }

  /** Writes and reads decimals as JSON numbers. */
  private static final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public @Nullable BigDecimal fromJson(JsonReader reader) throws IOException {
      return new BigDecimal(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable BigDecimal value) throws IOException {
      writer.value(value);
    }
  }

  /**
   * The ATP request.
   *
   * @param products the products
   * @param locations the fulfillment locations
   */
  public record RawAtpRequest(
      List<RawProduct> products, @Json(name = "fulfillment_locations") List<String> locations) {}

  /**
   * A product in the ATP request.
   *
   * @param productId the product id
   * @param externalIdentifier which identifier the id is
   */
  public record RawProduct(
      @Json(name = "product_id") String productId,
      @Json(name = "external_identifier") String externalIdentifier) {}

  /**
   * The ATP answer.
   *
   * @param availabilities one entry per product × location
   */
  public record RawAtpResponse(List<RawAvailability> availabilities) {}

  /**
   * One ATP entry.
   *
   * @param productId the product id
   * @param externalIdentifier which identifier the id is
   * @param location the fulfillment location
   * @param atp the available-to-promise quantity
   */
  public record RawAvailability(
      @Json(name = "product_id") String productId,
      @Json(name = "external_identifier") String externalIdentifier,
      @Json(name = "fulfillment_location") String location,
      int atp) {}

  /**
   * The purchase history answer.
   *
   * @param orders the orders, latest first
   */
  public record RawOrders(List<RawOrder> orders) {}

  /**
   * An order in the purchase history.
   *
   * @param id the id
   * @param origin the origin
   * @param originId the id in the origin
   * @param placedAt when it was placed
   * @param status the status
   * @param currency the currency
   * @param channelType the channel type
   * @param fulfillmentType the fulfillment type
   * @param items the items
   */
  public record RawOrder(
      String id,
      String origin,
      @Json(name = "origin_id") String originId,
      @Json(name = "placed_at") Instant placedAt,
      String status,
      String currency,
      @Json(name = "channel_type") String channelType,
      @Json(name = "fulfillment_type") String fulfillmentType,
      List<RawItem> items) {}

  /**
   * An order item.
   *
   * @param id the id
   * @param originId the id in the origin
   * @param status the status
   * @param price the price
   * @param externalIdentifier the external identifier, {@code {epc?, serial_number?}}
   * @param productAttributes the product attributes
   */
  public record RawItem(
      String id,
      @Json(name = "origin_id") String originId,
      String status,
      RawPrice price,
      @Json(name = "external_identifier") Map<String, Object> externalIdentifier,
      @Json(name = "product_attributes") Map<String, Object> productAttributes) {}

  /**
   * An item price.
   *
   * @param base the base price
   * @param discount the discount
   * @param gross the gross price
   * @param net the net price
   * @param tax the tax
   */
  public record RawPrice(
      BigDecimal base, BigDecimal discount, BigDecimal gross, BigDecimal net, BigDecimal tax) {}

  /**
   * A stream event.
   *
   * @param tenant the tenant
   * @param name the event name
   * @param publishedAt when it was published
   * @param payload the order payload
   */
  public record RawEvent(
      String tenant,
      String name,
      @Json(name = "published_at") @Nullable Instant publishedAt,
      RawOrderEvent payload) {}

  /**
   * An order event payload.
   *
   * @param id the order id
   * @param externalId the external id
   * @param status the status
   * @param channelType the channel type
   * @param currency the currency
   * @param placedAt when it was placed
   */
  public record RawOrderEvent(
      String id,
      @Json(name = "external_id") @Nullable String externalId,
      @Nullable String status,
      @Json(name = "channel_type") @Nullable String channelType,
      @Nullable String currency,
      @Json(name = "placed_at") @Nullable Instant placedAt) {}
}
