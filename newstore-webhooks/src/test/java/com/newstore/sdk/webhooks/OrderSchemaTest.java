package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * External order webhook answers as NewStore's {@code SalesOrder*} schema validates them, and the
 * requests as NewStore sends them.
 */
class OrderSchemaTest {
  static final String KEY = "schema-key-0123456789abcdef";

  @RegisterExtension final LogCapture logs = new LogCapture("com.newstore.sdk.webhooks");

  static final SalesOrder.Price PRICE =
      new SalesOrder.Price(
          BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO);

  static NewStoreWebhooks details(OrderDetails answer) {
    return NewStoreWebhooks.builder()
        .apiKey(KEY)
        .orderDetailsHandler((request, context) -> Optional.of(answer))
        .build();
  }

  static WebhookResponse get(NewStoreWebhooks webhooks, String path, String query) {
    return WebhookContract.handle(
        webhooks,
        WebhookRequest.builder().method("GET").path(path).query(query).apiKey(KEY).build());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> item(Map<String, Object> order) {
    return ((List<Map<String, Object>>) order.get("items")).get(0);
  }

  @Test
  void orderDetails_writesPaymentInformationAsAStringAndExternalIdentifierAsAnObject() {
    SalesOrder order = Samples.order("o-1", Instant.parse("2024-05-01T10:00:00Z"));
    SalesOrder.Item tagged =
        new SalesOrder.Item(
            "i-2",
            "oi-2",
            "complete",
            PRICE,
            new SalesOrder.ExternalIdentifier("epc-9", "sn-9"),
            Map.of("name", "Boot"),
            Map.of());
    List<SalesOrder.Item> items = new ArrayList<>(order.items());
    items.add(tagged);
    SalesOrder two =
        new SalesOrder(
            order.id(),
            order.origin(),
            order.originId(),
            order.placedAt(),
            order.status(),
            order.currency(),
            order.channelType(),
            order.fulfillmentType(),
            items,
            Map.of());
    OrderDetails d = Samples.details("o-1", List.of(Samples.payment("credit_card")));
    OrderDetails answer =
        new OrderDetails(
            two, d.totals(), d.customer(), null, d.shippingAddress(), d.paymentHistory(), Map.of());

    WebhookResponse response = get(details(answer), "/orders/o-1", null);

    assertThat(response.status()).isEqualTo(200);
    Map<String, Object> json = Http.json(response.bodyUtf8());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> payments = (List<Map<String, Object>>) json.get("payment_history");
    assertThat(payments.get(0)).containsEntry("payment_information", "VISA 4242");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> written = (List<Map<String, Object>>) json.get("items");
    assertThat(written.get(0)).containsEntry("external_identifier", Map.of());
    assertThat(written.get(1))
        .containsEntry("external_identifier", Map.of("epc", "epc-9", "serial_number", "sn-9"))
        .containsKeys("id", "origin_id", "price", "product_attributes", "status");
    assertThat(json)
        .containsKeys(
            "id",
            "origin",
            "origin_id",
            "placed_at",
            "status",
            "currency",
            "channel_type",
            "fulfillment_type",
            "items",
            "totals");
  }

  @Test
  @SuppressWarnings("unchecked")
  void purchaseHistory_itemsCarryEveryRequiredMember() {
    SalesOrder order = Samples.order("o-1", Instant.parse("2024-05-01T10:00:00Z"));
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .purchaseHistoryHandler((request, context) -> List.of(order))
            .build();

    WebhookResponse response = get(webhooks, "/orders", "consumer_email=a%40b.c");

    @SuppressWarnings("unchecked")
    Map<String, Object> first =
        ((List<Map<String, Object>>) Http.json(response.bodyUtf8()).get("orders")).get(0);
    assertThat(item(first))
        .containsKeys("id", "origin_id", "status", "price", "external_identifier")
        .containsEntry("product_attributes", Map.of("name", "Shirt"));
    assertThat((Map<String, Object>) item(first).get("price"))
        .containsKeys("base", "discount", "gross", "net", "tax");
  }

  @Test
  void item_withoutProductName_isRefusedWhereItIsBuilt() {
    assertThatThrownBy(
            () ->
                new SalesOrder.Item(
                    "i",
                    "oi",
                    "complete",
                    PRICE,
                    SalesOrder.ExternalIdentifier.NONE,
                    Map.of("size", "M"),
                    Map.of()))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("items[].product_attributes.name")
        .extracting(e -> ((InvalidAnswerException) e).member())
        .isEqualTo("items[].product_attributes.name");
    assertThatThrownBy(
            () ->
                new SalesOrder.Item(
                    "i",
                    "oi",
                    "complete",
                    PRICE,
                    SalesOrder.ExternalIdentifier.NONE,
                    Map.of("name", " "),
                    Map.of()))
        .isInstanceOf(InvalidAnswerException.class);
  }

  @Test
  void paymentAndCustomer_outsideTheSchema_areRefusedWhereTheyAreBuilt() {
    assertThatThrownBy(
            () -> new OrderDetails.Payment(BigDecimal.ONE, "payment", "US", "cash", null))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("payment_history[].currency");
    assertThatThrownBy(() -> new OrderDetails.Customer("c", null, null, "eng"))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("customer.language");
    assertThat(
            new OrderDetails.Payment(BigDecimal.ONE, "payment", "USD", "cash", "1234").toString())
        .doesNotContain("1234");
  }

  @Test
  void orderDetails_answerNewStoreWouldReject_is500NamingTheMemberNotTheValue() {
    OrderDetails d = Samples.details("o-1", List.of());
    String zip = "Z".repeat(33);
    OrderDetails answer =
        new OrderDetails(
            d.order(),
            d.totals(),
            null,
            new Address(null, null, null, null, null, null, zip, "US", null, Map.of()),
            null,
            List.of(),
            Map.of());

    WebhookResponse response = get(details(answer), "/orders/o-1", null);

    assertThat(response.status()).isEqualTo(500);
    String correlationId = (String) Http.json(response.bodyUtf8()).get("correlation_id");
    assertThat(correlationId).isNotBlank();
    assertThat(logs.records())
        .anySatisfy(
            r ->
                assertThat(r.getMessage())
                    .contains("billing_address.zip_code")
                    .contains(correlationId)
                    .doesNotContain(zip));
  }

  @Test
  void orderDetails_moreThan100ExtendedAttributes_is500() {
    OrderDetails d = Samples.details("o-1", List.of());
    List<Map<String, String>> attributes = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      attributes.add(Map.of("name", "n" + i, "value", "v"));
    }
    Map<String, Object> extra = new HashMap<>();
    extra.put("extended_attributes", attributes);
    OrderDetails answer =
        new OrderDetails(d.order(), d.totals(), null, null, null, List.of(), extra);

    assertThat(get(details(answer), "/orders/o-1", null).status()).isEqualTo(500);
  }

