package com.newstore.sdk.client.config;

/**
 * The configuration of each distribution center (DC): where NewStore POSTs fulfillment requests and
 * the api key it sends there. A bare document at {@code /v0/d/config/dc/{fulfillment_node_id}} (GET
 * path confirmed: the DC config YAML); the write method is <strong>unconfirmed</strong>, the SDK
 * sends {@code POST} (override with {@link
 * com.newstore.sdk.client.ClientEndpoints#DISTRIBUTION_CENTER_CONFIG_SET}). Fulfillment requests
 * that failed because of a broken configuration are re-sent once a day after the fix. Thread-safe;
 * get it from {@code client.distributionCenterConfig()}.
 *
 * <pre>{@code
 * client.distributionCenterConfig().node("DC01").set(
 *     new DistributionCenterConfiguration("https://wms.example.com/newstore", apiKey));
 * }</pre>
 */
public interface DistributionCenterConfigService {
  /**
   * The configuration of one DC.
   *
   * <pre>{@code
   * Optional<ConfigValue<DistributionCenterConfiguration>> dc =
   *     client.distributionCenterConfig().node("DC01").get();
   * }</pre>
   *
   * @param fulfillmentNodeId the DC's {@code fulfillment_node_id}
   * @return the DC's configuration resource
   */
  ConfigResource<DistributionCenterConfiguration> node(String fulfillmentNodeId);
}
