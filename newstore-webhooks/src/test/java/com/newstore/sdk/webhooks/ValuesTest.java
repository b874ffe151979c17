package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.webhooks.internal.InMemoryDeduplicationStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Covers the value types: requests, responses, redaction and the in-memory store. */
class ValuesTest {
  @Test
  void webhookRequest_toString_hidesKeyQueryAndBody() {
    WebhookRequest request =
        WebhookRequest.builder()
            .method("post")
            .path("/orders?consumer_email=jane%40example.com")
            .apiKey("secret-key-123")
            .jsonBody("{\"card\":\"4242\"}")
            .remoteAddress("10.0.0.1")
            .build();

    assertThat(request.toString())
        .doesNotContain("secret-key-123")
        .doesNotContain("jane")
        .doesNotContain("4242")
        .contains("POST /orders");
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.query()).isEqualTo("consumer_email=jane%40example.com");
    assertThat(request.header("authorization")).isEqualTo("Bearer secret-key-123");
    assertThat(request.header("CONTENT-TYPE")).isEqualTo("application/json");
    assertThat(request.remoteAddress()).isEqualTo("10.0.0.1");
  }

  @Test
  void webhookRequest_headersMap_isCaseInsensitiveAndBodyCopied() {
    byte[] body = {1, 2, 3};
    WebhookRequest request =
        WebhookRequest.builder().headers(Map.of("X-Multi", List.of("a", "b"))).body(body).build();
    body[0] = 9;

    assertThat(request.headers().get("x-multi")).containsExactly("a", "b");
    assertThat(request.body()).containsExactly(1, 2, 3);
    assertThat(request.bodyLength()).isEqualTo(3);
    assertThat(request.path()).isEqualTo("/");
    assertThat(request.header("missing")).isNull();
  }

  @Test
  void webhookResponse_outOfRangeStatus_isRejected() {
    assertThatThrownBy(() -> new WebhookResponse(42, Map.of(), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    WebhookResponse response =
        new WebhookResponse(201, Map.of("X-A", List.of("1")), "hi".getBytes());
    assertThat(response.header("x-a")).isEqualTo("1");
    assertThat(response.bodyUtf8()).isEqualTo("hi");
    assertThat(response.toString()).contains("201");
  }

  @Test
  void inMemoryStore_beyondCapacity_forgetsOldestKeys() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(2);

    assertThat(store.claim("a")).isTrue();
    assertThat(store.claim("a")).isFalse();
    assertThat(store.claim("b")).isTrue();
    assertThat(store.claim("c")).isTrue();
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.claim("a")).isTrue();
    store.release("a");
    assertThat(store.claim("a")).isTrue();
    assertThatThrownBy(() -> DeduplicationStore.inMemory(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void personalData_staysOutOfToString() {
    Address address =
        new Address(
            "Jane", "Doe", "1 Main St", null, "Boston", "MA", "02110", "US", "555", Map.of());
    OrderDetails.Customer customer =
        new OrderDetails.Customer("c-1", "jane@example.com", "Jane Doe", "en");

    assertThat(address.toString()).doesNotContain("Jane").doesNotContain("Main St");
    assertThat(customer.toString()).doesNotContain("jane@example.com").contains("c-1");
  }

  @Test
  void orderOrigin_knownAndUnknownValues() {
    assertThat(OrderOrigin.NEWSTORE.isKnown()).isTrue();
    assertThat(new OrderOrigin("external").isKnown()).isTrue();
    assertThat(new OrderOrigin("marketplace").isKnown()).isFalse();
  }

  @Test
  void fulfillmentRequest_legacyConstructors_stillWork() {
    FulfillmentRequest request =
        new FulfillmentRequest(
            "fr-1",
            null,
            null,
            null,
            List.of(
                new FulfillmentRequest.Item("p-1", Map.of()),
                new FulfillmentRequest.Item("p-1", Map.of())),
            Map.of());

    assertThat(request.productIds()).containsExactly("p-1", "p-1");
    assertThat(request.shippingAddress()).isNull();
    assertThat(request.extendedAttributes()).isEmpty();
  }

  @Test
  void availability_negativeAtp_isRejected() {
    assertThatThrownBy(() -> new AvailabilityResponse.Availability("p", "product_id", "L", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void purchaseHistoryRequest_withoutEmailOrToken_isRejected() {
    assertThatThrownBy(() -> new PurchaseHistoryRequest(null, null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void salesOrder_currencyNotThreeLetters_isRejected() {
    SalesOrder valid = Samples.order("o-1", java.time.Instant.EPOCH);

    assertThatThrownBy(
            () ->
                new SalesOrder(
                    "o-1",
                    OrderOrigin.EXTERNAL,
                    "o-1",
                    java.time.Instant.EPOCH,
                    "complete",
                    "US Dollar",
                    "store",
                    "traditional",
                    valid.items(),
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
