package com.newstore.sdk.testkit;

/** Order injection bodies as NewStore documents them (newstore-api.md section 4). */
final class Orders {
  private Orders() {}

  static final String PRICE =
      "{\"item_price\":10.0,\"item_list_price\":10.0,\"item_tax_lines\":[{\"amount\":0.8,"
          + "\"rate\":0.08,\"name\":\"VAT\"}]}";

  /** A valid order; {@code %s} slots: external id, routing strategy member (or empty). */
  static String order(String externalId, String routingStrategy) {
    return "{\"external_id\":\""
        + externalId
        + "\",\"shop\":\"storefront\",\"channel_type\":\"store\",\"channel_name\":\"store-1\","
        + "\"currency\":\"USD\",\"shop_locale\":\"en-US\","
        + "\"shipments\":[{\"items\":["
        + "{\"external_item_id\":\"i-1\",\"product_id\":\"sku-1\",\"price\":"
        + PRICE
        + "},{\"external_item_id\":\"i-2\",\"product_id\":\"sku-1\",\"price\":"
        + PRICE
        + "}],\"shipping_option\":{\"service_level_identifier\":\"GROUND\",\"price\":0,\"tax\":0"
        + routingStrategy
        + "}}]}";
  }

  static String order(String externalId) {
    return order(externalId, "");
  }

  static String external(String nodeId) {
    return ",\"routing_strategy\":{\"strategy\":\"external\",\"fulfillment_node_id\":\""
        + nodeId
        + "\"}";
  }
}
