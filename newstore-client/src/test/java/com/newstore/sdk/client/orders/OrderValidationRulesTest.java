package com.newstore.sdk.client.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.testing.Samples;
import com.newstore.sdk.client.testing.ServiceTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule NewStore documents for order injection refuses bad input before anything is sent. */
class OrderValidationRulesTest {
  @StartStop final MockWebServer server = new MockWebServer();

  record Rule(String name, String violationPath, Consumer<NewStoreClient> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final BigDecimal MINUS_ONE = new BigDecimal("-1");
  private static final ItemPrice PRICE = ItemPrice.of(BigDecimal.TEN, BigDecimal.TEN);
  private static final ShippingOption STANDARD =
      ShippingOption.serviceLevel("Standard", BigDecimal.ZERO, BigDecimal.ZERO);

  static Consumer<NewStoreClient> order(UnaryOperator<OrderInjectionRequestBuilder> change) {
    return c -> c.orders().create(change.apply(Samples.orderBuilder()).build());
  }

  /** An otherwise valid order whose only shipment is {@code shipment}. */
  static Consumer<NewStoreClient> withShipment(InjectedOrderShipment shipment) {
    return c -> c.orders().create(valid().addShipment(shipment).build());
  }

  static Consumer<NewStoreClient> withItem(OrderItem item) {
    return withShipment(new InjectedOrderShipment(List.of(item), STANDARD));
  }

  static Consumer<NewStoreClient> withOption(ShippingOption option) {
    return withShipment(
        new InjectedOrderShipment(List.of(new OrderItem("u-1", "SKU-1", PRICE)), option));
  }

  static Consumer<NewStoreClient> withPrice(ItemPrice price) {
    return withItem(new OrderItem("u-1", "SKU-1", price));
  }

  static OrderInjectionRequestBuilder valid() {
    return OrderInjectionRequest.builder()
        .externalId("EXT-9")
        .shop("storefront")
        .channelType("store")
        .channelName("store-42")
        .currency("USD")
        .shopLocale("en-US");
  }

  static OrderPayment payment(String correlationRef) {
    return new OrderPayment(
        PaymentType.CAPTURED,
        BigDecimal.ONE,
        "credit_card",
        Instant.parse("2025-03-04T10:00:05Z"),
        "adyen",
        correlationRef,
        null,
        null);
  }

  static Stream<Rule> rules() {
    return Stream.of(
        new Rule("empty external id", "externalId", order(b -> b.externalId(""))),
        new Rule("external id of 65", "externalId", order(b -> b.externalId("x".repeat(65)))),
        new Rule(
            "missing shop",
            "shop",
            c ->
                c.orders()
                    .create(
                        OrderInjectionRequest.builder()
                            .externalId("EXT-9")
                            .channelType("store")
                            .channelName("store-42")
                            .currency("USD")
                            .shopLocale("en-US")
                            .addShipment(
                                new InjectedOrderShipment(
                                    List.of(new OrderItem("u", "p", PRICE)), STANDARD))
                            .build())),
        new Rule(
            "missing shop locale and channel",
            "shopLocale",
            c ->
                c.orders()
                    .create(
                        OrderInjectionRequest.builder()
                            .externalId("EXT-9")
                            .shop("storefront")
                            .currency("USD")
                            .addShipment(
                                new InjectedOrderShipment(
                                    List.of(new OrderItem("u", "p", PRICE)), STANDARD))
                            .build())),
        new Rule("unknown channel type", "channelType", order(b -> b.channelType("kiosk"))),
        new Rule("empty channel name", "channelName", order(b -> b.channelName(""))),
        new Rule("lower-case currency", "currency", order(b -> b.currency("usd"))),
        new Rule(
            "locale in customer language",
            "customerLanguage",
            order(b -> b.customerLanguage("en-US"))),
        new Rule("bad email", "customerEmail", order(b -> b.customerEmail("not-an-address"))),
        new Rule("store id of 257", "storeId", order(b -> b.storeId("s".repeat(257)))),
        new Rule(
            "routing strategy at the top level",
            "extrasFreeOfMisplacedMembers",
            order(b -> b.extra("routing_strategy", "external"))),
        new Rule(
            "customer_locale in extras",
            "extrasFreeOfMisplacedMembers",
            order(b -> b.extra("customer_locale", "en-US"))),
        new Rule(
            "101 extended attributes",
            "extendedAttributes",
            order(
                b -> {
                  IntStream.range(0, 101).forEach(i -> b.addExtendedAttribute("a" + i, "v"));
                  return b;
                })),
        new Rule(
            "extended attribute name of 101",
            "extendedAttributes[0].name",
            order(b -> b.addExtendedAttribute("n".repeat(101), "v"))),
        new Rule("no shipments", "shipments", c -> c.orders().create(valid().build())),
        new Rule(
            "eleven shipments",
            "shipments",
            c -> {
              OrderInjectionRequestBuilder b = valid();
              IntStream.range(0, 11)
                  .forEach(
                      i ->
                          b.addShipment(
                              new InjectedOrderShipment(
                                  List.of(new OrderItem("u-" + i, "p", PRICE)),
                                  ShippingOption.offerToken(
                                      "t-" + i, BigDecimal.ZERO, BigDecimal.ZERO))));
              c.orders().create(b.build());
            }),
        new Rule(
            "two shipments identified by service level",
            "shippingOptionFormFitForShipmentCount",
            c ->
                c.orders()
                    .create(
                        valid()
                            .addShipment(
                                new InjectedOrderShipment(
                                    List.of(new OrderItem("a", "p", PRICE)), STANDARD))
                            .addShipment(
                                new InjectedOrderShipment(
                                    List.of(new OrderItem("b", "p", PRICE)), STANDARD))
                            .build())),
        new Rule(
            "shipment without items",
            "shipments[0].items",
            withShipment(new InjectedOrderShipment(List.of(), STANDARD))),
        new Rule(
            "add-on parent missing from the shipment",
            "shipments[0].addonParentsInShipment",
            withItem(new OrderItem("engraving", "SKU-E", PRICE).asAddonOf("shirt"))),
        new Rule(
            "add-on parent is an add-on",
            "shipments[0].addonParentsInShipment",
            withShipment(
                new InjectedOrderShipment(
                    List.of(
                        new OrderItem("shirt", "SKU-1", PRICE),
                        new OrderItem("box", "SKU-B", PRICE).asAddonOf("shirt"),
                        new OrderItem("ribbon", "SKU-R", PRICE).asAddonOf("box")),
                    STANDARD))),
        new Rule(
            "add-on parent id repeated",
            "addonItemIdsUnique",
            withShipment(
                new InjectedOrderShipment(
                    List.of(
                        new OrderItem("shirt", "SKU-1", PRICE),
                        new OrderItem("shirt", "SKU-1", PRICE),
                        new OrderItem("engraving", "SKU-E", PRICE).asAddonOf("shirt")),
                    STANDARD))),
        new Rule(
            "empty product id",
            "shipments[0].items[0].productId",
            withItem(new OrderItem("u-1", "", PRICE))),
        new Rule(
            "external item id of 65",
            "shipments[0].items[0].externalItemId",
            withItem(new OrderItem("u".repeat(65), "p", PRICE))),
        new Rule(
            "item extended attribute value above 8192",
            "shipments[0].items[0].extendedAttributes[0].value",
            withItem(
                new OrderItem("u-1", "p", PRICE)
                    .withExtendedAttributes(
                        List.of(new ExtendedAttribute("n", "v".repeat(8193)))))),
        new Rule(
            "gift wrapping message above 512",
            "shipments[0].items[0].giftWrapping.message",
            withItem(
                new OrderItem("u-1", "p", PRICE)
                    .withGiftWrapping(new GiftWrapping(null, null, "m".repeat(513), null)))),
        new Rule(
            "negative item price",
            "shipments[0].items[0].price.itemPrice",
            withPrice(ItemPrice.of(MINUS_ONE, BigDecimal.ONE))),
        new Rule(
            "missing item list price",
            "shipments[0].items[0].price.itemListPrice",
            withPrice(new ItemPrice(BigDecimal.ONE, null, List.of(), null, null, null, null))),
        new Rule(
            "tax line without amount",
            "shipments[0].items[0].price.itemTaxLines[0].amount",
            withPrice(
                ItemPrice.of(
                    BigDecimal.ONE, BigDecimal.ONE, new TaxLine(null, BigDecimal.ZERO, "VAT")))),
        new Rule(
            "tax rate given as a percentage",
            "shipments[0].items[0].price.itemTaxLines[0].rate",
            withPrice(
                ItemPrice.of(
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    new TaxLine(new BigDecimal("0.19"), new BigDecimal("19"), "VAT")))),
        new Rule(
            "tax line without name",
            "shipments[0].items[0].price.itemTaxLines[0].name",
            withPrice(
                ItemPrice.of(
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    new TaxLine(BigDecimal.ZERO, BigDecimal.ZERO, null)))),
        new Rule(
            "percentage discount above 100",
            "shipments[0].items[0].price.itemDiscountInfo[0].percentageAtMostHundred",
            withPrice(
                PRICE.withItemDiscount(
                    DiscountInfo.percentage("d", new BigDecimal("150"), BigDecimal.ONE)))),
        new Rule(
            "two item discounts",
            "shipments[0].items[0].price.itemDiscountInfo",
            withPrice(
                new ItemPrice(
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    List.of(),
                    List.of(
                        DiscountInfo.fixed("a", BigDecimal.ONE, BigDecimal.ONE),
                        DiscountInfo.fixed("b", BigDecimal.ONE, BigDecimal.ONE)),
                    null,
                    null,
                    null))),
        new Rule(
            "unknown discount type",
            "shipments[0].items[0].price.itemOrderDiscountInfo[0].typeDocumented",
            withPrice(
                PRICE.withOrderDiscount(
                    new DiscountInfo("d", BigDecimal.ONE, BigDecimal.ONE, "bogo", null, null)))),
        new Rule(
            "both shipping option forms",
            "shipments[0].shippingOption.exactlyOneForm",
            withOption(
                new ShippingOption(
                    "Standard", "token", BigDecimal.ZERO, BigDecimal.ZERO, null, null))),
        new Rule(
            "no shipping option form",
            "shipments[0].shippingOption.exactlyOneForm",
            withOption(
                new ShippingOption(null, null, BigDecimal.ZERO, BigDecimal.ZERO, null, null))),
        new Rule(
            "empty service level",
            "shipments[0].shippingOption.serviceLevelIdentifier",
            withOption(ShippingOption.serviceLevel("", BigDecimal.ZERO, BigDecimal.ZERO))),
        new Rule(
            "missing shipping tax",
            "shipments[0].shippingOption.tax",
            withOption(new ShippingOption("Standard", null, BigDecimal.ZERO, null, null, null))),
        new Rule(
            "negative shipping price",
            "shipments[0].shippingOption.price",
            withOption(ShippingOption.serviceLevel("Standard", MINUS_ONE, BigDecimal.ZERO))),
        new Rule(
            "external routing without node",
            "shipments[0].shippingOption.routingStrategy.nodePresentWhereRequired",
            withOption(STANDARD.withRoutingStrategy(RoutingStrategy.of("external", null)))),
        new Rule(
            "prerouted routing with an empty node",
            "shipments[0].shippingOption.routingStrategy.fulfillmentNodeId",
            withOption(STANDARD.preroutedTo(""))),
        new Rule(
            "zero payment amount",
            "payments[1].amount",
            order(
                b ->
                    b.addPayment(
                        new OrderPayment(
                            PaymentType.AUTHORIZED,
                            BigDecimal.ZERO,
                            "cash",
                            Instant.parse("2025-03-04T10:00:05Z"),
                            "non_integrated",
                            "cash-1",
                            null,
                            null)))),
        new Rule(
            "payment without processed_at, processor and correlation_ref",
            "payments[1].processedAt",
            order(
                b ->
                    b.addPayment(
                        new OrderPayment(
                            PaymentType.AUTHORIZED,
                            BigDecimal.ONE,
                            "cash",
                            null,
                            null,
                            null,
                            null,
                            null)))),
        new Rule(
            "processor of 33",
            "payments[1].processor",
            order(
                b ->
                    b.addPayment(
                        new OrderPayment(
                            PaymentType.CAPTURED,
                            BigDecimal.ONE,
                            "cash",
                            Instant.parse("2025-03-04T10:00:05Z"),
                            "p".repeat(33),
                            "ref-2",
                            null,
                            null)))),
        new Rule(
            "payment type not accepted",
            "payments[1].typeAccepted",
            order(
                b ->
                    b.addPayment(
                        new OrderPayment(
                            PaymentType.of("pending"),
                            BigDecimal.ONE,
                            "cash",
                            Instant.parse("2025-03-04T10:00:05Z"),
                            "adyen",
                            "ref-2",
                            null,
                            null)))),
        new Rule(
            "correlation ref repeated",
            "correlationRefsUnique",
            order(b -> b.addPayment(payment("psp-1")))),
        new Rule(
            "41 payments",
            "payments",
            order(
                b -> {
                  IntStream.range(0, 40).forEach(i -> b.addPayment(payment("ref-" + i)));
                  return b;
                })),
        new Rule(
            "address without country",
            "shippingAddress.country",
            order(
                b -> b.shippingAddress(OrderAddress.builder().addressLine1("1 Main St").build()))),
        new Rule(
            "address with a 3-letter country",
            "billingAddress.country",
            order(
                b ->
                    b.billingAddress(
                        OrderAddress.builder().country("USA").addressLine1("1 Main St").build()))),
        new Rule(
            "address without line 1",
            "shippingAddress.addressLine1",
            order(b -> b.shippingAddress(OrderAddress.builder().country("US").build()))),
        new Rule("get blank external id", "externalId", c -> c.orders().getByExternalId(" ")),
        new Rule("get blank lookup id", "id", c -> c.orders().get(ExternalOrderLookup.byId(" "))),
        new Rule(
            "get id type with '='",
            "idType",
            c -> c.orders().get(ExternalOrderLookup.of("a=b", "EXT-1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void call_brokenRule_throwsValidationAndSendsNothing(Rule rule) {
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      assertThatThrownBy(() -> rule.call().accept(client))
          .isInstanceOfSatisfying(
              NewStoreValidationException.class,
              e ->
                  assertThat(e.violations())
                      .anySatisfy(v -> assertThat(v.path()).isEqualTo(rule.violationPath())));
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
