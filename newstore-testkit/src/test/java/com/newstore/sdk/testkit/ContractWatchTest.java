package com.newstore.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
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
  void validateResponses_eventWithoutAuthorization_isRecordedAndFailsClose() {
    NewStoreSimulator sim = NewStoreSimulator.builder().validateResponses(true).start();
    // NewStore always sends `Authorization: Bearer <key>` with an event (the spec's security).
    WebhookResult result =
        sim.sender()
            .sendEvent(WebhookTarget.of(receiver.url("/e").uri(), null), "order.created", Map.of());

    assertThat(result.successful()).isTrue();
    assertThat(sim.contractViolations()).anySatisfy(v -> assertThat(v).contains("eventDelivery"));
    assertThatThrownBy(sim::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("its API description rejects")
        .hasMessageContaining("eventDelivery");
  }

  @Test
  void validateResponsesOff_recordsNothing() {
    try (NewStoreSimulator sim = NewStoreSimulator.builder().validateResponses(false).start()) {
      sim.sender()
          .sendEvent(WebhookTarget.of(receiver.url("/e").uri(), null), "order.created", Map.of());

      assertThat(sim.contractViolations()).isEmpty();
    }
  }
}
