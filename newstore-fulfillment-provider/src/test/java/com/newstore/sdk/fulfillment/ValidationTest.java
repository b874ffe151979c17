package com.newstore.sdk.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input fails with a clear validation error before anything is sent. */
class ValidationTest {
  private final MockWebServer server = new MockWebServer();
  private NewStoreClient client;
  private FulfillmentProviderClient fulfillment;

  @BeforeEach
  void setUp() throws Exception {
    server.start();
    client = TestSupport.newStoreClient(server, Clock.systemUTC());
    fulfillment = FulfillmentProviderClient.create(client);
  }

  @AfterEach
  void tearDown() {
    assertThat(server.getRequestCount()).as("requests sent").isZero();
    fulfillment.close();
    client.close();
    server.close();
  }

  private static void assertViolation(ThrowingCallable call, String path, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> {
              assertThat(e.violations()).contains(new Violation(path, message));
              assertThat(e.getMessage()).contains("nothing was sent");
            });
  }

  @Test
  void cancelItems_emptyProductIds_throwsValidation() {
    assertViolation(
        () -> fulfillment.cancelItems("fr-1", List.of()), "productIds", "must not be empty");
  }

  @Test
  void cancelItems_nullProductId_throwsValidation() {
    assertViolation(
        () -> fulfillment.cancelItems("fr-1", Arrays.asList("sku-1", null)),
        "productIds[1]",
        "must not be blank");
  }

  @Test
  void accept_nullRequestId_throwsValidation() {
    assertViolation(() -> fulfillment.accept(null), "requestId", "must not be blank");
  }

  @Test
  void shipmentStatus_blankRequestId_throwsValidation() {
    assertViolation(() -> fulfillment.shipmentStatus(" "), "requestId", "must not be blank");
  }

  @Test
  void rejectItems_withoutReason_throwsValidation() {
    assertViolation(
        () -> fulfillment.rejectItems("fr-1", List.of("sku-1"), null),
        "reason",
        "must not be null");
  }

  @Test
  void rejectItems_emptyGroups_throwsValidation() {
    assertViolation(
        () -> fulfillment.rejectItems("fr-1", List.of()), "groups", "must not be empty");
  }

  @Test
  void shipment_withoutTrackingCodeOrCarrier_listsBothViolations() {
    assertThatThrownBy(() -> fulfillment.ship("fr-1", List.of("sku-1"), Shipment.of(null, " ")))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("trackingCode", "must not be blank"),
                        new Violation("carrier", "must not be blank")));
  }

  @Test
  void shipment_otherFieldRepeatsModelledField_throwsValidation() {
    assertViolation(
        () -> new Shipment("1Z1", "UPS", null, null, Map.of("carrier", "DHL")),
        "otherFields.carrier",
        "is a modelled field");
  }

  @Test
  void shipmentLineItem_withoutShipment_throwsValidation() {
    assertViolation(
        () -> fulfillment.updateShipment("fr-1", List.of(ShipmentLineItem.of(List.of("a"), null))),
        "shipment",
        "must not be null");
  }

  @Test
  void updateShipment_emptyLineItems_throwsValidation() {
    assertViolation(
        () -> fulfillment.updateShipment("fr-1", List.of()), "lineItems", "must not be empty");
  }

  @Test
  void untilShipped_emptyProductIds_throwsValidation() {
    assertViolation(
        () ->
            fulfillment
                .waiter()
                .untilShipped("fr-1", List.of())
                .options(WaiterOptions.defaults())
                .start(),
        "productIds",
        "must not be empty");
  }

  @Test
  void waiterOptions_outOfRange_throwIllegalArgument() {
    assertThatThrownBy(() -> WaiterOptions.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WaiterOptions.builder().jitter(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WaiterOptions.builder().maxTotalTime(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