  @Test
  void purchaseHistoryRequest_saysWhichIdentifierNewStoreSent() {
    AtomicReference<PurchaseHistoryRequest> seen = new AtomicReference<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .purchaseHistoryHandler(
                (request, context) -> {
                  seen.set(request);
                  return List.of();
                })
            .build();

    get(webhooks, "/orders", "consumer_email=ada%40example.com");
    assertThat(seen.get().identifiedBy())
        .isEqualTo(PurchaseHistoryRequest.ConsumerIdentifier.EMAIL);
    assertThat(seen.get().consumerEmail()).isEqualTo("ada@example.com");

    get(webhooks, "/orders", "consumer_token=tok-1");
    assertThat(seen.get().identifiedBy())
        .isEqualTo(PurchaseHistoryRequest.ConsumerIdentifier.TOKEN);
    assertThat(seen.get().consumerToken()).isEqualTo("tok-1");
    assertThat(seen.get().toString()).doesNotContain("tok-1");
  }

  @Test
  void fulfillmentRequest_documentedSampleParses_withThreeLetterCountryAndUnknownMembersKept() {
    AtomicReference<FulfillmentRequest> seen = new AtomicReference<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .fulfillmentRequestHandler((request, context) -> seen.set(request))
            .build();
    String address =
        "{\"first_name\":\"Ada\",\"address_line_1\":\"1 Main St\",\"city\":\"Boston\","
            + "\"zip_code\":\"02110\",\"country_code\":\"USA\",\"province\":\"MA\"}";
    String body =
        "{\"id\":\"fr-77\",\"order_id\":\"o-77\",\"created_at\":\"2024-05-01T10:00:00Z\","
            + "\"billing_address\":"
            + address
            + ",\"shipping_address\":"
            + address
            + ",\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},"
            + "\"fulfillment_node_id\":\"DC-1\","
            + "\"items\":[{\"product_id\":\"p-1\",\"id\":\"u-1\","
            + "\"extended_attributes\":[{\"name\":\"gift\",\"value\":\"yes\"}]},"
            + "{\"product_id\":\"p-1\",\"id\":\"u-2\"}],"
            + "\"extended_attributes\":[{\"name\":\"channel\",\"value\":\"web\"}]}";

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .path("/fulfillment_requests")
                .apiKey(WebhookKind.FULFILLMENT_REQUEST, KEY)
                .jsonBody(body)
                .build());

    assertThat(response.status()).isEqualTo(200);
    FulfillmentRequest fr = seen.get();
    assertThat(fr.shippingAddress().countryCode()).isEqualTo("USA");
    assertThat(fr.shippingAddress().unknownFields()).containsEntry("province", "MA");
    assertThat(fr.shippingOptions())
        .isEqualTo(new FulfillmentRequest.ShippingOptions("UPS", "GROUND"));
    assertThat(fr.productIds()).containsExactly("p-1", "p-1");
    assertThat(fr.items().get(0).extendedAttributes()).containsEntry("gift", "yes");
    assertThat(fr.items().get(1).unknownFields()).containsEntry("id", "u-2");
    assertThat(fr.unknownFields()).containsEntry("fulfillment_node_id", "DC-1");
    assertThat(fr.extendedAttributes()).containsEntry("channel", "web");
  }
}
