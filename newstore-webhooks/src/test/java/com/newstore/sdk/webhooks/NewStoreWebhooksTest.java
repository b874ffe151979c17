package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Exercises the dispatcher without HTTP: configuration, auth schemes, routing and failures. */
class NewStoreWebhooksTest {
  static final String KEY = "unit-key-0123456789abcdef";
  static final String FR_JSON =
      "{\"id\":\"fr-1\",\"billing_address\":{\"country_code\":\"USA\"},\"shipping_address\":{\"country_code\":\"USA\"},\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},\"created_at\":\"2026-11-26T12:00:00Z\",\"items\":[{\"product_id\":\"p-1\"}]}";

  static WebhookRequest.Builder post(String path, String json) {
    WebhookKind kind =
        path.endsWith("/availability") ? WebhookKind.AVAILABILITY : WebhookKind.FULFILLMENT_REQUEST;
    return WebhookRequest.builder().method("POST").path(path).apiKey(kind, KEY).jsonBody(json);
  }

  static NewStoreWebhooks fulfillmentOnly(AuthScheme scheme) {
    return NewStoreWebhooks.builder()
        .apiKey(KEY)
        .authScheme(WebhookKind.FULFILLMENT_REQUEST, scheme)
        .fulfillmentRequestHandler((request, context) -> {})
        .deduplicationStore(DeduplicationStore.inMemory(1))
        .build();
  }

