package com.newstore.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractValidationTest {

  private static final NewStoreContract API = NewStoreContract.api();
  private static final NewStoreContract WEBHOOKS = NewStoreContract.webhooks();
  private static final String BEARER = "Bearer test-token";

  private static HttpExchangeRequest injection(ObjectNode order) {
    return HttpExchangeRequest.of("POST", "/v0/d/fulfill_order")
        .withHeader("Authorization", BEARER)
        .withJsonBody(Fixtures.text(order));
  }

  private static List<String> members(ContractReport report) {
    return report.violations().stream().map(Violation::member).toList();
  }

  @Test
  void aValidOrderInjectionPasses() {
    ContractReport report = API.validateRequest(injection(Fixtures.load("order-injection.json")));

    assertThat(report.violations()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void unknownMembersAreAllowed() {
    ObjectNode order = Fixtures.load("order-injection.json");
    order.put("something_new", true);
    ((ObjectNode) order.path("shipping_address")).put("province", "Berlin");

    assertThat(API.validateRequest(injection(order)).violations()).isEmpty();
  }

  @Test
  void anOrderWithoutShopFailsNamingShop() {
    ObjectNode order = Fixtures.load("order-injection.json");
    order.remove("shop");

    ContractReport report = API.validateRequest(injection(order));

    assertThat(report.isValid()).isFalse();
    assertThat(members(report)).containsExactly("shop");
    assertThat(report.violations().get(0).message()).contains("shop");
    assertThat(report.violations().get(0).operationId()).isEqualTo("orderInjectionCreate");
  }

  @Test
  void aTopLevelRoutingStrategyFails() {
    ObjectNode order = Fixtures.load("order-injection.json");
    order.put("routing_strategy", "external");

    ContractReport report = API.validateRequest(injection(order));

    assertThat(members(report)).containsExactly("routing_strategy");
  }

  @Test
  void anExternalRoutingStrategyWithoutANodeFails() {
    ObjectNode order = Fixtures.load("order-injection.json");
    ((ObjectNode) Fixtures.shippingOption(order).path("routing_strategy"))
        .remove("fulfillment_node_id");

    ContractReport report = API.validateRequest(injection(order));

    assertThat(report.isValid()).isFalse();
    assertThat(members(report)).contains("shipments[0].shipping_option.routing_strategy");
    assertThat(report.toString()).contains("shipments[0].shipping_option.routing_strategy");
  }

  @Test
  void aRoutingStrategyStringInsideTheShippingOptionFails() {
    ObjectNode order = Fixtures.load("order-injection.json");
    Fixtures.shippingOption(order).put("routing_strategy", "external");

    ContractReport report = API.validateRequest(injection(order));

    assertThat(members(report)).contains("shipments[0].shipping_option.routing_strategy");
  }

  @Test
  void anExternalOrderWebhookTimeoutAbove25Fails() {
    String body =
        "{\"value\":{\"url\":\"https://oms.example/newstore\",\"api_key\":\"k\",\"timeout\":26}}";
    HttpExchangeRequest request =
        HttpExchangeRequest.of("POST", "/v0/config/sales_order/external_order_webhook")
            .withHeader("Authorization", BEARER)
            .withJsonBody(body);

    ContractReport report = API.validateRequest(request);

    assertThat(members(report)).containsExactly("value.timeout");
    assertThat(
            API.validateRequest(
                    request.withBody(body.replace("26", "25").getBytes(StandardCharsets.UTF_8)))
                .isValid())
        .isTrue();
  }

  @Test
  void aRequestWithoutBearerTokenFailsTheAuthorizationForm() {
    HttpExchangeRequest request =
        HttpExchangeRequest.of("GET", "/v0/config/availability/webhook")
            .withHeader("Authorization", "raw-token");

    ContractReport report = API.validateRequest(request);

    assertThat(members(report)).containsExactly("Authorization");
    assertThat(report.toString()).doesNotContain("raw-token");
  }

  @Test
  void aViolationNeverRepeatsASecret() {
    HttpExchangeRequest request =
        HttpExchangeRequest.of("POST", "/v0/config/availability/webhook")
            .withHeader("Authorization", BEARER)
            .withJsonBody(
                "{\"url\":\"https://oms.example/atp\",\"api_key\":\"short-secret\","
                    + "\"external_identifier\":\"product_id\",\"timeout\":10}");

    ContractReport report = API.validateRequest(request);

    assertThat(members(report)).containsExactly("api_key");
    assertThat(report.toString()).doesNotContain("short-secret").doesNotContain("test-token");
  }

  @Test
  void aMissingSecretMember_isNamedInTheMessage() {
    HttpExchangeRequest request =
        HttpExchangeRequest.of("POST", "/v0/config/availability/webhook")
            .withHeader("Authorization", BEARER)
            .withJsonBody(
                "{\"url\":\"https://oms.example/atp\","
                    + "\"external_identifier\":\"product_id\",\"timeout\":10}");

    ContractReport report = API.validateRequest(request);

    assertThat(report.toString()).contains("\"api_key\"").doesNotContain("***");
  }

  @Test
  void theAtpWebhookTakesTheRawKey() {
    String body = Fixtures.text(Fixtures.load("atp-request.json"));
    HttpExchangeRequest raw =
        HttpExchangeRequest.of("POST", "/anything/atp")
            .withHeader("Authorization", "a-raw-api-key-of-20-chars")
            .withJsonBody(body);
    HttpExchangeRequest bearer =
        HttpExchangeRequest.of("POST", "/anything/atp")
            .withHeader("Authorization", "Bearer a-raw-api-key-of-20-chars")
            .withJsonBody(body);

    assertThat(WEBHOOKS.validateRequest("availabilityRequest", raw).violations()).isEmpty();
    ContractReport report = WEBHOOKS.validateRequest("availabilityRequest", bearer);
    assertThat(members(report)).containsExactly("Authorization");
    assertThat(report.violations().get(0).message()).contains("raw api key");
  }

  @Test
  void theFulfillmentRequestWebhookNeedsBearer() {
    String body =
        "{\"id\":\"fr-1\",\"billing_address\":{},\"shipping_address\":{\"country_code\":\"USA\"},"
            + "\"shipping_options\":{\"carrier\":\"UPS\",\"service_level\":\"GROUND\"},"
            + "\"created_at\":\"2026-11-30T10:15:00Z\",\"items\":[{\"product_id\":\"sku-1\"}]}";
    HttpExchangeRequest request =
        HttpExchangeRequest.of("POST", "/fr")
            .withHeader("Authorization", "Bearer ")
            .withJsonBody(body);

    assertThat(members(WEBHOOKS.validateRequest("fulfillmentRequest", request)))
        .containsExactly("Authorization");
  }

  @Test
  void theFulfillmentProviderErrorShapeIsAccepted() {
    HttpExchangeRequest request =
        HttpExchangeRequest.of("POST", "/v0/d/fulfillment_requests/fr-1/acknowledgement")
            .withHeader("Authorization", BEARER)
            .withJsonBody("{}");
    byte[] body = Fixtures.text(Fixtures.load("fp-error.json")).getBytes(StandardCharsets.UTF_8);

    assertThat(API.validateRequest(request).violations()).isEmpty();
    assertThat(
            API.validateResponse(
                    request, 400, Map.of("Content-Type", List.of("application/json")), body)
                .violations())
        .isEmpty();
  }

  @Test
  void aRateLimitAnswerNeedsRetryAfter() {
    HttpExchangeRequest request =
        HttpExchangeRequest.of("GET", "/v1/r/config/order_injection")
            .withHeader("Authorization", BEARER);
    byte[] body = "{\"error_code\":\"too_many_requests\"}".getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> json = Map.of("Content-Type", List.of("application/problem+json"));

    assertThat(API.validateResponse(request, 429, json, body).isValid()).isFalse();
    assertThat(
            API.validateResponse(
                    request,
                    429,
                    Map.of(
                        "Content-Type", List.of("application/problem+json"),
                        "Retry-After", List.of("1")),
                    body)
                .violations())
        .isEmpty();
  }

  @Test
  void purchaseHistoryAnswersFollowTheSalesOrderSchema() {
    ObjectNode answer = Fixtures.load("purchase-history.json");
    Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
    byte[] valid = Fixtures.text(answer).getBytes(StandardCharsets.UTF_8);
    ((ObjectNode) answer.path("orders").path(0).path("items").path(0))
        .put("external_identifier", "SN-1");
    byte[] stringIdentifier = Fixtures.text(answer).getBytes(StandardCharsets.UTF_8);

    assertThat(WEBHOOKS.validateResponse("purchaseHistory", 200, json, valid).violations())
        .isEmpty();
    assertThat(members(WEBHOOKS.validateResponse("purchaseHistory", 200, json, stringIdentifier)))
        .containsExactly("orders[0].items[0].external_identifier");
  }

  @Test
  void anUnknownPathHasNoOperationAndFailsValidation() {
    assertThat(API.operationFor("GET", "/v0/config/associate_app")).isEmpty();
    assertThat(
            API.validateRequest(HttpExchangeRequest.of("GET", "/v0/config/associate_app"))
                .isValid())
        .isFalse();
  }

  @Test
  void operationForPrefersLiteralPathsAndKnowsAlternatives() {
    assertThat(API.operationFor("POST", "/v0/config/routing/cancel_on_conflict"))
        .map(ContractOperation::sdkId)
        .contains("routing.cancel-on-conflict.set");
    assertThat(API.operationFor("GET", "/v0/config/routing/enable_automatic_rerouting"))
        .map(ContractOperation::sdkId)
        .contains("routing.flag.get");
    assertThat(API.operationFor("GET", "/v0/config/sales_order/order_id_sequence"))
        .map(ContractOperation::operationId)
        .contains("salesOrderOrderIdSequenceGet");
    assertThat(API.operationFor("PUT", "/v0/config/availability/webhook"))
        .map(ContractOperation::confidence)
        .contains(Confidence.INFERRED);
    assertThat(API.operationFor("GET", "/v1/r/config/order_injection?version=1"))
        .map(ContractOperation::sdkId)
        .contains("order-injection.get");
  }

  @Test
  void anAlternativeMethodIsValidatedAgainstTheCanonicalOperation() {
    HttpExchangeRequest request =
        HttpExchangeRequest.of("PUT", "/v0/config/availability/webhook")
            .withHeader("Authorization", BEARER)
            .withJsonBody(
                "{\"url\":\"http://oms.example/atp\",\"api_key\":\"0123456789abcdefghij\","
                    + "\"external_identifier\":\"product_id\",\"timeout\":10}");

    assertThat(members(API.validateRequest(request))).containsExactly("url");
  }

  @Test
  void theOrderInjectionConfigVersionIsARequiredQueryParameter() {
    HttpExchangeRequest request =
        HttpExchangeRequest.of("POST", "/v1/r/config/order_injection")
            .withHeader("Authorization", BEARER)
            .withJsonBody("{\"skip_soft_routing_on_injection\":true}");

    assertThat(members(API.validateRequest(request))).containsExactly("version");
    assertThat(
            API.validateRequest(
                    new HttpExchangeRequest(
                        "POST",
                        "/v1/r/config/order_injection?version=1",
                        request.headers(),
                        request.body()))
                .violations())
        .isEmpty();
  }

  @Test
  void theTokenEndpointTakesAForm() {
    HttpExchangeRequest request =
        new HttpExchangeRequest(
            "POST",
            "/auth/realms/acme/protocol/openid-connect/token",
            Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
            "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8));

    assertThat(API.validateRequest(request).violations()).isEmpty();
  }
}
