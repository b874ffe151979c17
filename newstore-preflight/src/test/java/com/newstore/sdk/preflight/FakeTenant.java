package com.newstore.sdk.preflight;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher holding a tenant's configuration answers by path: correct for every
 * profile until a test breaks one. Answers the token endpoint at its documented path, {@link
 * #TOKEN_PATH}.
 */
final class FakeTenant extends Dispatcher {
  /** The token endpoint's documented path (specs/newstore-api.yaml). */
  static final String TOKEN_PATH = "/auth/realms/acme/protocol/openid-connect/token";

  static final String ATP_KEY = "atp-key-0123456789-abcdef";
  static final String ORDER_KEY = "order-webhook-key-123";
  static final String DC_KEY = "dc-secret-key";

  static final String FULFILLMENT =
      """
      {"fulfillment_config": {
        "provider_rates": {"Priority": {"return_provider_rate": "", "service_level": "Priority",
          "shipping_carrier_name": "USPS", "shipping_type": "traditional_carrier",
          "use_as_customer_facing_cost": false}},
        "routes": [{"destination_region": {"countries": ["US"], "zip_codes": ["*"]},
          "fulfilled_by": {"Priority": [{"fulfillment_node_id": "9801", "provider_rate": "Priority"}]}}],
        "service_levels": {"Priority": {"currency_code": "USD", "delivery_time": "2-4 business days",
          "delivery_time_after_cutoff_hour": "", "display_name": "Priority", "price": 0,
          "remorse_period": 0, "tax_code": ""}},
        "sl_levels_priority": ["Priority"]},
       "updated_at": "2026-01-01T00:00:00Z"}
      """;

  private record Answer(int code, String body) {}

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  FakeTenant() {
    ok(TOKEN_PATH, "{\"access_token\":\"tok\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
    ok("/v0/config/sales_order/external_oms", "{\"value\": {\"enabled\": true}}");
    ok(
        "/v0/config/sales_order/sales_order_generator_sequence",
        "{\"value\": {\"prefix\": \"EXT\", \"size\": 8, \"start\": 1, \"step\": 1}}");
    ok("/v0/config/sales_order/grace_period", "{\"value\": 300, \"schema\": {}}");
    ok("/v0/config/sales_order/cancellable_locations", "{\"value\": [\"store\", \"dc\"]}");
    externalOrderWebhook("https://oms.example.com/newstore", 15);
    ok("/v0/config/routing/uses_external_atp", "{\"value\": true}");
    atpWebhook("https://oms.example.com/atp", ATP_KEY, "product_id");
    ok(
        "/v1/p/config/payment_options",
        "{\"use_charge_api\": true,"
            + " \"refund_options\": [\"original\", \"external\", \"gift_card\"]}");
    ok(
        "/api/v1/associate-app/config",
        "{\"use_new_om_ui\": true, \"capabilities\": {\"mixed_cart\": true}}");
    ok(
        "/v1/r/config/order_injection",
        "{\"value\": {\"skip_soft_routing_on_injection\": true}, \"version\": \"3\"}");
    ok("/_/v0/dontuse/fulfillment_config", FULFILLMENT);
    ok(
        "/v0/i/inventory/transfer_shipping_config",
        "{\"transfer_order_configuration\": [{\"from_location_id\": \"store-1\","
            + " \"to_location_ids\": [\"*\"], \"service_level_ids\": [\"Priority\"]}]}");
    ok(
        "/v0/d/config/dc/DC-1",
        "{\"url\": \"https://wms.example.com/fulfillment\", \"api_key\": \"" + DC_KEY + "\"}");
  }

  FakeTenant ok(String path, String body) {
    answers.put(path, new Answer(200, body));
    return this;
  }

  FakeTenant status(String path, int code, String body) {
    answers.put(path, new Answer(code, body));
    return this;
  }

  /** NewStore's own 404: a problem body with an error code. */
  FakeTenant notConfigured(String path) {
    return status(path, 404, "{\"error_code\": \"not_found\", \"message\": \"not configured\"}");
  }

  FakeTenant externalOrderWebhook(String url, int timeout) {
    return ok(
        "/v0/config/sales_order/external_order_webhook",
        "{\"value\": {\"url\": \""
            + url
            + "\", \"api_key\": \""
            + ORDER_KEY
            + "\", \"timeout\": "
            + timeout
            + "}}");
  }

  FakeTenant atpWebhook(String url, String key, String identifier) {
    return ok(
        "/v0/config/availability/webhook",
        "{\"url\": \""
            + url
            + "\", \"api_key\": \""
            + key
            + "\", \"external_identifier\": \""
            + identifier
            + "\", \"timeout\": 10}");
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    Answer a = answers.get(path);
    if (a == null) {
      return new MockResponse.Builder().code(404).body("no route").build();
    }
    return new MockResponse.Builder()
        .code(a.code)
        .addHeader("Content-Type", a.code < 400 ? "application/json" : "application/problem+json")
        .body(a.body)
        .build();
  }
}