  static int status(NewStoreWebhooks webhooks, String authorization) {
    return WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .path("/fulfillment_requests")
                .header("Authorization", authorization)
                .jsonBody(FR_JSON)
                .build())
        .status();
  }

  @ContractExempt(
      "deliberately sends the raw key form NewStore does not use for fulfillment requests")
  @Test
  void authScheme_bearerOrRaw_acceptsBothForms() {
    NewStoreWebhooks webhooks = fulfillmentOnly(AuthScheme.BEARER_OR_RAW);

    assertThat(status(webhooks, "Bearer " + KEY)).isEqualTo(200);
    assertThat(status(webhooks, "bearer " + KEY)).isEqualTo(200);
    assertThat(status(webhooks, KEY)).isEqualTo(200);
  }

  @ContractExempt(
      "deliberately sends the raw key form NewStore does not use for fulfillment requests")
  @Test
  void authScheme_bearer_rejectsRawKey() {
    NewStoreWebhooks webhooks = fulfillmentOnly(AuthScheme.BEARER);

    assertThat(status(webhooks, KEY)).isEqualTo(401);
    assertThat(status(webhooks, "Bearer " + KEY)).isEqualTo(200);
  }

  @ContractExempt(
      "deliberately sends the raw key form NewStore does not use for fulfillment requests")
  @Test
  void authScheme_raw_rejectsBearerForm() {
    NewStoreWebhooks webhooks = fulfillmentOnly(AuthScheme.RAW);

    assertThat(status(webhooks, "Bearer " + KEY)).isEqualTo(401);
    assertThat(status(webhooks, KEY)).isEqualTo(200);
  }

  @Test
  void auth_twoAuthorizationHeaders_isRejected() {
    NewStoreWebhooks webhooks = fulfillmentOnly(AuthScheme.BEARER_OR_RAW);

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .path("/fulfillment_requests")
                .header("Authorization", "Bearer " + KEY)
                .header("authorization", "Bearer other")
                .jsonBody(FR_JSON)
                .build());

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void perKindKey_eachWebhookChecksItsOwnKey() {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(WebhookKind.FULFILLMENT_REQUEST, "dc-key-0123456789")
            .apiKey(WebhookKind.EVENT, "stream-key-0123456789")
            .fulfillmentRequestHandler((request, context) -> {})
            .eventHandler(event -> {})
            .build();
    String event = "{\"tenant\":\"t\",\"name\":\"x.y\",\"payload\":{}}";

    assertThat(
            WebhookContract.handle(
                    webhooks, post("/events", event).apiKey("stream-key-0123456789").build())
                .status())
        .isEqualTo(200);
    assertThat(
            WebhookContract.handle(
                    webhooks, post("/events", event).apiKey("dc-key-0123456789").build())
                .status())
        .isEqualTo(401);
    assertThat(
            WebhookContract.handle(
                    webhooks,
                    post("/fulfillment_requests", FR_JSON).apiKey("dc-key-0123456789").build())
                .status())
        .isEqualTo(200);
  }

  @Test
  void build_withoutHandler_fails() {
    assertThatThrownBy(() -> NewStoreWebhooks.builder().apiKey(KEY).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void build_handlerWithoutKey_failsWithoutLeakingKeys() {
    NewStoreWebhooksBuilder builder =
        NewStoreWebhooks.builder()
            .apiKey(WebhookKind.EVENT, "stream-key-0123456789")
            .eventHandler(event -> {})
            .fulfillmentRequestHandler((request, context) -> {});

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FULFILLMENT_REQUEST");
    assertThat(builder.toString()).doesNotContain("stream-key");
  }

  @Test
  void build_twoWebhooksOnOneRoute_fails() {
    NewStoreWebhooksBuilder builder =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .route(WebhookKind.EVENT, "/hooks")
            .route(WebhookKind.FULFILLMENT_REQUEST, "/hooks/")
            .eventHandler(event -> {})
            .fulfillmentRequestHandler((request, context) -> {});

    assertThatThrownBy(builder::build).hasMessageContaining("share the route");
  }

  @Test
  void build_orderDetailsRouteWithoutId_fails() {
    NewStoreWebhooksBuilder builder =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .route(WebhookKind.ORDER_DETAILS, "/order")
            .orderDetailsHandler((request, context) -> Optional.empty());

    assertThatThrownBy(builder::build).hasMessageContaining("{id}");
  }

  @Test
  void routes_prefixAndOverride_areServed() {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .routePrefix("/newstore/")
            .route(WebhookKind.FULFILLMENT_REQUEST, "dc/requests")
            .fulfillmentRequestHandler((request, context) -> {})
            .build();

    assertThat(webhooks.routes())
        .containsExactly(Map.entry(WebhookKind.FULFILLMENT_REQUEST, "/newstore/dc/requests"));
    assertThat(
            WebhookContract.handle(webhooks, post("/newstore/dc/requests/", FR_JSON).build())
                .status())
        .isEqualTo(200);
    assertThat(
            WebhookContract.handle(webhooks, post("/fulfillment_requests", FR_JSON).build())
                .status())
        .isEqualTo(404);
    assertThat(webhooks.toString()).doesNotContain(KEY);
  }

  @Test
  void routes_literalRouteBeatsTemplate() {
    List<String> seen = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .route(WebhookKind.PURCHASE_HISTORY, "/orders/history")
            .purchaseHistoryHandler(
                (request, context) -> {
                  seen.add("history");
                  return List.of();
                })
            .orderDetailsHandler(
                (request, context) -> {
                  seen.add("details");
                  return Optional.empty();
                })
            .build();

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .method("GET")
                .path("/orders/history?consumer_email=a%40b.c")
                .apiKey(KEY)
                .build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(seen).containsExactly("history");
  }

  @ContractExempt("deliberately sends a malformed query escape")
  @Test
  void purchaseHistory_malformedEscape_answers400() {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .purchaseHistoryHandler((request, context) -> List.of())
            .build();

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            WebhookRequest.builder()
                .method("GET")
                .path("/orders")
                .query("consumer_email=%zz")
                .apiKey(KEY)
                .build());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.bodyUtf8()).contains("consumer_email").doesNotContain("%zz");
  }

  @Test
  void handle_handlerThrowsError_answers500AndDoesNotThrow() {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .fulfillmentRequestHandler(
                (request, context) -> {
                  throw new AssertionError("boom");
                })
            .build();

    WebhookResponse response =
        WebhookContract.handle(webhooks, post("/fulfillment_requests", FR_JSON).build());

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.bodyUtf8()).doesNotContain("boom").contains("correlation_id");
  }

  @Test
  void handle_handlerReturnsNull_answers500() {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .availabilityHandler((request, context) -> null)
            .build();

    WebhookResponse response =
        WebhookContract.handle(
            webhooks,
            post(
                    "/availability",
                    "{\"products\":[{\"product_id\":\"p\"}],\"fulfillment_locations\":[\"L\"]}")
                .build());

    assertThat(response.status()).isEqualTo(500);
  }

  @Test
  void events_ignoreRecommended_acknowledgesWithoutCallingHandler() {
    List<String> seen = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .ignoreRecommendedEvents()
            .ignoreEvents("order.items_swapped")
            .eventHandler(event -> seen.add(event.name()))
            .build();

    List<String> names =
        List.of(
            "order_cancelled",
            "order_pending",
            "order.items_swapped",
            "order.opened",
            "order.cancelled",
            "order.items_cancelled");
    for (String name : names) {
      String payload = "{\"id\":\"o-" + name + "\"}";
      WebhookResponse response =
          WebhookContract.handle(
              webhooks,
              post(
                      "/events",
                      "{\"tenant\":\"t\",\"name\":\"" + name + "\",\"payload\":" + payload + "}")
                  .build());
      assertThat(response.status()).isEqualTo(200);
    }

    // The playbook's underscore names are dropped; the documented cancellations never are.
    assertThat(seen).containsExactly("order.opened", "order.cancelled", "order.items_cancelled");
    assertThat(NewStoreWebhooks.RECOMMENDED_IGNORED_EVENTS)
        .containsExactlyInAnyOrder("order_cancelled", "order_pending");
  }

  @Test
  void deadline_followsConfiguredTimeoutAndClock() {
    Instant now = Instant.parse("2024-05-01T10:00:00Z");
    List<WebhookContext> contexts = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .timeout(WebhookKind.ORDER_DETAILS, Duration.ofSeconds(25))
            .orderDetailsHandler(
                (request, context) -> {
                  contexts.add(context);
                  return Optional.empty();
                })
            .fulfillmentRequestHandler(
                (request, context) -> {
                  contexts.add(context);
                })
            .build();

    WebhookContract.handle(
        webhooks, WebhookRequest.builder().method("GET").path("/orders/o-1").apiKey(KEY).build());
    WebhookContract.handle(webhooks, post("/fulfillment_requests", FR_JSON).build());

    assertThat(contexts).hasSize(2);
    assertThat(contexts.get(0).deadline()).isEqualTo(now.plusSeconds(24));
    assertThat(contexts.get(0).correlationId()).isNotBlank();
    assertThat(contexts.get(1).deadline()).isNull();
    assertThat(contexts.get(1).remaining(now)).isNull();
  }

  @Test
  void builder_invalidLimits_areRejected() {
    NewStoreWebhooksBuilder builder = NewStoreWebhooks.builder();

    assertThatThrownBy(() -> builder.maxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxJsonDepth(500))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.timeout(WebhookKind.AVAILABILITY, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.apiKey(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maxBodyBytes_smallLimit_answers413() {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .maxBodyBytes(10)
            .fulfillmentRequestHandler((request, context) -> {})
            .build();

    assertThat(webhooks.maxBodyBytes()).isEqualTo(10);
    assertThat(
            WebhookContract.handle(webhooks, post("/fulfillment_requests", FR_JSON).build())
                .status())
        .isEqualTo(413);
  }

  static WebhookRequest event(String name, String id, String publishedAt) {
    return post(
            "/events",
            "{\"tenant\":\"t\",\"name\":\""
                + name
                + "\",\"published_at\":\""
                + publishedAt
                + "\",\"payload\":{\"id\":\""
                + id
                + "\"}}")
        .build();
  }

  @Test
  void events_typedMethodsNotOverridden_reachFallback() {
    List<String> seen = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .eventHandler(e -> seen.add(e.name() + ":" + e.payload().get("id")))
            .build();
    List<String> names =
        List.of(
            "order.created",
            "order.completed",
            "order.cancelled",
            "payment_account.amount_authorized",
            "payment_account.amount_captured",
            "fulfillment_request.assigned");

    for (String name : names) {
      assertThat(
              WebhookContract.handle(webhooks, event(name, "x-1", "2024-05-01T10:00:00Z")).status())
          .isEqualTo(200);
    }

    assertThat(seen).containsExactlyElementsOf(names.stream().map(n -> n + ":x-1").toList());
  }

  @Test
  void events_customDeduplicationKey_dropsRepublishedEvent() {
    List<String> seen = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .eventDeduplicationKey(e -> e.name() + ":" + e.payload().get("id"))
            .eventHandler(e -> seen.add(e.name()))
            .build();

    WebhookContract.handle(webhooks, event("order.opened", "o-1", "2024-05-01T10:00:00Z"));
    WebhookContract.handle(webhooks, event("order.opened", "o-1", "2024-05-01T10:05:00Z"));
    WebhookContract.handle(webhooks, event("order.opened", "o-2", "2024-05-01T10:05:00Z"));

    assertThat(seen).hasSize(2);
  }

  @Test
  void events_defaultKey_differentPublishTimesAreDistinct() {
    List<String> seen = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder().apiKey(KEY).eventHandler(e -> seen.add(e.name())).build();

    WebhookContract.handle(webhooks, event("order.opened", "o-1", "2024-05-01T10:00:00Z"));
    WebhookContract.handle(webhooks, event("order.opened", "o-1", "2024-05-01T10:05:00Z"));

    assertThat(seen).hasSize(2);
  }

  @Test
  void events_defaultKey_theSameEventReorderedAndRespaced_reachesTheHandlerOnce() {
    List<String> seen = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder().apiKey(KEY).eventHandler(e -> seen.add(e.name())).build();

    WebhookContract.handle(webhooks, event("order.opened", "o-1", "2024-05-01T10:00:00Z"));
    WebhookContract.handle(
        webhooks,
        post(
                "/events",
                "{ \"payload\": {\"id\": \"o-1\"},\n \"published_at\": \"2024-05-01T10:00:00Z\","
                    + " \"name\": \"order.opened\", \"tenant\": \"t\" }")
            .build());

    assertThat(seen).hasSize(1);
  }

  @Test
  void events_defaultKey_reachesAStoreAsNameAndDigestOfTheCanonicalJson() {
    List<String> claimed = new CopyOnWriteArrayList<>();
    DeduplicationStore recording =
        new DeduplicationStore() {
          @Override
          public boolean claim(String key) {
            claimed.add(key);
            return true;
          }

          @Override
          public void release(String key) {}
        };
    NewStoreWebhooks digestInThePass =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .deduplicationStore(recording)
            .eventHandler(e -> {})
            .build();
    // A key function that gives none falls back to the default key, digested from the tree.
    NewStoreWebhooks digestAfter =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .deduplicationStore(recording)
            .eventDeduplicationKey(e -> e.payload().containsKey("custom") ? "k" : null)
            .eventHandler(e -> {})
            .build();
    WebhookRequest request = event("order.opened", "o-1", "2024-05-01T10:00:00Z");
    // The key's documented form, computed here with Moshi's writer, independently of the SDK.
    Object tree = com.newstore.sdk.webhooks.internal.JsonValues.parse(request.body(), 32);
    String expected =
        "event:order.opened:"
            + java.util.HexFormat.of()
                .formatHex(
                    com.newstore.sdk.webhooks.internal.ApiKeyCheck.sha256(
                        com.newstore.sdk.webhooks.internal.JsonValues.write(tree, true)));

    WebhookContract.handle(digestInThePass, request);
    WebhookContract.handle(digestAfter, request);
    WebhookContract.handle(
        digestAfter,
        post("/events", "{\"tenant\":\"t\",\"name\":\"x\",\"payload\":{\"custom\":1}}").build());

    assertThat(claimed).containsExactly(expected, expected, "event:custom:k");
  }

  @Test
  void events_handlerFails_redeliveryIsHandled() {
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .eventHandler(
                e -> {
                  if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("database down");
                  }
                })
            .build();

    int first =
        WebhookContract.handle(webhooks, event("order.opened", "o-1", "2024-05-01T10:00:00Z"))
            .status();
    int second =
        WebhookContract.handle(webhooks, event("order.opened", "o-1", "2024-05-01T10:00:00Z"))
            .status();
    int third =
        WebhookContract.handle(webhooks, event("order.opened", "o-1", "2024-05-01T10:00:00Z"))
            .status();

    assertThat(List.of(first, second, third)).containsExactly(500, 200, 200);
    assertThat(calls).hasValue(2);
  }
}
