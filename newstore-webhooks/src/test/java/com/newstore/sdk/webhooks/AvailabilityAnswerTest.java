package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streamed ATP answer: every asked pair once, the handler's entries first and in its order,
 * missing pairs as 0, strings escaped.
 */
class AvailabilityAnswerTest {
  static final String KEY = "atp-key-0123456789abcdef";

  @Test
  void availability_partialAnswer_completesMissingPairsAndEscapes() throws IOException {
    String odd = "sku \"quoted\" \\ é ✓ \u0001";
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(WebhookKind.AVAILABILITY, KEY)
            .availabilityHandler(
                (request, context) ->
                    AvailabilityResponse.of(
                        List.of(
                            new AvailabilityResponse.Availability(
                                odd, "product_id", "store-2", 7))))
            .build();
    String body =
        "{\"products\":[{\"product_id\":"
            + new Moshi.Builder().build().adapter(String.class).toJson(odd)
            + ",\"external_identifier\":\"product_id\"},{\"product_id\":\"p-2\"}],"
            + "\"fulfillment_locations\":[\"store-1\",\"store-2\"]}";

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .path("/availability")
                .apiKey(WebhookKind.AVAILABILITY, KEY)
                .jsonBody(body)
                .build());

    assertThat(response.status()).isEqualTo(200);
    Object parsed = new Moshi.Builder().build().adapter(Object.class).fromJson(response.bodyUtf8());
    assertThat(parsed)
        .isEqualTo(
            Map.of(
                "availabilities",
                List.of(
                    entry(odd, "store-2", 7),
                    entry(odd, "store-1", 0),
                    entry("p-2", "store-1", 0),
                    entry("p-2", "store-2", 0))));
  }

  @Test
  void availability_fullAnswer_keepsHandlersOrder() throws IOException {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(WebhookKind.AVAILABILITY, KEY)
            .availabilityHandler(
                (request, context) ->
                    AvailabilityResponse.of(
                        List.of(
                            new AvailabilityResponse.Availability("p-1", "product_id", "dc-1", 2),
                            new AvailabilityResponse.Availability(
                                "p-1", "product_id", "store-1", 1))))
            .build();

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .path("/availability")
                .apiKey(WebhookKind.AVAILABILITY, KEY)
                .jsonBody(
                    "{\"products\":[{\"product_id\":\"p-1\"}],"
                        + "\"fulfillment_locations\":[\"store-1\",\"dc-1\"]}")
                .build());

    Object parsed = new Moshi.Builder().build().adapter(Object.class).fromJson(response.bodyUtf8());
    assertThat(parsed)
        .isEqualTo(
            Map.of("availabilities", List.of(entry("p-1", "dc-1", 2), entry("p-1", "store-1", 1))));
  }

  private static Map<String, Object> entry(String product, String location, int atp) {
    return Map.of(
        "product_id",
        product,
        "external_identifier",
        "product_id",
        "fulfillment_location",
        location,
        "atp",
        (double) atp);
  }
}
