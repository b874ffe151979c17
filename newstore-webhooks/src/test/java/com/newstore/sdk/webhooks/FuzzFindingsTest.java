package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.contract.junit.ContractExempt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs the webhook fuzzer found, kept as plain tests (the raw inputs also sit in the fuzz test's
 * seed directory, so every fuzzing run replays them first).
 */
@ContractExempt("replays inputs the fuzzer found: malformed on purpose")
class FuzzFindingsTest {
  @ParameterizedTest
  @ValueSource(strings = {";", ";;", " ; ", ";charset=utf-8"})
  void handle_contentTypeWithoutMediaType_is415Not500(String contentType) {
    NewStoreWebhooks webhooks = WebhookFuzzing.webhooks();

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .method("POST")
                .path("/availability")
                .apiKey(WebhookKind.AVAILABILITY, WebhookFuzzing.KEY)
                .header("Content-Type", contentType)
                .body("{\"products\":[],\"fulfillment_locations\":[]}".getBytes())
                .build());

    assertThat(response.status()).isEqualTo(415);
  }
}
