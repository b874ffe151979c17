package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.DistributionCenterConfigApi;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.internal.ValueRequest;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the configuration of a distribution center (DC): where NewStore POSTs
 * fulfillment requests for it and the api key it sends there as a Bearer token. DCs are keyed by
 * {@code fulfillment_node_id}. Reach it with {@code client.distributionCenterConfig()};
 * thread-safe. The api key never appears in {@code toString()}, logs or exception messages.
 *
 * <pre>{@code
 * client.distributionCenterConfig().set("DC-01", new DistributionCenterConfiguration(
 *     "https://wms.example.com/newstore/fulfillment", System.getenv("WMS_API_KEY")));
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}); both paths are
 * <b>unconfirmed</b>:
 *
 * <ul>
 *   <li>{@code distribution-center.config.get}: {@code GET
 *       /v0/config/distribution_centers/{fulfillment_node_id}}
 *   <li>{@code distribution-center.config.set}: {@code POST
 *       /v0/config/distribution_centers/{fulfillment_node_id}} with {@code {"value": {url,
 *       api_key}}}
 * </ul>
 */
public final class DistributionCenterConfigService {
  private final DistributionCenterConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service; {@link NewStoreClient} does this once, so use its accessor instead.
   *
   * @param client the client whose transport the service uses
   */
  public DistributionCenterConfigService(NewStoreClient client) {
    Transport support = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = support.create(DistributionCenterConfigApi.class);
    this.executor = support.executor();
  }

  /**
   * Returns the stored configuration of one DC.
   *
   * @param fulfillmentNodeId the DC's fulfillment node id, not blank
   * @return the configuration and its {@code updated_at}
   * @throws NewStoreValidationException when the id is blank; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public DistributionCenterConfigurationResponse get(String fulfillmentNodeId) {
    return executor.execute(api.get(checkedId(fulfillmentNodeId)));
  }

  /**
   * Replaces the configuration of one DC.
   *
   * @param fulfillmentNodeId the DC's fulfillment node id, not blank
   * @param config the new configuration
   * @throws NewStoreValidationException when the id or {@code config} is invalid; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void set(String fulfillmentNodeId, DistributionCenterConfiguration config) {
    String id = checkedId(fulfillmentNodeId);
    Objects.requireNonNull(config, "config == null");
    BeanValidation.validate(config);
    executor.executeNullable(api.set(id, new ValueRequest<>(config)));
  }

  private static String checkedId(String fulfillmentNodeId) {
    Objects.requireNonNull(fulfillmentNodeId, "fulfillmentNodeId == null");
    if (fulfillmentNodeId.isBlank()) {
      throw new NewStoreValidationException(
          "fulfillment_node_id",
          List.of(
              new NewStoreValidationException.Violation("fulfillmentNodeId", "must not be blank")));
    }
    return fulfillmentNodeId;
  }
}
