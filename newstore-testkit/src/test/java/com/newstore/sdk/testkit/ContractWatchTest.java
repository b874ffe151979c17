package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.webhooks.FulfillmentRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's check of what it sends itself, against specs/newstore-webhooks.yaml. */
class ContractWatchTest {
  private final MockWebServer receiver = new MockWebServer();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver.start();
    receiver.enqueue(new MockResponse.Builder().code(200).body("{}").build());
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void validateResponses_fulfillmentRequestWithoutKey_isRecordedAndFailsClose() {
    NewStoreSimulator sim = NewStoreSimulator.builder().validateResponses(true).start();
    FulfillmentRequest request = sim.createFulfillmentRequest("fr-1", "sku-1");
    // NewStore always sends `Authorization: Bearer <key>` to a DC (the spec's security).
    WebhookResult result =
        sim.sender()
            .sendFulfillmentRequest(WebhookTarget.of(receiver.url("/fr").uri(), null), request);

    assertThat(result.successful()).isTrue();
    assertThat(sim.contractViolations())
        .anySatisfy(v -> assertThat(v).contains("fulfillmentRequest"));
    assertThatThrownBy(sim::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("its API description rejects")
        .hasMessageContaining("fulfillmentRequest");
  }

  @Test
  void validateResponsesOff_recordsNothing() {
    try (NewStoreSimulator sim = NewStoreSimulator.builder().validateResponses(false).start()) {
      FulfillmentRequest request = sim.createFulfillmentRequest("fr-1", "sku-1");
      sim.sender()
          .sendFulfillmentRequest(WebhookTarget.of(receiver.url("/fr").uri(), null), request);

      assertThat(sim.contractViolations()).isEmpty();
    }
  }
}
