package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.DistributionCenterConfigurationResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Distribution center (DC) configuration API. Paths unconfirmed: overridable by endpoint id. */
public interface DistributionCenterConfigApi {
  /**
   * Reads one DC's configuration.
   *
   * @param fulfillmentNodeId the DC's fulfillment node id
   * @return the call
   */
  @Endpoint("distribution-center.config.get")
  @GET("v0/config/distribution_centers/{fulfillment_node_id}")
  Call<DistributionCenterConfigurationResponse> get(
      @Path("fulfillment_node_id") String fulfillmentNodeId);

  /**
   * Replaces one DC's configuration.
   *
   * @param fulfillmentNodeId the DC's fulfillment node id
   * @param body the new value
   * @return the call
   */
  @Endpoint("distribution-center.config.set")
  @POST("v0/config/distribution_centers/{fulfillment_node_id}")
  Call<Void> set(
      @Path("fulfillment_node_id") String fulfillmentNodeId,
      @Body ValueRequest<DistributionCenterConfiguration> body);
}
