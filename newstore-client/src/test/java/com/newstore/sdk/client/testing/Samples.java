package com.newstore.sdk.client.testing;

import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import com.newstore.sdk.client.config.FulfillmentConfiguration;
import com.newstore.sdk.client.internal.ExtrasJson;
import com.newstore.sdk.client.orders.InjectedOrderShipment;
import com.newstore.sdk.client.orders.ItemPrice;
import com.newstore.sdk.client.orders.OrderAddress;
import com.newstore.sdk.client.orders.OrderInjectionRequest;
import com.newstore.sdk.client.orders.OrderInjectionRequestBuilder;
import com.newstore.sdk.client.orders.OrderItem;
import com.newstore.sdk.client.orders.OrderPayment;
import com.newstore.sdk.client.orders.PaymentType;
import com.newstore.sdk.client.orders.PriceMethod;
import com.newstore.sdk.client.orders.ShippingOption;
import com.newstore.sdk.client.orders.TaxLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Valid sample values shared by the tests. */
public final class Samples {
  private Samples() {}

  /** Returns the seed-000 fulfillment configuration, parsed from its fixture. */
  public static FulfillmentConfiguration seedFulfillmentConfig() {
    try {
      return ExtrasJson.moshi()
          .adapter(FulfillmentConfigDocument.class)
          .fromJson(ServiceTestSupport.fixture("config/fulfillment_config_seed000.json"))
          .fulfillmentConfig();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the address of the order fixture. */
  public static OrderAddress shippingAddress() {
    return OrderAddress.builder()
        .country("US")
        .addressLine1("1 Main St")
        .city("Boston")
        .state("MA")
        .zipCode("02110")
        .firstName("Ada")
        .lastName("Lovelace")
        .phone("+1 617 555 0100")
        .build();
  }

  /** Returns a builder holding the order of {@code orders/fulfill_order_request.json}. */
  public static OrderInjectionRequestBuilder orderBuilder() {
    OrderAddress billing =
        OrderAddress.builder()
            .country("US")
            .addressLine1("1 Main St")
            .city("Boston")
            .zipCode("02110")
            .firstName("Ada")
            .lastName("Lovelace")
            .build();
    return OrderInjectionRequest.builder()
        .externalId("EXT-1001")
        .shop("storefront")
        .channelType("store")
        .channelName("store-42")
        .currency("USD")
        .shopLocale("en-US")
        .placedAt(Instant.parse("2025-03-04T10:00:00Z"))
        .priceMethod(PriceMethod.TAX_INCLUDED)
        .externalCustomerId("C-77")
        .customerName("Ada Lovelace")
        .customerEmail("ada@example.com")
        .customerLanguage("en")
        .historical(false)
        .shippingAddress(shippingAddress())
        .billingAddress(billing)
        .addShipment(
            new InjectedOrderShipment(
                List.of(
                    new OrderItem("EXT-1001-1", "SKU-123", samplePrice()),
                    new OrderItem("EXT-1001-2", "SKU-123", samplePrice())),
                ShippingOption.serviceLevel("Priority", BigDecimal.ZERO, BigDecimal.ZERO)
                    .routedExternallyTo("store-42")))
        .addPayment(
            new OrderPayment(
                PaymentType.CAPTURED,
                new BigDecimal("40.00"),
                "credit_card",
                Instant.parse("2025-03-04T10:00:05Z"),
                "adyen",
                "psp-1",
                null,
                Map.of("terminal", "T1")));
  }

  /** Returns the unit price of the order fixture: 20.00 of 25.00, 19 % VAT included. */
  public static ItemPrice samplePrice() {
    return ItemPrice.of(
        new BigDecimal("20.00"),
        new BigDecimal("25.00"),
        new TaxLine(new BigDecimal("3.19"), new BigDecimal("0.19"), "VAT"));
  }
}
