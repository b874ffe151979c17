package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.contract.junit.ContractExempt;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each webhook kind accepts the {@code Authorization} form NewStore documents for it: the raw key
 * for ATP, {@code Bearer} for fulfillment requests and events, either for the external order
 * webhook (undocumented).
 */
@ContractExempt(
    "deliberately sends each Authorization form, including the ones NewStore does not use")
class AuthPerKindTest {
  static final String KEY = "auth-key-0123456789abcdef";

  static NewStoreWebhooksBuilder all() {
    return NewStoreWebhooks.builder()
        .apiKey(KEY)
        .availabilityHandler((request, context) -> AvailabilityResponse.of(List.of()))
        .purchaseHistoryHandler((request, context) -> List.of())
        .orderDetailsHandler((request, context) -> Optional.empty())
        .fulfillmentRequestHandler((request, context) -> {})
        .eventHandler(event -> {})
        .deduplicationStore(DeduplicationStore.inMemory(1));
  }

  static WebhookRequest request(WebhookKind kind, String authorization) {
    WebhookRequest.Builder b =
        WebhookRequest.builder().method(kind.method()).header("Authorization", authorization);
    return switch (kind) {
      case AVAILABILITY ->
          b.path("/availability")
              .jsonBody("{\"products\":[{\"product_id\":\"p\"}],\"fulfillment_locations\":[\"L\"]}")
              .build();
      case PURCHASE_HISTORY -> b.path("/orders").query("consumer_email=a%40b.c").build();
      case ORDER_DETAILS -> b.path("/orders/o-1").build();
      case FULFILLMENT_REQUEST ->
          b.path("/fulfillment_requests")
              .jsonBody(
                  "{\"id\":\"fr-" + System.nanoTime() + "\",\"items\":[{\"product_id\":\"p\"}]}")
              .build();
      case EVENT ->
          b.path("/events")
              .jsonBody(
                  "{\"tenant\":\"t\",\"name\":\"x." + System.nanoTime() + "\",\"payload\":{}}")
              .build();
    };
  }

  /** kind, raw key accepted, bearer accepted. */
  static Stream<Arguments> documented() {
    return Stream.of(
        Arguments.of(WebhookKind.AVAILABILITY, true, false),
        Arguments.of(WebhookKind.PURCHASE_HISTORY, true, true),
        Arguments.of(WebhookKind.ORDER_DETAILS, true, true),
        Arguments.of(WebhookKind.FULFILLMENT_REQUEST, false, true),
        Arguments.of(WebhookKind.EVENT, false, true));
  }

  static int accepted(boolean yes, WebhookKind kind) {
    return yes ? (kind == WebhookKind.ORDER_DETAILS ? 404 : 200) : 401;
  }

  @ParameterizedTest(name = "{0}: raw {1}, bearer {2}")
  @MethodSource("documented")
  void defaultForm_followsNewStoresDocumentation(WebhookKind kind, boolean raw, boolean bearer) {
    NewStoreWebhooks webhooks = all().build();

    assertThat(WebhookContract.handle(webhooks, request(kind, KEY)).status())
        .isEqualTo(accepted(raw, kind));
    assertThat(WebhookContract.handle(webhooks, request(kind, "Bearer " + KEY)).status())
        .isEqualTo(accepted(bearer, kind));
    assertThat(WebhookContract.handle(webhooks, request(kind, "Bearer wrong")).status())
        .isEqualTo(401);
    assertThat(WebhookContract.handle(webhooks, request(kind, "wrong")).status()).isEqualTo(401);
    assertThat(kind.documentedAuthScheme())
        .isEqualTo(
            raw && bearer ? AuthScheme.BEARER_OR_RAW : raw ? AuthScheme.RAW : AuthScheme.BEARER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void bearerOrRaw_forOneKind_acceptsBothFormsThere(WebhookKind kind, boolean raw, boolean bearer) {
    NewStoreWebhooks webhooks = all().authScheme(kind, AuthScheme.BEARER_OR_RAW).build();

    assertThat(WebhookContract.handle(webhooks, request(kind, KEY)).status())
        .isEqualTo(accepted(true, kind));
    assertThat(WebhookContract.handle(webhooks, request(kind, "Bearer " + KEY)).status())
        .isEqualTo(accepted(true, kind));
  }

  @Test
  void overridingOneKind_leavesTheOthersStrict() {
    NewStoreWebhooks webhooks =
        all().authScheme(WebhookKind.AVAILABILITY, AuthScheme.BEARER_OR_RAW).build();

    assertThat(
            WebhookContract.handle(webhooks, request(WebhookKind.AVAILABILITY, "Bearer " + KEY))
                .status())
        .isEqualTo(200);
    assertThat(
            WebhookContract.handle(webhooks, request(WebhookKind.FULFILLMENT_REQUEST, KEY))
                .status())
        .isEqualTo(401);
  }

  @Test
  void unauthorized_challengesBearerOnlyWhereBearerIsAccepted() {
    NewStoreWebhooks webhooks = all().build();

    WebhookResponse atp =
        WebhookContract.handle(webhooks, request(WebhookKind.AVAILABILITY, "wrong"));
    WebhookResponse fr =
        WebhookContract.handle(webhooks, request(WebhookKind.FULFILLMENT_REQUEST, "wrong"));

    assertThat(atp.header("WWW-Authenticate")).isNull();
    assertThat(fr.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(atp.bodyUtf8()).doesNotContain(KEY);
  }

  @Test
  void requestBuilder_setsTheDocumentedFormPerKind() {
    assertThat(
            WebhookRequest.builder()
                .apiKey(WebhookKind.AVAILABILITY, KEY)
                .build()
                .header("Authorization"))
        .isEqualTo(KEY);
    assertThat(
            WebhookRequest.builder().apiKey(WebhookKind.EVENT, KEY).build().header("Authorization"))
        .isEqualTo("Bearer " + KEY);
  }
}
