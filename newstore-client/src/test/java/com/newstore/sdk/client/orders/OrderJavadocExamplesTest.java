package com.newstore.sdk.client.orders;

import static com.newstore.sdk.client.testing.ServiceTestSupport.fixture;
import static com.newstore.sdk.client.testing.ServiceTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.testing.ServiceTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of the order types, copied verbatim: they compile, are valid under
 * NewStore's schema, and the service sends them.
 */
class OrderJavadocExamplesTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void orderInjectionRequestExample_isValidAndSent() {
    // OrderAddress
    OrderAddress address =
        OrderAddress.builder()
            .country("US")
            .addressLine1("1 Main St")
            .city("Boston")
            .zipCode("02110")
            .firstName("Ada")
            .lastName("Lovelace")
            .build();
    // OrderInjectionRequest
    OrderInjectionRequest order =
        OrderInjectionRequest.builder()
            .externalId("EXT-1001")
            .shop("storefront")
            .shopLocale("en-US")
            .channelType("store")
            .channelName("store-nyc")
            .currency("USD")
            .placedAt(Instant.parse("2025-03-04T10:00:00Z"))
            .priceMethod(PriceMethod.TAX_INCLUDED)
            .customerEmail("ada@example.com")
            .customerLanguage("en")
            .shippingAddress(address)
            .addShipment(
                new InjectedOrderShipment(
                    List.of(
                        new OrderItem(
                            "line-1",
                            "SKU-123",
                            ItemPrice.of(new BigDecimal("20.00"), new BigDecimal("20.00")))),
                    ShippingOption.serviceLevel("TRADITIONAL", BigDecimal.ZERO, BigDecimal.ZERO)
                        .routedExternallyTo("store-nyc")))
            .addPayment(
                new OrderPayment(
                    PaymentType.CAPTURED,
                    new BigDecimal("20.00"),
                    "credit_card",
                    Instant.parse("2025-03-04T10:00:05Z"),
                    "adyen",
                    "psp-1",
                    null,
                    null))
            .build();
    server.enqueue(json(fixture("orders/fulfill_order_response.json")));

    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      assertThat(client.orders().create(order).externalId()).isEqualTo("EXT-1001");
    }
  }

  @Test
  void orderInjectionServiceExample_isValidAndSent() {
    server.enqueue(json(fixture("orders/fulfill_order_response.json")));
    server.enqueue(json(fixture("orders/external_order.json")));

    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      // OrderInjectionService
      OrderAddress address = OrderAddress.builder().country("US").addressLine1("1 Main St").build();
      InjectedOrder order =
          client
              .orders()
              .create(
                  OrderInjectionRequest.builder()
                      .externalId("EXT-1001")
                      .shop("storefront")
                      .shopLocale("en-US")
                      .channelType("store")
                      .channelName("store-nyc")
                      .currency("USD")
                      .shippingAddress(address)
                      .addShipment(
                          new InjectedOrderShipment(
                              List.of(
                                  new OrderItem(
                                      "line-1",
                                      "SKU-123",
                                      ItemPrice.of(
                                          new BigDecimal("20.00"), new BigDecimal("20.00")))),
                              ShippingOption.serviceLevel(
                                      "TRADITIONAL", BigDecimal.ZERO, BigDecimal.ZERO)
                                  .routedExternallyTo("store-nyc")))
                      .build());
      InjectedOrder again = client.orders().getByExternalId("EXT-1001");

      assertThat(again.id()).isEqualTo(order.id());
    }
  }

  @Test
  void valueTypeExamples_areValid() {
    ItemPrice price =
        ItemPrice.of(
            new BigDecimal("20.00"),
            new BigDecimal("25.00"),
            new TaxLine(new BigDecimal("3.19"), new BigDecimal("0.19"), "VAT"));
    ItemPrice addonPrice = ItemPrice.of(new BigDecimal("5.00"), new BigDecimal("5.00"));
    OrderItem shirt = new OrderItem("line-1", "SKU-123", price);
    OrderItem engraving = new OrderItem("line-2", "SKU-ENGRAVE", addonPrice).asAddonOf("line-1");
    ShippingOption option =
        ShippingOption.serviceLevel("TRADITIONAL", new BigDecimal("4.90"), new BigDecimal("0.78"))
            .routedExternallyTo("store-nyc");
    ShippingOption viaStrategy =
        ShippingOption.serviceLevel("TRADITIONAL", BigDecimal.ZERO, BigDecimal.ZERO)
            .withRoutingStrategy(RoutingStrategy.external("store-nyc"));
    InjectedOrderShipment shipment =
        new InjectedOrderShipment(
            List.of(shirt, engraving),
            ShippingOption.serviceLevel("TRADITIONAL", BigDecimal.ZERO, BigDecimal.ZERO)
                .routedExternallyTo("store-nyc"));
    DiscountInfo tenPercent =
        DiscountInfo.percentage("SPRING-10", new BigDecimal("10"), new BigDecimal("2.00"));
    GiftWrapping wrap =
        new GiftWrapping(new BigDecimal("3.00"), List.of(), "Happy birthday!", null);
    ExtendedAttribute source = new ExtendedAttribute("source_system", "oms-eu");
    OrderPayment paid =
        new OrderPayment(
            PaymentType.CAPTURED,
            new BigDecimal("40.00"),
            "credit_card",
            Instant.parse("2025-03-04T10:00:05Z"),
            "adyen",
            "psp-1",
            null,
            null);
    ExternalOrderLookup lookup =
        ExternalOrderLookup.byId("c93e1a37-b5d2-41a5-a3d0-4c3756b5fa3e")
            .withEmail("ada@example.com");

    for (Object value :
        List.of(
            price,
            shirt,
            engraving,
            option,
            viaStrategy,
            shipment,
            tenPercent,
            wrap,
            source,
            paid,
            lookup)) {
      assertThat(BeanValidation.validate(value)).isSameAs(value);
    }
    assertThat(option.routingStrategy()).isEqualTo(viaStrategy.routingStrategy());
  }
}
